// Domain records: what services hand to resolvers. Plain data, no driver types.
export const ENTITY_KINDS = [
  'INSTRUMENT',
  'BODY',
  'SESSION',
  'MANDATE',
  'MEETING',
  'DOCUMENT',
] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const RELATION_TYPES = [
  'CREATES',
  'GOVERNS',
  'ADOPTED_AT',
  'CONCERNS',
  'HOLDS',
  'PRODUCES',
  'SUBMITTED_TO',
  'SUPPLEMENTS',
  'SESSION_OF',
  'REFERENCES',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

// The closed vocabularies, once: types, data-file schemas and node schemas derive from these.
export const SOURCES = ['DOCUMENT', 'REFERENCE', 'DERIVED'] as const;
export type SourceKind = (typeof SOURCES)[number];
export const EVIDENCE_CONTEXTS = ['PARAGRAPH', 'HEADING', 'HEADER', 'FOOTNOTE'] as const;
export type EvidenceContext = (typeof EVIDENCE_CONTEXTS)[number];
export const LANGS = ['en', 'ru'] as const;
export type LangCode = (typeof LANGS)[number];
export const INSTRUMENT_TYPES = ['CONVENTION', 'PROTOCOL'] as const;
export const BODY_TYPES = [
  'CONFERENCE',
  'WORKING_GROUP',
  'EXPERT_GROUP',
  'MECHANISM',
  'SECRETARIAT',
] as const;
export const MANDATE_TYPES = ['RESOLUTION', 'DECISION'] as const;
export const MEETING_STATUSES = ['HELD', 'PLANNED'] as const;
export const DOCUMENT_TYPES = ['REPORT', 'NOTE', 'PROVISIONAL_AGENDA'] as const;

export interface EvidenceRecord {
  document: string;
  paragraph: number | null;
  context: EvidenceContext;
  quote: string;
  lang: LangCode;
}

export interface ProvenanceRecord {
  fields: string[];
  source: SourceKind;
  evidence?: EvidenceRecord;
  note?: string;
}

interface EntityBase {
  id: string;
  nameEn: string;
  nameRu: string;
  aliasesEn: string[];
  aliasesRu: string[];
  provenance: ProvenanceRecord[];
}

export interface InstrumentRecord extends EntityBase {
  kind: 'INSTRUMENT';
  type: (typeof INSTRUMENT_TYPES)[number];
  adopted: number | null;
}
export interface BodyRecord extends EntityBase {
  kind: 'BODY';
  type: (typeof BODY_TYPES)[number];
}
export interface SessionRecord extends EntityBase {
  kind: 'SESSION';
  number: number;
  year: number | null;
  place: string | null;
  startDate: string | null;
  endDate: string | null;
}
export interface MandateRecord extends EntityBase {
  kind: 'MANDATE';
  type: (typeof MANDATE_TYPES)[number];
  number: string;
  sessionId: string;
  subjectEn: string | null;
  subjectRu: string | null;
}
export interface MeetingRecord extends EntityBase {
  kind: 'MEETING';
  bodyId: string;
  ordinal: number;
  startDate: string | null;
  endDate: string | null;
  place: string | null;
  status: (typeof MEETING_STATUSES)[number];
  statusAsOf: string | null;
}
export interface DocumentRecord extends EntityBase {
  kind: 'DOCUMENT';
  type: (typeof DOCUMENT_TYPES)[number];
  symbol: string | null;
  printedSymbol: string | null;
  year: number | null;
  date: string | null;
  lang: LangCode | null;
}

export type EntityRecord =
  InstrumentRecord | BodyRecord | SessionRecord | MandateRecord | MeetingRecord | DocumentRecord;

export interface RelationRecord {
  id: string;
  type: RelationType;
  fromId: string;
  toId: string;
  action: string | null;
  basisId: string | null;
  source: SourceKind;
  note: string | null;
  evidence: EvidenceRecord[];
}

export interface SubgraphRecord {
  nodes: EntityRecord[];
  edges: RelationRecord[];
  /** Entities the edges point at without being part of the subgraph (evidence documents, bases). */
  referenced: EntityRecord[];
}

/** A relation's id is derived from what identifies it, so re-loading never duplicates it. */
export function relationId(
  type: RelationType,
  fromId: string,
  toId: string,
  action: string | null,
): string {
  const base = `${type}:${fromId}>${toId}`;
  return type === 'GOVERNS' && action ? `${base}:${action.replaceAll(' ', '-')}` : base;
}

export interface ExplanationRecord {
  subject: EntityRecord;
  /** Upstream relations, oldest first. */
  steps: RelationRecord[];
  /** The relations the summary tells, nearest cause first. */
  spine: RelationRecord[];
  /** Every entity the steps mention. */
  nodes: EntityRecord[];
}
