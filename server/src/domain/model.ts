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

export type SourceKind = 'DOCUMENT' | 'REFERENCE' | 'DERIVED';
export type EvidenceContext = 'PARAGRAPH' | 'HEADING' | 'HEADER' | 'FOOTNOTE';
export type LangCode = 'en' | 'ru';

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
  type: 'CONVENTION' | 'PROTOCOL';
  adopted: number | null;
}
export interface BodyRecord extends EntityBase {
  kind: 'BODY';
  type: 'CONFERENCE' | 'WORKING_GROUP' | 'EXPERT_GROUP' | 'MECHANISM' | 'SECRETARIAT';
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
  type: 'RESOLUTION' | 'DECISION';
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
  status: 'HELD' | 'PLANNED';
  statusAsOf: string | null;
}
export interface DocumentRecord extends EntityBase {
  kind: 'DOCUMENT';
  type: 'REPORT' | 'NOTE' | 'PROVISIONAL_AGENDA';
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
