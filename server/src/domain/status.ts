// Status through time: the vocabulary of a body's, a meeting's and a mandate's states, and how
// dates known only to the year or month are compared with a day.
import type { RelationRecord, SourceKind } from './model.js';

export const BODY_STATUSES = ['INTERIM', 'ESTABLISHED', 'CONSTANT_ELEMENT'] as const;
export const MANDATE_STATUSES = ['ADOPTED', 'CITED'] as const;
/** A meeting's are MEETING_STATUSES (model.ts): PLANNED and HELD. */
export const STATUSES = [...BODY_STATUSES, 'PLANNED', 'HELD', ...MANDATE_STATUSES] as const;
export type Status = (typeof STATUSES)[number];
export type BodyStatus = (typeof BODY_STATUSES)[number];
export type MandateStatus = (typeof MANDATE_STATUSES)[number];

/** One change of status, caused by one relation, dated as precisely as the sources allow. */
export interface StatusChangeRecord {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; null when nothing dates it. */
  date: string | null;
  /** Whether the date is stated by a document, taken from reference data, or derived. */
  dateSource: SourceKind;
  status: Status;
  because: RelationRecord;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Whether `value` is a date as the API accepts it: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function isPartialDate(value: string): boolean {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = new Date(Date.UTC(Number(y), month - 1, Number(d)));
  return day.getUTCMonth() === month - 1 && day.getUTCDate() === Number(d);
}

/**
 * The last day a partial date can mean, as a comparable string: a change known only to its
 * year counts from the end of that year (decision 4/4, adopted at a session in 2008, is not
 * claimed to be in force on 1 June 2008), and "as of 2012" means as things stood at its end.
 */
export function lastDay(date: string): string {
  if (date.length === 4) return `${date}-12-31`;
  if (date.length === 7) return `${date}-31`;
  return date;
}

/**
 * Whether a change dated `date` had happened by the end of `asOf`. An undated change is not
 * placed at any date (it counts for the current status only).
 */
export function happenedBy(date: string | null, asOf: string): boolean {
  return date !== null && lastDay(date) <= lastDay(asOf);
}
