// How a paragraph's sentences divide before the rules read them: a sentence set over several
// lines read on one, a lead and its lettered list, a chain of recalled texts each with its
// relative clause.
import { findMandates } from '../lexicon/mandates.js';
import { LIST_ITEM } from '../segment.js';
import { relativeClause, type RelativeClause } from './clauses.js';

export const oneLine = (text: string): string => text.replaceAll('\n', ' ');

/**
 * "recalling its decision 2/6, in which it set up X, and its decision 3/2, in which it agreed
 * that Y …": each recalled text with its own relative clause.
 */
export function relativeChain(rel: RelativeClause): RelativeClause[] {
  const mandates = findMandates(rel.clause);
  const next = relativeClause(rel.clause, mandates);
  const at = mandates.find((m) => m.id === next?.mandate)?.start;
  if (!next || at === undefined) return [rel];
  return [{ ...rel, clause: rel.clause.slice(0, at) }, ...relativeChain(next)];
}

/** A paragraph's lead ending with a colon and its list of "(a) …" items, or null. */
export function listOf(text: string): { lead: string; items: string[] } | null {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => LIST_ITEM.test(l.trim()));
  if (first < 1 || !/:\s*$/u.test(lines.slice(0, first).join('\n').trim())) return null;
  const items: string[] = [];
  for (const l of lines.slice(first)) {
    const t = l.trim();
    if (t === '') continue;
    if (LIST_ITEM.test(t)) items.push(t);
    else if (items.length) items[items.length - 1] = `${items[items.length - 1] ?? ''} ${t}`;
  }
  return items.length > 1 ? { lead: lines.slice(0, first).join('\n').trim(), items } : null;
}
