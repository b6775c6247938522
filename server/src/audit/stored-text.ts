// Audit checks on documents' stored text: each version's blocks are numbered without gaps or
// repeats, and each quote stands in the block its evidence names.
import type { Database } from '../db/executor.js';
import { paragraphFromNode } from '../db/text-records.js';
import type { EvidenceRecord, ParagraphRecord } from '../domain/model.js';
import { blockOf, versionKey } from '../ingest/stored-text.js';

export interface TextProblem {
  check: 'paragraph-missing' | 'paragraph-duplicated' | 'quote-not-in-paragraph';
  id: string;
  detail: string;
}

/** Each stored version's blocks, by `document + lang`. */
export type StoredVersions = Map<string, ParagraphRecord[]>;

export async function storedVersions(db: Database): Promise<StoredVersions> {
  const out: StoredVersions = new Map();
  for (const row of await db.read('auditParagraphs', {})) {
    const p = paragraphFromNode(row.get('p'));
    const key = versionKey(p.document, p.lang);
    // Pushed, not copied: a copy per block was quadratic in a long note's blocks.
    const version = out.get(key);
    if (version) version.push(p);
    else out.set(key, [p]);
  }
  return out;
}

/** Gaps and repeats in reading order (0, 1, 2…) and in the numbered paragraphs (1, 2, 3…). */
export function numberingProblems(versions: StoredVersions): TextProblem[] {
  const problems: TextProblem[] = [];
  for (const [key, blocks] of versions) {
    const check = (what: string, seen: number[], first: number) => {
      const counts = new Map<number, number>();
      for (const n of seen) counts.set(n, (counts.get(n) ?? 0) + 1);
      for (const [n, c] of counts) {
        if (c > 1) {
          problems.push({
            check: 'paragraph-duplicated',
            id: key,
            detail: `${key}: ${what} ${String(n)} is stored ${String(c)} times`,
          });
        }
      }
      // The highest number, found once: in the loop's condition it was found again for every
      // number (quadratic in a long note's blocks), and a spread of 100,000 arguments overflows.
      let last = first - 1;
      for (const n of seen) if (n > last) last = n;
      for (let n = first; n <= last; n++) {
        if (!counts.has(n)) {
          problems.push({
            check: 'paragraph-missing',
            id: key,
            detail: `${key}: ${what} ${String(n)} is missing`,
          });
        }
      }
    };
    check(
      'block',
      blocks.map((b) => b.index),
      0,
    );
    check(
      'paragraph',
      blocks.flatMap((b) => (b.number === null ? [] : [b.number])),
      1,
    );
  }
  return problems;
}

/** Null when the quote stands in the block its evidence names, else the problem. */
export function quoteProblem(
  versions: StoredVersions,
  owner: string,
  id: string,
  e: EvidenceRecord,
): TextProblem | null {
  const blocks = versions.get(versionKey(e.document, e.lang));
  if (!blocks || blockOf(blocks, e)) return null;
  const where = e.paragraph !== null ? `paragraph ${String(e.paragraph)}` : e.context.toLowerCase();
  const shown = e.quote.length > 60 ? `${e.quote.slice(0, 60)}…` : e.quote;
  return {
    check: 'quote-not-in-paragraph',
    id,
    detail: `${owner} ${id}: "${shown}" is not in ${where} of ${e.document} (${e.lang})`,
  };
}
