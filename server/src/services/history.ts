// Status through time, from cited relations only. Pure: given an entity, the relations that
// change its status and the entities at their other ends, it lists the changes in order.
import {
  factValue,
  statedBy,
  type EntityRecord,
  type MandateRecord,
  type MeetingRecord,
  type RelationRecord,
  type SourceKind,
} from '../domain/model.js';
import { ACTIONS } from '../domain/actions.js';
import { happenedBy, lastDay } from '../../../common/partial-date.js';
import type { Status, StatusChangeRecord } from '../domain/status.js';
import { cue } from '../ingest/lang/index.js';

const isInterim = cue('interim');

/** The kinds whose existence starts with a status change (the others carry their own date). */
export const HISTORY_KINDS: ReadonlySet<EntityRecord['kind']> = new Set([
  'BODY',
  'MEETING',
  'MANDATE',
]);

interface Dated {
  date: string | null;
  dateSource: SourceKind;
}
const UNDATED: Dated = { date: null, dateSource: 'DERIVED' };

/** Where an entity's value of `field` comes from (its provenance), DERIVED when none says. */
function fieldSource(e: EntityRecord, field: string): SourceKind {
  return statedBy(e, field)?.source ?? 'DERIVED';
}

/** The first of `fields` the entity has a value for, dated as its provenance cites it. */
function firstDated(e: EntityRecord, fields: readonly string[]): Dated {
  for (const field of fields) {
    const v = factValue(e, field);
    if (v !== null && v !== '') return { date: String(v), dateSource: fieldSource(e, field) };
  }
  return UNDATED;
}

/**
 * An entity's own date: a session's first day or year, a document's date or year, the year an
 * instrument was adopted, the date a document gives a mandate. Null for the others.
 */
function ownDate(e: EntityRecord): Dated {
  switch (e.kind) {
    case 'SESSION':
      return firstDated(e, ['startDate', 'year']);
    case 'DOCUMENT':
      return firstDated(e, ['date', 'year']);
    case 'INSTRUMENT':
    case 'MANDATE':
      return firstDated(e, ['adopted']);
    default:
      return UNDATED;
  }
}

/** When a mandate took effect: the date a document gives it, else its session's date or year. */
function mandateDate(m: MandateRecord, byId: ReadonlyMap<string, EntityRecord>): Dated {
  const stated = ownDate(m);
  if (stated.date !== null) return stated;
  const s = byId.get(m.sessionId);
  return s?.kind === 'SESSION' ? ownDate(s) : UNDATED;
}

/** When the cause of a relation (a mandate, an instrument, a citing document) took effect. */
function causeDate(
  cause: EntityRecord | undefined,
  byId: ReadonlyMap<string, EntityRecord>,
): Dated {
  if (!cause) return UNDATED;
  return cause.kind === 'MANDATE' ? mandateDate(cause, byId) : ownDate(cause);
}

function bodyChange(r: RelationRecord): Status | null {
  if (r.type === 'CREATES') {
    if (r.action === ACTIONS.establishedConstant.en) return 'CONSTANT_ELEMENT';
    return r.evidence.some((e) => isInterim(e.quote)) ? 'INTERIM' : 'ESTABLISHED';
  }
  if (r.type === 'GOVERNS' && r.action === ACTIONS.madeConstant.en) return 'CONSTANT_ELEMENT';
  return null;
}

/**
 * Every status change of `e` the relations state, oldest first (undated last). `relations` are
 * the entity's own (any others are ignored); `byId` holds their other ends and the sessions of
 * mandates among them.
 */
export function history(
  e: EntityRecord,
  relations: readonly RelationRecord[],
  byId: ReadonlyMap<string, EntityRecord>,
): StatusChangeRecord[] {
  const out: StatusChangeRecord[] = [];
  for (const r of relations) {
    if (e.kind === 'BODY' && r.toId === e.id) {
      const status = bodyChange(r);
      if (status) out.push({ ...causeDate(byId.get(r.fromId), byId), status, because: r });
    } else if (e.kind === 'MEETING' && r.type === 'HOLDS' && r.toId === e.id) {
      for (const [status, asOf] of meetingStatuses(e))
        out.push({ ...meetingDate(e, status, asOf), status, because: r });
    } else if (e.kind === 'MANDATE' && r.type === 'ADOPTED_AT' && r.fromId === e.id) {
      out.push({ ...mandateDate(e, byId), status: 'ADOPTED', because: r });
    } else if (e.kind === 'MANDATE' && r.type === 'CITES' && r.toId === e.id) {
      out.push({ ...causeDate(byId.get(r.fromId), byId), status: 'CITED', because: r });
    }
  }
  return out.sort(
    (a, b) =>
      (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0) ||
      lastDay(a.date ?? '').localeCompare(lastDay(b.date ?? '')) ||
      a.because.id.localeCompare(b.because.id),
  );
}

/**
 * A held meeting is dated by when it ended (as the document states its dates); a planned one by
 * the document that says it is planned (`statusAsOf`): before that nobody had said so.
 */
function meetingDate(m: MeetingRecord, status: Status, asOf: string | null): Dated {
  if (status === 'HELD') {
    const day = m.endDate ?? m.startDate;
    if (day) return { date: day, dateSource: fieldSource(m, m.endDate ? 'endDate' : 'startDate') };
  }
  return asOf ? { date: asOf, dateSource: 'DOCUMENT' } : UNDATED;
}

/** Each status documents gave the meeting in turn, with the date of the document that first said it. */
function meetingStatuses(m: MeetingRecord): [MeetingRecord['status'], string | null][] {
  const stated = new Map<string, [MeetingRecord['status'], string | null]>();
  const add = (status: MeetingRecord['status'], asOf: string | null) =>
    stated.set(`${status}@${asOf ?? ''}`, [status, asOf]);
  for (const c of m.claims ?? [])
    if (c.field === 'status' && (c.value === 'HELD' || c.value === 'PLANNED'))
      add(c.value, c.asOf ?? null);
  add(m.status, m.statusAsOf);
  // In the order documents said them; saying the same again is no change (the first counts).
  const ordered = [...stated.values()].sort(([, a], [, b]) =>
    a === null ? 1 : b === null ? -1 : a.localeCompare(b),
  );
  return ordered.filter(([status], i) => i === 0 || ordered[i - 1]?.[0] !== status);
}

/** The status as of the end of `asOf` (the latest by then), or the latest of all; null: none yet. */
export function statusAsOf(
  changes: readonly StatusChangeRecord[],
  asOf: string | null,
): Status | null {
  const counted = asOf === null ? changes : changes.filter((c) => happenedBy(c.date, asOf));
  return counted.at(-1)?.status ?? null;
}

/**
 * From when an entity can be shown: its first dated status change, or for sessions, documents
 * and instruments their own date. Null when nothing dates it (it is then always shown).
 */
export function existsFrom(e: EntityRecord, changes: readonly StatusChangeRecord[]): string | null {
  return HISTORY_KINDS.has(e.kind)
    ? (changes.find((c) => c.date !== null)?.date ?? null)
    : ownDate(e).date;
}
