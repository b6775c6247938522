// Neo4j nodes and relationships <-> domain records. Properties are validated on the way
// out, so a node written by another tool with a missing field fails here, by name.
import { isNode, isRelationship, type Node, type Relationship } from 'neo4j-driver';
import { z } from 'zod';
import type {
  ClaimRecord,
  EntityRecord,
  EvidenceRecord,
  ProvenanceRecord,
  RelationRecord,
  RelationType,
} from '../domain/model.js';
import { PropReader, type Props } from './read-props.js';
import {
  BODY_TYPES,
  DOCUMENT_TYPES,
  EVIDENCE_CONTEXTS,
  INSTRUMENT_TYPES,
  LANGS,
  MANDATE_TYPES,
  MEETING_STATUSES,
  RELATION_TYPES,
  SOURCES,
} from '../domain/model.js';

const str = z.string();
const evidence = z.object({
  document: str,
  paragraph: z.number().int().nullable(),
  numbered: z.literal(false).optional(),
  context: z.enum(EVIDENCE_CONTEXTS),
  quote: str,
  lang: z.enum(LANGS),
});
const provenance = z.array(
  z.object({
    fields: z.array(str),
    source: z.enum(SOURCES),
    evidence: evidence.optional(),
    note: str.optional(),
  }),
);
const json = <T>(schema: z.ZodType<T>) => str.transform((s) => schema.parse(JSON.parse(s)));
// Absent unless the entity is under review (Neo4j stores no nulls), and then absent from the record.
const proposal = json(z.object({ document: str, evidence })).optional();
const claim = z.object({
  field: str,
  value: z.union([str, z.number()]),
  asOf: str.optional(),
  source: z.enum(SOURCES),
  evidence: evidence.optional(),
  note: str.optional(),
});
// Stored as a list of JSON strings (older databases: one JSON string).
const storedProvenance = z
  .union([
    z.array(str).transform((l) => l.map((x) => JSON.parse(x) as unknown)),
    str.transform((x) => JSON.parse(x) as unknown),
  ])
  .pipe(provenance)
  .optional()
  .transform((v) => v ?? []);
// Absent unless sources ever disagreed (see seed/facts.ts).
const storedClaims = z.array(json(claim)).optional();

const set = <T extends string>(values: readonly T[]): ReadonlySet<T> => new Set(values);
const KIND = {
  INSTRUMENT: set(INSTRUMENT_TYPES),
  BODY: set(BODY_TYPES),
  MANDATE: set(MANDATE_TYPES),
  DOCUMENT: set(DOCUMENT_TYPES),
};
const STATUSES = set(MEETING_STATUSES);
const DOC_LANGS = set(LANGS);

/** The fields of the entity's kind (the common ones are read by entityFromNode). */
function kindFields(props: Props, r: PropReader): KindFields | null {
  const kind = props.kind;
  switch (kind) {
    case 'INSTRUMENT':
      return { kind, type: r.oneOf('type', KIND.INSTRUMENT), adopted: r.optInt('adopted') };
    case 'BODY':
      return { kind, type: r.oneOf('type', KIND.BODY) };
    case 'SESSION':
      return {
        kind,
        number: r.int('number'),
        year: r.optInt('year'),
        place: r.optStr('place'),
        startDate: r.optStr('startDate'),
        endDate: r.optStr('endDate'),
      };
    case 'MANDATE':
      return {
        kind,
        type: r.oneOf('type', KIND.MANDATE),
        number: r.str('number'),
        sessionId: r.str('sessionId'),
        subjectEn: r.optStr('subjectEn'),
        subjectRu: r.optStr('subjectRu'),
      };
    case 'MEETING':
      return {
        kind,
        bodyId: r.str('bodyId'),
        ordinal: r.optInt('ordinal'),
        startDate: r.optStr('startDate'),
        endDate: r.optStr('endDate'),
        place: r.optStr('place'),
        status: r.oneOf('status', STATUSES),
        statusAsOf: r.optStr('statusAsOf'),
      };
    case 'DOCUMENT':
      return {
        kind,
        type: r.oneOf('type', KIND.DOCUMENT),
        symbol: r.optStr('symbol'),
        printedSymbol: r.optStr('printedSymbol'),
        year: r.optInt('year'),
        date: r.optStr('date'),
        lang: props.lang === undefined ? null : r.oneOf('lang', DOC_LANGS),
      };
    default:
      return null;
  }
}

type CommonFields = Pick<
  EntityRecord,
  'id' | 'nameEn' | 'nameRu' | 'aliasesEn' | 'aliasesRu' | 'provenance' | 'claims' | 'proposal'
>;
/** What each kind adds to the common fields. */
type KindFields = EntityRecord extends infer E
  ? E extends EntityRecord
    ? Omit<E, keyof CommonFields>
    : never
  : never;

export function entityFromNode(value: unknown): EntityRecord {
  const node = asNode(value);
  const props = node.properties;
  const r = new PropReader(props);
  const id = r.str('id');
  const nameEn = r.str('nameEn');
  const nameRu = r.str('nameRu');
  const aliasesEn = r.strs('aliasesEn');
  const aliasesRu = r.strs('aliasesRu');
  const fields = kindFields(props, r);
  if (!fields) r.bad.push('kind');
  // Rare: a mandate's adoption, only when a document stated it.
  const adopted =
    props.kind === 'MANDATE' && props.adopted !== undefined ? r.str('adopted') : undefined;
  if (!fields || r.bad.length) throw malformedAt(node, r.bad);
  // The common fields are added to the kind's fresh object rather than spread into a new one
  // (a spread after other keys is V8's slow path, once per node of an answer).
  const record = fields as EntityRecord;
  record.id = id;
  record.nameEn = nameEn;
  record.nameRu = nameRu;
  record.aliasesEn = aliasesEn;
  record.aliasesRu = aliasesRu;
  // The rare fields are absent, not undefined, when not stored, so a record reads back as it
  // was written.
  if (adopted !== undefined) (record as { adopted?: string }).adopted = adopted;
  if (props.claims !== undefined)
    record.claims = parsedOrThrow(node, storedClaims, props.claims, 'claims');
  if (props.proposal !== undefined) {
    record.proposal = parsedOrThrow(node, proposal, props.proposal, 'proposal');
  }
  // Provenance (every stated fact with its quote) is the largest part of a node and most
  // answers never ask for it: a lineage read parsing it for every node was a measured share
  // of its cost (issue 14). It is parsed, and checked, when first read; an own accessor, so a
  // spread or JSON copies the parsed value.
  unparsed.set(record, node);
  return Object.defineProperty(record, 'provenance', lazyProvenance);
}

function parsedOrThrow<T>(node: Node, schema: z.ZodType<T>, value: unknown, under: string): T {
  const read = schema.safeParse(value);
  if (!read.success) throw malformed(node, read.error.issues, under);
  return read.data;
}

/** "node X is malformed: a, b.0": the node by its id (else its element id) and the bad paths. */
function malformedAt(node: Node | undefined, paths: string[]): Error {
  const raw = (node?.properties as { id?: unknown } | undefined)?.id;
  const id = typeof raw === 'string' ? raw : (node?.elementId ?? 'unknown');
  return new Error(`node ${id} is malformed: ${paths.join(', ')}`);
}

/** Nodes whose provenance has not been read yet, by the record made from them. */
const unparsed = new WeakMap<object, Node>();
const parsedProvenance = new WeakMap<object, ProvenanceRecord[]>();
// One descriptor for every record: a closure per record cost more than the parse it saves.
const lazyProvenance: PropertyDescriptor = {
  enumerable: true,
  configurable: true,
  get(this: EntityRecord): ProvenanceRecord[] {
    const done = parsedProvenance.get(this);
    if (done) return done;
    const node = unparsed.get(this);
    const read = storedProvenance.safeParse(node?.properties.provenance);
    if (!read.success) throw malformed(node, read.error.issues, 'provenance');
    parsedProvenance.set(this, read.data);
    return read.data;
  },
  set(this: EntityRecord, value: ProvenanceRecord[]) {
    parsedProvenance.set(this, value);
  },
};

function malformed(node: Node | undefined, issues: z.core.$ZodIssue[], under?: string): Error {
  const paths = issues.map((i) => [under, ...i.path].filter((x) => x !== undefined).join('.'));
  return malformedAt(node, paths);
}

const SOURCE_SET = set(SOURCES);

export function relationFromRelationship(
  value: unknown,
  type: string,
  fromId: string,
  toId: string,
): RelationRecord {
  const rel = asRelationship(value);
  if (!(RELATION_TYPES as readonly string[]).includes(type))
    throw new Error(`unknown relation type ${type}`);
  const r = new PropReader(rel.properties);
  const record: RelationRecord = {
    id: r.str('id'),
    type: type as RelationType,
    fromId,
    toId,
    action: r.optStr('action'),
    basisId: r.optStr('basis'),
    source: r.oneOf('source', SOURCE_SET),
    note: r.optStr('note'),
    evidence: r.evidence('evidence'),
  };
  if (r.bad.length) {
    throw new Error(`relation ${record.id || rel.elementId} is malformed: ${r.bad.join(', ')}`);
  }
  return record;
}

/**
 * Sort order of lists: mandates, sessions and meetings by number, the rest by id. A meeting
 * its documents name only by its dates sorts by its first day, after the numbered ones of its
 * body ("~" follows the digits), so a body's dated meetings read in the order they were held.
 */
export function sortKey(e: EntityRecord): string {
  const pad = (n: number) => String(n).padStart(5, '0');
  if (e.kind === 'MANDATE') {
    const [s = '0', m = '0'] = e.number.split('/');
    return `${pad(Number(s))}/${pad(Number(m))}`;
  }
  if (e.kind === 'SESSION') return pad(e.number);
  if (e.kind === 'MEETING')
    return e.ordinal === null
      ? `${e.bodyId}/~${e.startDate ?? e.id}`
      : `${e.bodyId}/${pad(e.ordinal)}`;
  return e.id;
}

/** Canonical JSON (fixed key order), so equal facts are equal strings and sets of them union. */
function provenanceKey(p: ProvenanceRecord): string {
  return JSON.stringify({
    fields: p.fields,
    source: p.source,
    ...(p.evidence ? { evidence: JSON.parse(evidenceKey(p.evidence)) as unknown } : {}),
    ...(p.note ? { note: p.note } : {}),
  });
}

// Null removes a property. A document states only what it states: the English text of a
// resolution has no Russian subject, so reading it must not erase the one the Russian text gave.
const withoutNulls = (m: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(m).filter(([, v]) => v !== null));

/**
 * The parameters of write/upsert-entities.cypher for one entity. Curated data (`namesAlways`)
 * sets every field, nulls included; an ingested document only sets the fields it states.
 */
export function entityToParams(e: EntityRecord, namesAlways: boolean): Record<string, unknown> {
  const { provenance, nameEn, nameRu, aliasesEn, aliasesRu, proposal, claims, ...rest } = e;
  // A map is no property value: the proposal is stored as JSON (null removes the mark).
  const props = {
    ...rest,
    sortKey: sortKey(e),
    // Claims are maps, stored as JSON like provenance; none: no property.
    claims: claims?.length ? claims.map(claimKey) : null,
    proposal: proposal
      ? JSON.stringify({
          document: proposal.document,
          evidence: JSON.parse(evidenceKey(proposal.evidence)) as unknown,
        })
      : null,
  };
  return {
    id: e.id,
    kind: e.kind,
    namesAlways,
    names: { nameEn, nameRu, aliasesEn, aliasesRu },
    props: namesAlways ? props : withoutNulls(props),
    provenance: provenance.map(provenanceKey),
  };
}
/** Canonical JSON of a claim (fixed key order). */
function claimKey(c: ClaimRecord): string {
  return JSON.stringify({
    field: c.field,
    value: c.value,
    ...(c.asOf ? { asOf: c.asOf } : {}),
    source: c.source,
    ...(c.evidence ? { evidence: JSON.parse(evidenceKey(c.evidence)) as unknown } : {}),
    ...(c.note ? { note: c.note } : {}),
  });
}

export function evidenceKey(e: EvidenceRecord): string {
  // Fixed key order, so the same evidence serialises to the same string and MERGE-style
  // de-duplication of evidence lists works by plain equality.
  return JSON.stringify({
    document: e.document,
    paragraph: e.paragraph,
    // Only when false: a numbered paragraph's quote serialises as it always did.
    ...(e.numbered === false ? { numbered: false } : {}),
    context: e.context,
    quote: e.quote,
    lang: e.lang,
  });
}

/** The parameters of write/upsert-relations.cypher for one relation. */
export function relationToParams(
  r: RelationRecord,
  causeAtStart: boolean,
): Record<string, unknown> {
  return {
    id: r.id,
    type: r.type,
    fromId: r.fromId,
    toId: r.toId,
    causeAtStart,
    props: { action: r.action, basis: r.basisId, source: r.source, note: r.note },
    evidence: r.evidence.map(evidenceKey),
    evidenceDocs: [...new Set(r.evidence.map((e) => e.document))],
  };
}

/** A value of a row that must be a node (a query returning something else is a bug). */
export function asNode(value: unknown): Node {
  if (!isNode(value)) throw new Error(`expected a node, got ${typeof value}`);
  return value;
}

export function asRelationship(value: unknown): Relationship {
  if (!isRelationship(value)) throw new Error(`expected a relationship, got ${typeof value}`);
  return value;
}

/** A relation from a row that returns it as `r`, `type`, `fromId`, `toId` (the read queries' shape). */
export function relationFromRow(row: { get(key: string): unknown }): RelationRecord {
  return relationFromRelationship(
    row.get('r'),
    row.get('type') as string,
    row.get('fromId') as string,
    row.get('toId') as string,
  );
}
