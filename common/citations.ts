// What a relation's quotes add up to, and where the explorer's reader shows a quote. Pure, and
// shared: the API answers both (Relation.corroboration, Evidence.url), and the explorer works
// them out from a lineage's quotes itself instead of having them sent with each quote
// (client/src/graph/subgraph.ts), so the two always agree.

/** What the reader needs of a quote: its document, where it stands, and its language version. */
export interface QuotePlace<L extends string = string> {
  document: string;
  paragraph: number | null;
  context: string;
  lang: L;
}

export interface CorroborationRecord<L extends string = string> {
  documents: number;
  paragraphs: number;
  languages: number;
  langs: L[];
  /** Two documents, or two language versions, state it. */
  corroborated: boolean;
  /** No document states it (reference data, or derived). */
  referenceOnly: boolean;
}

/**
 * Documents, places and languages that state a relation. A place is a numbered paragraph of a
 * document whatever the language (a translation of paragraph 4 is paragraph 4), or the
 * document's header, a heading or a footnote.
 */
export function corroboration<L extends string>(
  evidence: readonly QuotePlace<L>[],
): CorroborationRecord<L> {
  const [only] = evidence;
  // Most relations have one quote: one of each, without the sets (a lineage has hundreds).
  if (evidence.length === 1 && only) {
    return {
      documents: 1,
      paragraphs: 1,
      languages: 1,
      langs: [only.lang],
      corroborated: false,
      referenceOnly: false,
    };
  }
  const documents = new Set(evidence.map((e) => e.document));
  const places = new Set(
    evidence.map((e) => `${e.document}\u0000${e.context}\u0000${String(e.paragraph ?? '')}`),
  );
  const langs = [...new Set(evidence.map((e) => e.lang))];
  return {
    documents: documents.size,
    paragraphs: places.size,
    languages: langs.length,
    langs,
    corroborated: documents.size >= 2 || langs.length >= 2,
    referenceOnly: evidence.length === 0,
  };
}

/**
 * A query-string value encoded as URLSearchParams encodes it (form encoding: a space is "+",
 * and only letters, digits and * - . _ stay as they are). By hand because a lineage builds one
 * URL per quote, thousands per answer, and URLSearchParams was a measured share of them.
 */
const formValue = (v: string): string =>
  PLAIN.test(v)
    ? v
    : encodeURIComponent(v)
        .replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
        .replace(/%20/g, '+');
const PLAIN = /^[A-Za-z0-9*._-]*$/;

// The few documents of an answer are cited by hundreds of its quotes.
const documentValues = new Map<string, string>();
const documentValue = (id: string): string => {
  let v = documentValues.get(id);
  if (v === undefined) {
    v = formValue(id);
    // Bounded: ids come from the graph, but a store is no place for an unbounded cache.
    if (documentValues.size < 10_000) documentValues.set(id, v);
  }
  return v;
};

/**
 * The explorer's reader at this quote (a path with the query the explorer reads), naming what
 * the quote is evidence of: a relation (`quote=`) or a fact stated about an entity (`of=`).
 */
export function readerUrl(
  e: QuotePlace<'en' | 'ru'>,
  relationId: string | null,
  entityId: string | null,
): string {
  const para = e.paragraph !== null ? String(e.paragraph) : e.context.toLowerCase();
  const url = `/?doc=${documentValue(e.document)}&para=${formValue(para)}&version=${formValue(e.lang)}`;
  if (relationId) return `${url}&quote=${formValue(relationId)}`;
  if (entityId) return `${url}&of=${formValue(entityId)}`;
  return url;
}
