// Checks what Neo4j Community cannot enforce: required properties, evidence on document
// relations, the :CAUSES twin of every relation, one node per document symbol, and quotes
// that really are in their document's text.
import { readFileSync } from 'node:fs';
import type { Database } from '../db/executor.js';
import { repoPath } from '../paths.js';
import type { EvidenceRecord } from '../domain/model.js';
import { versionKey } from '../ingest/stored-text.js';
import { entityFromNode } from '../db/records.js';
import { conflictsOf } from '../services/conflicts.js';
import { numberingProblems, quoteProblem, storedVersions } from './stored-text.js';

export const AUDIT_CHECKS = {
  'missing-property': 'An entity lacks a property its kind requires.',
  'evidence-missing': 'A relation whose source is DOCUMENT quotes no evidence.',
  'causes-twin-missing': 'A relation has no :CAUSES twin, so lineage cannot walk it.',
  'duplicate-symbol': 'Two document nodes carry the same symbol.',
  'quote-not-in-text': "An evidence quote is not found in its document's text.",
  'malformed-evidence': 'A stored evidence or provenance item is not valid JSON.',
  'quote-not-in-paragraph':
    'An evidence quote is not in the stored paragraph (or header, heading, footnote) it names.',
  'paragraph-missing': "A document's stored text skips a block or a paragraph number.",
  'paragraph-duplicated': "A document's stored text holds a block or a paragraph number twice.",
} as const;
export type AuditCheck = keyof typeof AUDIT_CHECKS;

export interface AuditProblem {
  check: AuditCheck;
  /** Entity or relation id (for duplicate symbols: the symbol). */
  id: string;
  detail: string;
}

/** A fact sources disagree on: kept on purpose with every value cited, listed, not a problem. */
export interface AuditConflict {
  id: string;
  field: string;
  /** For a meeting's status: the date both statements speak of. */
  asOf: string | null;
  values: { value: string; held: boolean; source: string; cited: string }[];
}

export interface AuditReport {
  problems: AuditProblem[];
  conflicts: AuditConflict[];
  /** Quotes checked against a stored document text. */
  quotesChecked: number;
  /** Quotes checked against the stored paragraph they name (documents kept whole). */
  quotesCheckedInParagraphs: number;
  /** Informational, not problems: quotes of documents whose text is not stored. */
  textNotAvailable: { quotes: number; documents: string[] };
}

/** Texts the quotes are checked against, by document id: the seed note. */
export function seedTexts(): Map<string, string> {
  return new Map([
    [
      'document/2020-07-01-CTOC-COP-2020-1-items-2-4-5',
      readFileSync(repoPath('data/seed/000_263e9a607d91b81c.txt'), 'utf8'),
    ],
  ]);
}

const str = (v: unknown): string => (typeof v === 'string' ? v : String(v));
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.map(str) : []);

interface Quote {
  document: string;
  quote: string;
}

function isQuote(v: unknown): v is Quote {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as { document?: unknown }).document === 'string' &&
    typeof (v as { quote?: unknown }).quote === 'string'
  );
}

/** Evidence with where it stands (every item the writers store has it). */
function isEvidence(q: Quote): q is Quote & EvidenceRecord {
  const e = q as Partial<EvidenceRecord>;
  return (
    (e.paragraph === null || typeof e.paragraph === 'number') &&
    typeof e.context === 'string' &&
    typeof e.lang === 'string'
  );
}

/** The quote an item holds: relation evidence directly, entity provenance under `evidence`. */
function quoteOf(owner: string, item: unknown): Quote | null {
  const candidate: unknown =
    owner === 'entity' && typeof item === 'object' && item !== null
      ? (item as { evidence?: unknown }).evidence
      : item;
  return isQuote(candidate) ? candidate : null;
}

export async function audit(
  db: Database,
  texts: Map<string, string> = seedTexts(),
): Promise<AuditReport> {
  const problems: AuditProblem[] = [];

  for (const row of await db.read('auditMissingProperties', {})) {
    const missing = strings(row.get('missing'));
    problems.push({
      check: 'missing-property',
      id: str(row.get('id')),
      detail: `${str(row.get('kind') ?? 'no kind')} without ${missing.join(', ')}`,
    });
  }

  for (const row of await db.read('auditRelationsWithoutEvidence', {})) {
    problems.push({
      check: 'evidence-missing',
      id: str(row.get('id')),
      detail: `${str(row.get('type'))} ${str(row.get('fromId'))} -> ${str(row.get('toId'))} has source DOCUMENT but no evidence`,
    });
  }

  for (const row of await db.read('auditRelationsWithoutCauses', {})) {
    problems.push({
      check: 'causes-twin-missing',
      id: str(row.get('id')),
      detail: `${str(row.get('type'))} ${str(row.get('fromId'))} -> ${str(row.get('toId'))} has no :CAUSES twin`,
    });
  }

  for (const row of await db.read('auditDuplicateSymbols', {})) {
    problems.push({
      check: 'duplicate-symbol',
      id: str(row.get('symbol')),
      detail: `${str(row.get('symbol'))} is the symbol of ${strings(row.get('ids')).join(', ')}`,
    });
  }

  const versions = await storedVersions(db);
  problems.push(...numberingProblems(versions));
  let quotesCheckedInParagraphs = 0;

  let quotesChecked = 0;
  let unavailable = 0;
  const withoutText = new Set<string>();
  for (const row of await db.read('auditEvidence', {})) {
    const owner = str(row.get('owner'));
    const id = str(row.get('id'));
    for (const raw of strings(row.get('items'))) {
      let item: unknown;
      try {
        item = JSON.parse(raw);
      } catch {
        problems.push({
          check: 'malformed-evidence',
          id,
          detail: `${owner} ${id}: not JSON: ${raw.slice(0, 60)}`,
        });
        continue;
      }
      const q = quoteOf(owner, item);
      if (!q) continue;
      if (isEvidence(q) && versions.has(versionKey(q.document, q.lang))) {
        // The version is stored whole: its paragraphs are the text the quote must stand in
        // (the file it was first read from may have been read again since, as a PDF say).
        const wrong = quoteProblem(versions, owner, id, q);
        if (wrong) problems.push(wrong);
        quotesCheckedInParagraphs++;
        quotesChecked++;
        continue;
      }
      const text = texts.get(q.document);
      if (text === undefined) {
        unavailable++;
        withoutText.add(q.document);
        continue;
      }
      quotesChecked++;
      if (!text.includes(q.quote)) {
        const shown = q.quote.length > 60 ? `${q.quote.slice(0, 60)}…` : q.quote;
        problems.push({
          check: 'quote-not-in-text',
          id,
          detail: `${owner} ${id}: "${shown}" is not in ${q.document}`,
        });
      }
    }
  }

  const conflicts: AuditConflict[] = [];
  for (const row of await db.read('entitiesWithClaims', {})) {
    const e = entityFromNode(row.get('n'));
    for (const c of conflictsOf(e))
      conflicts.push({
        id: e.id,
        field: c.field,
        asOf: c.asOf,
        values: c.values.map((v) => ({
          value: String(v.value),
          held: v.held,
          source: v.source,
          cited: v.evidence
            ? `${v.evidence.document}${v.evidence.paragraph === null ? '' : ` para ${String(v.evidence.paragraph)}`} (${v.evidence.lang}): "${v.evidence.quote}"`
            : (v.note ?? 'no citation'),
        })),
      });
  }

  return {
    problems,
    conflicts,
    quotesChecked,
    quotesCheckedInParagraphs,
    textNotAvailable: { quotes: unavailable, documents: [...withoutText].sort() },
  };
}
