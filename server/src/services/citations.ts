// What a relation's evidence adds up to, and where the reader shows a quote. Pure.
import type {
  EvidenceRecord,
  LangCode,
  ParagraphRecord,
  ProvenanceRecord,
} from '../domain/model.js';

export interface CorroborationRecord {
  documents: number;
  paragraphs: number;
  languages: number;
  langs: LangCode[];
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
export function corroboration(evidence: readonly EvidenceRecord[]): CorroborationRecord {
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

export interface FactSupportRecord {
  field: string;
  documents: number;
  languages: number;
  corroborated: boolean;
  referenceOnly: boolean;
}

/** How each field an entity's provenance covers is sourced, in the provenance's order. */
export function factSupport(provenance: readonly ProvenanceRecord[]): FactSupportRecord[] {
  const fields = [...new Set(provenance.flatMap((p) => p.fields))];
  return fields.map((field) => {
    const quotes = provenance.flatMap((p) =>
      p.fields.includes(field) && p.source === 'DOCUMENT' && p.evidence ? [p.evidence] : [],
    );
    const c = corroboration(quotes);
    return {
      field,
      documents: c.documents,
      languages: c.languages,
      corroborated: c.corroborated,
      referenceOnly: c.referenceOnly,
    };
  });
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
  e: Pick<EvidenceRecord, 'document' | 'paragraph' | 'context' | 'lang'>,
  relationId: string | null,
  entityId: string | null,
): string {
  const para = e.paragraph !== null ? String(e.paragraph) : e.context.toLowerCase();
  const url = `/?doc=${documentValue(e.document)}&para=${formValue(para)}&version=${formValue(e.lang)}`;
  if (relationId) return `${url}&quote=${formValue(relationId)}`;
  if (entityId) return `${url}&of=${formValue(entityId)}`;
  return url;
}

/** Whether this quote stands in this stored block (same document, version and place). */
export function quotedIn(
  p: Pick<ParagraphRecord, 'document' | 'lang' | 'number' | 'context' | 'text'>,
  e: EvidenceRecord,
): boolean {
  return (
    e.document === p.document &&
    e.lang === p.lang &&
    e.context === p.context &&
    (e.paragraph === null || e.paragraph === p.number) &&
    p.text.includes(e.quote)
  );
}
