// What a relation's evidence adds up to, and where the reader shows a quote. Pure; the two the
// explorer works out too are in common/citations.ts.
import type { EvidenceRecord, ParagraphRecord, ProvenanceRecord } from '../domain/model.js';
import { corroboration } from '../../../common/citations.js';

export { corroboration, readerUrl, type CorroborationRecord } from '../../../common/citations.js';

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
