// The entities the text of a resolution or decision introduces: the text itself (a document
// named after the mandate) and, when the reference data lacks it, the mandate, with the
// number its title states and the subject it prints — nothing more.
import type {
  DocumentRecord,
  EntityRecord,
  EvidenceRecord,
  MandateRecord,
} from '../domain/model.js';
import { NOTES } from '../domain/notes.js';
import type { ExtractedEvidence, Extraction } from './extraction.js';
import { mandate as idMandate } from './endpoints.js';
import { mandateTextNames } from './labels.js';

export function mandateTextEntities(x: Extraction): EntityRecord[] {
  const m = x.mandate;
  if (!m) return [];
  const lang = x.meta.lang;
  const names = mandateTextNames(m.type, m.number);
  const text: DocumentRecord = {
    id: x.documentId,
    kind: 'DOCUMENT',
    type: 'TEXT',
    symbol: null,
    printedSymbol: null,
    year: null,
    date: null,
    lang,
    nameEn: names.en,
    nameRu: names.ru,
    aliasesEn: [],
    aliasesRu: [],
    provenance: [
      { fields: ['name.en', 'name.ru'], source: 'DERIVED', note: NOTES.composedLabel.en },
    ],
  };
  return [text];
}

/**
 * The mandate a text is of, when the reference data lacks it: the number its title states and
 * the subject it prints, cited (the session and ADOPTED_AT come from the number, as for any
 * mandate a document names).
 */
export function mandateFromText(
  x: Extraction,
  ev: (e: ExtractedEvidence) => EvidenceRecord,
): MandateRecord | null {
  const m = x.mandate;
  if (!m) return null;
  const lang = x.meta.lang;
  const title = ev({ paragraph: null, context: 'HEADING', quote: m.titleQuote });
  const subject = x.meta.title;
  const mandate: MandateRecord = {
    ...idMandate(m.type === 'RESOLUTION' ? 'resolution' : 'decision', m.number),
    subjectEn: lang === 'en' ? (subject?.value ?? null) : null,
    subjectRu: lang === 'ru' ? (subject?.value ?? null) : null,
    provenance: [
      { fields: ['number', 'name.en', 'name.ru'], source: 'DOCUMENT', evidence: title },
      ...(subject
        ? [
            {
              fields: [lang === 'ru' ? 'subject.ru' : 'subject.en'],
              source: 'DOCUMENT' as const,
              evidence: ev({ paragraph: null, context: subject.context, quote: subject.quote }),
            },
          ]
        : []),
    ],
  };
  return mandate;
}
