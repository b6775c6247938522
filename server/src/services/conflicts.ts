// Facts sources disagree on (pure): for each field of an entity, the values its claims give,
// with the one the entity holds among them (cited as its provenance cites it).
import { factValue, type ClaimRecord, type EntityRecord } from '../domain/model.js';
import { claimOf, mergeClaims } from '../seed/facts.js';

export interface ConflictRecord {
  /** The field, e.g. `year`; a meeting's status on one date is `status` (with `asOf`). */
  field: string;
  asOf: string | null;
  /** Every value with its source; the held one first. */
  values: (ClaimRecord & { held: boolean })[];
}

/** A claimed value as the API hands it out: with the entity it is a fact of. */
export type ClaimedValueOf = ClaimRecord & { held: boolean; entityId: string };
export type ConflictOf = Omit<ConflictRecord, 'values'> & { values: ClaimedValueOf[] };

/** The entity's conflicts, each value knowing its entity (its evidence links to the reader). */
export function conflictsOfEntity(e: EntityRecord): ConflictOf[] {
  return conflictsOf(e).map((c) => ({
    field: c.field,
    asOf: c.asOf,
    values: c.values.map((v) => ({ ...v, entityId: e.id })),
  }));
}

export function conflictsOf(e: EntityRecord): ConflictRecord[] {
  const claims = e.claims ?? [];
  if (claims.length === 0) return [];
  const groups = new Map<string, ClaimRecord[]>();
  for (const c of claims) {
    // A meeting's status differs from date to date (its history): only one date's disagree.
    const k = `${c.field}\u0000${c.field === 'status' ? (c.asOf ?? '') : ''}`;
    groups.set(k, [...(groups.get(k) ?? []), c]);
  }
  const out: ConflictRecord[] = [];
  for (const group of groups.values()) {
    const first = group[0];
    if (!first) continue;
    const asOf = first.field === 'status' ? (first.asOf ?? null) : null;
    const held = factValue(e, first.field);
    const heldHere =
      held !== null && (asOf === null || (e.kind === 'MEETING' && e.statusAsOf === asOf));
    // The held value is cited by a claim when a write recorded one; reference data names only
    // the other value, and the held one is cited by the entity's provenance.
    const all =
      heldHere && !group.some((c) => c.value === held)
        ? mergeClaims([claimOf(e, first.field, held, asOf ?? undefined)], group)
        : group;
    if (new Set(all.map((c) => c.value)).size < 2) continue;
    out.push({
      field: first.field,
      asOf,
      values: all
        .map((c) => ({ ...c, held: heldHere && c.value === held }))
        .sort((a, b) => Number(b.held) - Number(a.held)),
    });
  }
  return out;
}
