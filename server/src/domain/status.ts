// Status through time: the vocabulary of a body's, a meeting's and a mandate's states (their
// dates are compared by common/partial-date.ts).
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
