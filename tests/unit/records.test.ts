// Reading nodes into domain records: provenance is parsed when first read (a lineage never asks
// for it), but it must still read back exactly as written and still fail by name when malformed.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { entityFromNode, entityToParams } from '../../server/src/db/records.js';
import type { EntityRecord } from '../../server/src/domain/model.js';

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
