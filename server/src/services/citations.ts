// What a relation's evidence adds up to, and where the reader shows a quote. Pure.
import type { CitedEvidence, EvidenceRecord, LangCode, ParagraphRecord } from '../domain/model.js';

export interface CorroborationRecord {
  documents: number;
  paragraphs: number;
  languages: number;
  langs: LangCode[];
}

/**
 * Documents, places and languages that state a relation. A place is a numbered paragraph of a
 * document whatever the language (a translation of paragraph 4 is paragraph 4), or the
 * document's header, a heading or a footnote.
 */
export function corroboration(evidence: readonly EvidenceRecord[]): CorroborationRecord {
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
  };
}

/** The explorer's reader at this quote (a path with the query the explorer reads). */
export function readerUrl(e: CitedEvidence): string {
  const q = new URLSearchParams({
    doc: e.document,
    para: e.paragraph !== null ? String(e.paragraph) : e.context.toLowerCase(),
    version: e.lang,
  });
  if (e.relationId) q.set('quote', e.relationId);
  else if (e.entityId) q.set('of', e.entityId);
  return `/?${q.toString()}`;
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
