// What a write does to the facts an entity already holds (pure). A document states only what it
// states; when it states another value for a fact the graph holds (a session's year, a meeting's
// dates, its status on the same date), both values are kept as claims, each with its citation,
// and the entity keeps the value it held: nothing a later document states overwrites it. A
// meeting's status stated on a later date is not a disagreement but a change (planned, then
// held): it becomes the current one, and both stay as claims (its history).
import {
  factValue,
  statedBy,
  type ClaimRecord,
  type EntityRecord,
  type ProvenanceRecord,
} from '../domain/model.js';

/** The facts sources can disagree on, by kind (names merge as aliases instead). */
export const FACT_FIELDS: Record<EntityRecord['kind'], readonly string[]> = {
  SESSION: ['year', 'place', 'startDate', 'endDate'],
  MEETING: ['startDate', 'endDate', 'place'],
  DOCUMENT: ['date', 'symbol'],
  MANDATE: ['adopted'],
  INSTRUMENT: ['adopted'],
  BODY: [],
};

type Value = string | number;

/** The claim an entity makes for `field`, cited as its provenance cites that field. */
export function claimOf(e: EntityRecord, field: string, value: Value, asOf?: string): ClaimRecord {
  const p = statedBy(e, field);
  return {
    field,
    value,
    ...(asOf ? { asOf } : {}),
    source: p?.source ?? 'DERIVED',
    ...(p?.evidence ? { evidence: p.evidence } : {}),
    ...(p?.note ? { note: p.note } : {}),
  };
}

const key = (c: ClaimRecord) =>
  JSON.stringify([c.field, c.value, c.asOf ?? null, c.source, c.evidence ?? null, c.note ?? null]);

/** `claims` with `added`, each claim once. */
export function mergeClaims(
  claims: readonly ClaimRecord[],
  added: readonly ClaimRecord[],
): ClaimRecord[] {
  const out = [...claims];
  const seen = new Set(out.map(key));
  for (const c of added) {
    if (seen.has(key(c))) continue;
    seen.add(key(c));
    out.push(c);
  }
  return out;
}

/** Provenance without `fields` (they are the held value's, not this document's). */
function without(
  provenance: readonly ProvenanceRecord[],
  fields: ReadonlySet<string>,
): ProvenanceRecord[] {
  return provenance.flatMap((p) => {
    const kept = p.fields.filter((f) => !fields.has(f));
    if (kept.length === p.fields.length) return [p];
    return kept.length ? [{ ...p, fields: kept }] : [];
  });
}

/**
 * The entity as it is to be written over `held`: for each fact `incoming` states differently,
 * the held value stays and both values become claims. Curated reference data sets its values
 * (it is corrected by editing it), recording a claim only where it differs from a document.
 */
export function settleFacts(
  held: EntityRecord | undefined,
  incoming: EntityRecord,
  curated: boolean,
): EntityRecord {
  if (!held || held.kind !== incoming.kind) return incoming;
  let claims = mergeClaims(held.claims ?? [], incoming.claims ?? []);
  const kept = new Set<string>();
  const out = { ...incoming } as unknown as Record<string, unknown>;
  for (const field of FACT_FIELDS[incoming.kind]) {
    const was = factValue(held, field);
    const now = factValue(incoming, field);
    if (was === null || now === null || was === now) continue;
    const heldClaim = claimOf(held, field, was);
    if (curated && heldClaim.source !== 'DOCUMENT') continue;
    claims = mergeClaims(claims, [heldClaim, claimOf(incoming, field, now)]);
    if (!curated) {
      out[field] = was;
      kept.add(field);
    }
  }
  if (held.kind === 'MEETING' && incoming.kind === 'MEETING' && held.status !== incoming.status) {
    claims = mergeClaims(claims, [
      claimOf(held, 'status', held.status, held.statusAsOf ?? undefined),
      claimOf(incoming, 'status', incoming.status, incoming.statusAsOf ?? undefined),
    ]);
    // The later statement is the current status; on the same date (or undated) the held one stays.
    const later = (incoming.statusAsOf ?? '') > (held.statusAsOf ?? '') && held.statusAsOf !== null;
    if (!later) {
      out.status = held.status;
      out.statusAsOf = held.statusAsOf;
    }
  }
  const settled = {
    ...out,
    provenance: without(incoming.provenance, kept),
  } as unknown as EntityRecord;
  return claims.length ? { ...settled, claims } : settled;
}
