// Language versions of one document side by side: rows aligned by paragraph number, and the
// blocks outside the numbered paragraphs (header lines, headings, footnotes) by their order
// within their part of the document. Pure.
export interface Block {
  index: number;
  number: number | null;
  context: string;
  lang: string;
}

export interface Row<B extends Block> {
  key: string;
  /** One cell per language, in the order given; null where that version has no such block. */
  cells: (B | null)[];
}

const keysOf = <B extends Block>(blocks: readonly B[]): Map<string, B> => {
  const seen = new Map<string, number>();
  const out = new Map<string, B>();
  for (const b of [...blocks].sort((x, y) => x.index - y.index)) {
    if (b.number !== null) {
      out.set(`p${String(b.number)}`, b);
      continue;
    }
    const n = (seen.get(b.context) ?? 0) + 1;
    seen.set(b.context, n);
    out.set(`${b.context.toLowerCase()}-${String(n)}`, b);
  }
  return out;
};

export function alignVersions<B extends Block>(
  blocks: readonly B[],
  langs: readonly string[],
): Row<B>[] {
  const byLang = langs.map((l) => keysOf(blocks.filter((b) => b.lang === l)));
  // A block that only a later version has goes right after the block before it in that version.
  const order: string[] = [];
  for (const keys of byLang) {
    let at = -1;
    for (const k of keys.keys()) {
      const found = order.indexOf(k);
      if (found >= 0) at = found;
      else order.splice(++at, 0, k);
    }
  }
  return order.map((key) => ({ key, cells: byLang.map((keys) => keys.get(key) ?? null) }));
}
