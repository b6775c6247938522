// Reading nodes into domain records: provenance is parsed when first read (a lineage never asks
// for it), but it must still read back exactly as written and still fail by name when malformed.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import {
  entityFromNode,
  entityToParams,
  relationFromRelationship,
  relationToParams,
} from '../../server/src/db/records.js';
import type { EntityRecord, RelationRecord } from '../../server/src/domain/model.js';

const body: EntityRecord = {
  id: 'body/wg',
  kind: 'BODY',
  type: 'WORKING_GROUP',
  nameEn: 'Working Group',
  nameRu: 'Рабочая группа',
  aliasesEn: [],
  aliasesRu: [],
  provenance: [
    {
      fields: ['nameEn'],
      source: 'DOCUMENT',
      evidence: {
        document: 'doc/1',
        paragraph: 4,
        context: 'PARAGRAPH',
        quote: 'the Working Group',
        lang: 'en',
      },
    },
  ],
};

/** The node Neo4j gives back for what entityToParams wrote (nulls are not stored). */
function stored(e: EntityRecord, provenance?: unknown) {
  const p = entityToParams(e, true) as {
    names: Record<string, unknown>;
    props: Record<string, unknown>;
    provenance: string[];
  };
  const all: Record<string, unknown> = { ...p.names, ...p.props };
  const props = Object.fromEntries(Object.entries(all).filter(([, v]) => v !== null));
  props.provenance = provenance ?? p.provenance;
  return new neo4j.types.Node(neo4j.int(0), ['Entity'], props, e.id);
}

describe('entityFromNode', () => {
  it('reads back what was written, provenance included, in spreads and JSON too', () => {
    const read = entityFromNode(stored(body));
    expect(read).toEqual(body);
    expect(read.provenance[0]?.evidence?.quote).toBe('the Working Group');
    expect({ ...read }.provenance).toEqual(body.provenance);
    expect(JSON.parse(JSON.stringify(read))).toEqual(body);
    expect('proposal' in read).toBe(false);
  });

  it('names the node and the field when its provenance is malformed, when it is read', () => {
    const read = entityFromNode(stored(body, ['{"fields":["nameEn"],"source":"RUMOUR"}']));
    expect(read.nameEn).toBe('Working Group');
    expect(() => read.provenance).toThrow(/node body\/wg is malformed: provenance\.0\.source/);
  });

  it('keeps a provenance list assigned to the record', () => {
    const read = entityFromNode(stored(body));
    read.provenance = [];
    expect(read.provenance).toEqual([]);
  });
});

const meeting: EntityRecord = {
  id: 'meeting/wg/5',
  kind: 'MEETING',
  bodyId: 'body/wg',
  ordinal: 5,
  startDate: '2024-06-03',
  endDate: null,
  place: null,
  status: 'HELD',
  statusAsOf: null,
  nameEn: 'Fifth meeting',
  nameRu: 'Пятое совещание',
  aliasesEn: ['5th meeting'],
  aliasesRu: [],
  provenance: [],
};

describe('entityFromNode, fields of each kind', () => {
  it('reads a meeting back as written, absent optional fields as null', () => {
    expect(entityFromNode(stored(meeting))).toEqual(meeting);
  });

  it('names every field another tool wrote wrong, not only the first', () => {
    const node = stored(meeting);
    const props = node.properties as Record<string, unknown>;
    props.ordinal = 'five';
    props.status = 'CANCELLED';
    delete props.nameRu;
    expect(() => entityFromNode(node)).toThrow(
      /^node meeting\/wg\/5 is malformed: nameRu, ordinal, status$/,
    );
  });

  it('refuses a node of no known kind', () => {
    const node = stored(meeting);
    (node.properties as Record<string, unknown>).kind = 'COMMITTEE';
    expect(() => entityFromNode(node)).toThrow(/meeting\/wg\/5 is malformed: kind/);
  });
});

describe('relationFromRelationship', () => {
  const relation: RelationRecord = {
    id: 'rel/1',
    type: 'HOLDS',
    fromId: 'body/wg',
    toId: 'meeting/wg/5',
    action: null,
    basisId: null,
    source: 'DOCUMENT',
    note: null,
    evidence: [
      { document: 'doc/1', paragraph: 3, context: 'PARAGRAPH', quote: 'held', lang: 'ru' },
    ],
  };
  const rel = (evidence: unknown) => {
    const p = relationToParams(relation, true) as { props: Record<string, unknown> };
    const props = Object.fromEntries(Object.entries(p.props).filter(([, v]) => v !== null));
    return new neo4j.types.Relationship(neo4j.int(1), neo4j.int(0), neo4j.int(2), 'HOLDS', {
      id: relation.id,
      ...props,
      evidence,
    });
  };

  it('reads a relation and its quotes back as written', () => {
    const stored = rel(relationToParams(relation, true).evidence);
    expect(relationFromRelationship(stored, 'HOLDS', 'body/wg', 'meeting/wg/5')).toEqual(relation);
  });

  it('names the quote that is not one', () => {
    const broken = rel([
      '{"document":"doc/1","paragraph":3,"context":"PAGE","quote":"q","lang":"ru"}',
    ]);
    expect(() => relationFromRelationship(broken, 'HOLDS', 'a', 'b')).toThrow(
      /relation rel\/1 is malformed: evidence\.0/,
    );
    expect(() => relationFromRelationship(rel(['{not json']), 'HOLDS', 'a', 'b')).toThrow(
      /evidence\.0/,
    );
  });
});
