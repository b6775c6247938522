import { describe, expect, it } from 'vitest';
import { useApi } from '../support/api.js';

const LINEAGE = `query($id: ID!, $direction: Direction, $maxDepth: Int) {
  lineage(id: $id, direction: $direction, maxDepth: $maxDepth) {
    nodes { id kind name }
    edges { id type action from { id } to { id } evidence { paragraph quote lang document { id symbol } } }
  }
}`;
type Sub = {
  lineage: {
    nodes: { id: string; kind: string; name: string }[];
    edges: {
      id: string;
      type: string;
      from: { id: string };
      to: { id: string };
      evidence: { paragraph: number | null; quote: string }[];
    }[];
  };
};

const api = useApi();

async function lineage(id: string, direction = 'UPSTREAM', maxDepth = 6) {
  const { data, errors } = await api.run<Sub>(LINEAGE, { id, direction, maxDepth });
  expect(errors).toEqual([]);
  return data!.lineage;
}
const ids = (s: Sub['lineage']) => s.nodes.map((n) => n.id);

const WORKING_GROUPS = [
  'body/wg-trafficking-in-persons',
  'body/wg-smuggling-of-migrants',
  'body/wg-firearms',
  'body/wg-international-cooperation',
  'body/wg-technical-assistance',
];

describe('lineage', () => {
  it('UPSTREAM of the 2020 trafficking report reaches its meeting, body, mandates and Protocol', async () => {
    const s = await lineage('CTOC/COP/WG.4/2020/4');
    expect(ids(s)).toEqual(
      expect.arrayContaining([
        'meeting/wg-trafficking-in-persons/10',
        'body/wg-trafficking-in-persons',
        'decision/4/4',
        'resolution/7/1',
        'instrument/trafficking-in-persons-protocol',
        'session/4',
        'instrument/untoc',
      ]),
    );
    // Nothing sideways: other groups and their reports are not causes of this report.
    expect(ids(s)).not.toContain('body/wg-firearms');
    expect(ids(s)).not.toContain('CTOC/COP/WG.4/2019/6');
    expect(ids(s)).not.toContain('session/10');
  });

  it('DOWNSTREAM of resolution 7/1 reaches the five working groups and their 2019–2020 reports', async () => {
    const s = await lineage('resolution/7/1', 'DOWNSTREAM');
    expect(ids(s)).toEqual(
      expect.arrayContaining([
        ...WORKING_GROUPS,
        'CTOC/COP/WG.4/2019/6',
        'CTOC/COP/WG.4/2020/4',
        'CTOC/COP/WG.7/2019/6',
        'CTOC/COP/WG.7/2020/4',
        'CTOC/COP/WG.6/2020/4',
        'CTOC/COP/WG.3/2020/4',
        'CTOC/COP/WG.2/2020/3',
      ]),
    );
    expect(ids(s)).not.toContain('body/review-expert-group');
    expect(ids(s)).not.toContain('decision/4/4');
    const governed = s.edges.filter((e) => e.type === 'GOVERNS' && e.from.id === 'resolution/7/1');
    const paras = governed
      .flatMap((e) => e.evidence.map((ev) => ev.paragraph))
      .sort((a, b) => a! - b!);
    expect(new Set(paras)).toEqual(new Set([5, 8, 11, 14, 17]));
  });

  it('stops at maxDepth', async () => {
    const s = await lineage('resolution/7/1', 'DOWNSTREAM', 1);
    expect(ids(s).sort()).toEqual(['resolution/7/1', ...WORKING_GROUPS].sort());
  });

  it('BOTH is the union of UPSTREAM and DOWNSTREAM', async () => {
    const [up, down, both] = await Promise.all([
      lineage('body/wg-firearms', 'UPSTREAM'),
      lineage('body/wg-firearms', 'DOWNSTREAM'),
      lineage('body/wg-firearms', 'BOTH'),
    ]);
    expect(new Set(ids(both))).toEqual(new Set([...ids(up), ...ids(down)]));
  });

  it('gives every edge endpoints inside the subgraph', async () => {
    const s = await lineage('session/10', 'BOTH', 20);
    const nodes = new Set(ids(s));
    for (const e of s.edges) {
      expect(nodes.has(e.from.id) && nodes.has(e.to.id), e.id).toBe(true);
    }
  });

  it('is consistent: X is upstream of Y exactly when Y is downstream of X', async () => {
    const sample = [
      'CTOC/COP/WG.6/2020/4',
      'resolution/7/1',
      'body/wg-technical-assistance',
      'session/7',
      'instrument/untoc',
    ];
    for (const x of sample) {
      const up = ids(await lineage(x, 'UPSTREAM', 20));
      for (const y of up.filter((id) => id !== x)) {
        expect(ids(await lineage(y, 'DOWNSTREAM', 20)), `${y} downstream`).toContain(x);
      }
    }
  });

  it('lists each quoted document once in `documents`, with the fields its quotes give', async () => {
    const DOCS = `query($id: ID!, $asOf: String) {
      lineage(id: $id, direction: BOTH, maxDepth: 20, asOf: $asOf) {
        edges { id evidence { document { id symbol name date } } }
        documents { id symbol name date }
      }
    }`;
    type Doc = { id: string; symbol: string | null; name: string; date: string | null };
    type Docs = {
      lineage: { edges: { id: string; evidence: { document: Doc }[] }[]; documents: Doc[] };
    };
    for (const asOf of [null, '2012']) {
      const { data, errors } = await api.run<Docs>(DOCS, { id: 'body/wg-firearms', asOf });
      expect(errors).toEqual([]);
      const { edges, documents } = data!.lineage;
      const quoted = edges.flatMap((e) => e.evidence.map((ev) => ev.document));
      // In the order first quoted, no repeats, none that no quote names.
      expect(documents.map((d) => d.id)).toEqual([...new Set(quoted.map((d) => d.id))]);
      const byId = new Map(documents.map((d) => [d.id, d]));
      for (const d of quoted) expect(byId.get(d.id), d.id).toEqual(d);
      // Many quotes, few documents: each document's fields come once, not once per quote.
      expect(documents.length, `as of ${String(asOf)}`).toBeGreaterThan(0);
      expect(quoted.length).toBeGreaterThan(documents.length);
    }
  });
});
