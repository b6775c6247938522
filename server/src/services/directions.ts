// Every relation type has a fixed causal direction. "Upstream" means towards causes, so a
// walk follows some types from start node to end node and others the other way round.
import type { RelationType } from '../domain/model.js';

/** The start node is the cause: a mandate creates a body, a body holds a meeting, … */
export const CAUSE_AT_START: readonly RelationType[] = [
  'CREATES',
  'GOVERNS',
  'HOLDS',
  'PRODUCES',
  'SUBMITTED_TO',
];
/** The end node is the cause: a mandate exists because of its session, serves its instrument, … */
export const CAUSE_AT_END: readonly RelationType[] = [
  'ADOPTED_AT',
  'CONCERNS',
  'SUPPLEMENTS',
  'SESSION_OF',
  'REFERENCES',
  // A text exists partly because of what it recalls: the cited mandate is upstream.
  'CITES',
];

export type Direction = 'UPSTREAM' | 'DOWNSTREAM' | 'BOTH';

/** Parameters of read/lineage.cypher: which way(s) to walk the :CAUSES edges. */
export function walkParams(direction: Direction): { up: boolean; down: boolean } {
  return { up: direction !== 'DOWNSTREAM', down: direction !== 'UPSTREAM' };
}

/** For a relation, which endpoint is the cause. */
export function causeOf(
  type: RelationType,
  fromId: string,
  toId: string,
): { cause: string; effect: string } {
  return CAUSE_AT_START.includes(type)
    ? { cause: fromId, effect: toId }
    : { cause: toId, effect: fromId };
}
