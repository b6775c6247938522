// A quote as the API hands it out, built once when its parent is resolved: its language in the
// API's spelling, so that it and the quote's other fields are plain reads. A lineage hands out
// hundreds of quotes, and a resolver call per field of each was a measured share of its cost
// (issue 14). Only the reader link is worked out when asked for (Evidence.url): the explorer's
// lineage does not ask for it (it builds the same link itself, common/citations.ts), and
// building one per quote was a measured share too.
import type { EvidenceRecord } from '../domain/model.js';
import type { Lang } from './generated/resolvers.js';

export interface EvidenceView {
  /** The id of the document; Evidence.document resolves it. */
  document: string;
  paragraph: number | null;
  numbered: boolean;
  context: EvidenceRecord['context'];
  quote: string;
  lang: Lang;
  /** The quote as stored, and what it is evidence of: Evidence.url links the reader to it. */
  record: EvidenceRecord;
  relationId: string | null;
  entityId: string | null;
}

/** A quote of a relation (`relationId`) or of a fact stated about an entity (`entityId`). */
export function evidenceView(
  e: EvidenceRecord,
  relationId: string | null,
  entityId: string | null,
): EvidenceView {
  return {
    document: e.document,
    paragraph: e.paragraph,
    numbered: e.numbered !== false,
    context: e.context,
    quote: e.quote,
    lang: e.lang === 'ru' ? 'RU' : 'EN',
    record: e,
    relationId,
    entityId,
  };
}
