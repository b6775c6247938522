// A quote as the API hands it out, built once when its parent is resolved: its language in the
// API's spelling and its reader link worked out, so that these fields are plain reads. A lineage
// hands out hundreds of quotes, and a resolver call per field of each was a measured share of
// its cost (issue 14).
import type { EvidenceRecord } from '../domain/model.js';
import { readerUrl } from '../services/citations.js';
import type { Lang } from './generated/resolvers.js';

export interface EvidenceView {
  /** The id of the document; Evidence.document resolves it. */
  document: string;
  paragraph: number | null;
  context: EvidenceRecord['context'];
  quote: string;
  lang: Lang;
  url: string;
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
    context: e.context,
    quote: e.quote,
    lang: e.lang === 'ru' ? 'RU' : 'EN',
    url: readerUrl(e, relationId, entityId),
  };
}
