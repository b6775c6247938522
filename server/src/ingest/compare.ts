// Extraction measured against a curated gold standard: a statement counts as found when its
// type, ends and action match AND it cites the same paragraphs with the same quotes.
import type { ExtractedRelation } from './extraction.js';

export interface GoldStatement {
  type: string;
  from: string;
  to: string;
  action?: string | null;
  evidence?: { paragraph: number | null; quote: string }[];
}

export interface Score {
  precision: number;
  recall: number;
  missing: string[];
  extra: string[];
}

const key = (s: {
  type: string;
  from: string;
  to: string;
  action?: string | null;
  evidence?: { paragraph: number | null; quote: string }[];
}) =>
  `${s.type} ${s.from} -> ${s.to}${s.action ? ` [${s.action}]` : ''} @ ${(s.evidence ?? [])
    .map((e) => `${e.paragraph ?? '-'}:${e.quote}`)
    .sort()
    .join(' | ')}`;

export function score(
  extracted: readonly ExtractedRelation[],
  gold: readonly GoldStatement[],
): Score {
  const got = new Set(extracted.map(key));
  const want = new Set(gold.map(key));
  const hits = [...got].filter((k) => want.has(k)).length;
  return {
    precision: got.size === 0 ? 0 : hits / got.size,
    recall: want.size === 0 ? 0 : hits / want.size,
    missing: [...want].filter((k) => !got.has(k)),
    extra: [...got].filter((k) => !want.has(k)),
  };
}

/** Ignoring evidence: the same statements, whatever language the document is in. */
export function statementKeys(
  rs: readonly { type: string; from: string; to: string; action?: string | null }[],
): string[] {
  return [
    ...new Set(rs.map((r) => `${r.type} ${r.from} -> ${r.to}${r.action ? ` [${r.action}]` : ''}`)),
  ].sort();
}
