// What a write adds to what the graph holds. Evidence and provenance are sets: the same
// statement read again, in another language or from another document adds to them. One
// reading replaces another of the same version, though: a quote read again from the same
// document, language and place whose words are the same but whose white space or soft hyphens
// differ (the note as a PDF after its text; a page break read as a blank line, then as a
// space) takes the place of the earlier one, so the evidence matches the text stored last.
// Pure.
import type { EvidenceRecord, ProvenanceRecord } from '../domain/model.js';

const words = (quote: string): string => quote.replace(/[\s\u00AD]+/g, ' ').trim();

/** The same place: document, language version, part and paragraph. */
const samePlace = (a: EvidenceRecord, b: EvidenceRecord) =>
  a.document === b.document &&
  a.lang === b.lang &&
  a.context === b.context &&
  a.paragraph === b.paragraph;

/** Whether b is a later reading of the same quote as a (not the very same string). */
export function rereads(a: EvidenceRecord, b: EvidenceRecord): boolean {
  return samePlace(a, b) && a.quote !== b.quote && words(a.quote) === words(b.quote);
}

const same = (a: EvidenceRecord, b: EvidenceRecord) => samePlace(a, b) && a.quote === b.quote;

export function mergeEvidence(
  held: readonly EvidenceRecord[],
  added: readonly EvidenceRecord[],
): EvidenceRecord[] {
  let out = [...held];
  for (const e of added) {
    out = out.filter((h) => !rereads(h, e));
    if (!out.some((h) => same(h, e))) out.push(e);
  }
  return out;
}

const sameFields = (a: ProvenanceRecord, b: ProvenanceRecord) =>
  a.source === b.source && a.fields.join('\u0000') === b.fields.join('\u0000');

export function mergeProvenance(
  held: readonly ProvenanceRecord[],
  added: readonly ProvenanceRecord[],
): ProvenanceRecord[] {
  let out = [...held];
  for (const p of added) {
    const ev = p.evidence;
    out = out.filter((h) => !(ev && h.evidence && sameFields(h, p) && rereads(h.evidence, ev)));
    const dup = out.some(
      (h) =>
        sameFields(h, p) &&
        (h.note ?? null) === (p.note ?? null) &&
        (h.evidence && ev ? same(h.evidence, ev) : !h.evidence && !ev),
    );
    if (!dup) out.push(p);
  }
  return out;
}
