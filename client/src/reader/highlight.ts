// A block's text cut into pieces at its quotes: each piece knows which relations it states,
// so the reader marks exactly the quoted sentences (quotes may share a sentence or overlap).
export interface Quote {
  quote: string;
  relationId: string;
}

export interface Piece {
  text: string;
  /** Relations whose quote covers this piece; empty for plain text. */
  relations: string[];
}

export function highlight(text: string, quotes: readonly Quote[]): Piece[] {
  const ranges = quotes.flatMap((q) => {
    const start = q.quote === '' ? -1 : text.indexOf(q.quote);
    return start < 0 ? [] : [{ start, end: start + q.quote.length, id: q.relationId }];
  });
  const cuts = [...new Set([0, text.length, ...ranges.flatMap((r) => [r.start, r.end])])].sort(
    (a, b) => a - b,
  );
  const pieces: Piece[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i] ?? 0, cuts[i + 1] ?? 0];
    const relations = [
      ...new Set(ranges.filter((r) => r.start <= from && r.end >= to).map((r) => r.id)),
    ].sort();
    const last = pieces.at(-1);
    if (last && last.relations.join() === relations.join()) last.text += text.slice(from, to);
    else pieces.push({ text: text.slice(from, to), relations });
  }
  return pieces;
}
