import { describe, expect, it } from 'vitest';
import { capSubgraph, INITIAL_VIEW_CAP } from '../src/graph/cap';
import type { GraphEdge, GraphNode, Subgraph } from '../src/graph/subgraph';
import { SYNTHETIC_FOCUS, syntheticLineage } from '../src/graph/synthetic-lineage';

const node = (id: string): GraphNode => ({
  id,
  kind: 'BODY',
  nameEn: id,
  nameRu: id,
  aliasesEn: [],
  aliasesRu: [],
  proposal: null,
  bodyType: 'WORKING_GROUP',
});
const edge = (from: string, to: string): GraphEdge => ({
  id: `${from}>${to}`,
  type: 'HOLDS',
  action: null,
  actionRu: null,
  corroboration: { documents: 0, paragraphs: 0, langs: [] },
  source: 'DOCUMENT',
  note: null,
  noteRu: null,
  from: { id: from },
  to: { id: to },
  basis: null,
  evidence: [],
});
/** a - b - c - d - e (a chain) plus a - x, and z alone. */
const chain: Subgraph = {
  nodes: ['z', 'e', 'd', 'c', 'b', 'a', 'x'].map(node),
  edges: [edge('a', 'b'), edge('b', 'c'), edge('c', 'd'), edge('d', 'e'), edge('x', 'a')],
};
const ids = (g: Subgraph) => g.nodes.map((n) => n.id);
const none = { expanded: [] as string[] };

describe('capSubgraph', () => {
  it('leaves a graph within the limit as it is, with no frontier', () => {
    const view = capSubgraph(chain, { limit: 7, focus: 'a', ...none });
    expect(view.graph).toBe(chain);
    expect(view.total).toBe(7);
    expect(view.frontier.size).toBe(0);
  });

  it('shows the nodes nearest to the focus, in the graph order, with the edges among them', () => {
    const view = capSubgraph(chain, { limit: 4, focus: 'a', ...none });
    // Distance 0: a; 1: b, x; 2: c.
    expect(ids(view.graph)).toEqual(['c', 'b', 'a', 'x']);
    expect(view.graph.edges.map((e) => e.id)).toEqual(['a>b', 'b>c', 'x>a']);
    expect(view.total).toBe(7);
  });

  it('marks shown nodes with hidden neighbours, and counts them', () => {
    const view = capSubgraph(chain, { limit: 4, focus: 'a', ...none });
    expect([...view.frontier]).toEqual([['c', 1]]);
  });

  it('adds every neighbour of an expanded node, beyond the limit, and follows expansions', () => {
    const once = capSubgraph(chain, { limit: 4, focus: 'a', expanded: ['c'] });
    expect(ids(once.graph)).toEqual(['d', 'c', 'b', 'a', 'x']);
    expect([...once.frontier]).toEqual([['d', 1]]);
    // Expanding d (shown only thanks to c) shows e; the order of expansions does not matter.
    const twice = capSubgraph(chain, { limit: 4, focus: 'a', expanded: ['d', 'c'] });
    expect(ids(twice.graph)).toEqual(['e', 'd', 'c', 'b', 'a', 'x']);
    expect(twice.frontier.size).toBe(0);
  });

  it('ignores expanded nodes that are not shown', () => {
    const view = capSubgraph(chain, { limit: 2, focus: 'a', expanded: ['e'] });
    expect(ids(view.graph)).toEqual(['b', 'a']);
  });

  it('always shows pinned nodes (the ends of the selected edge)', () => {
    const view = capSubgraph(chain, { limit: 2, focus: 'a', expanded: [], pinned: ['e', 'nope'] });
    expect(ids(view.graph)).toEqual(['e', 'b', 'a']);
  });

  it('starts from the first node when the focus is not in the graph, then reaches the others', () => {
    const view = capSubgraph(chain, { limit: 3, focus: 'gone', ...none });
    expect(ids(view.graph)).toEqual(['z', 'e', 'd']);
  });

  it('caps a 5,000-node lineage at the initial cap, nearest first', () => {
    const graph = syntheticLineage(5000);
    const view = capSubgraph(graph, { limit: INITIAL_VIEW_CAP, focus: SYNTHETIC_FOCUS, ...none });
    expect(view.graph.nodes).toHaveLength(INITIAL_VIEW_CAP);
    expect(view.total).toBe(5000);
    const shown = new Set(ids(view.graph));
    expect(shown.has(SYNTHETIC_FOCUS)).toBe(true);
    for (const e of view.graph.edges) {
      expect(shown.has(e.from.id) && shown.has(e.to.id)).toBe(true);
    }
    // Every frontier count is the number of distinct hidden neighbours.
    for (const [id, hidden] of view.frontier) {
      const around = new Set(
        graph.edges.flatMap((e) =>
          e.from.id === id ? [e.to.id] : e.to.id === id ? [e.from.id] : [],
        ),
      );
      expect(hidden).toBe([...around].filter((m) => !shown.has(m)).length);
    }
    expect(view.frontier.size).toBeGreaterThan(0);
  });
});

describe('syntheticLineage', () => {
  it('has exactly the nodes asked for, unique ids, and edges between them', () => {
    for (const size of [10, 100, 1000, 5000]) {
      const g = syntheticLineage(size);
      const nodeIds = new Set(ids(g));
      expect(g.nodes).toHaveLength(size);
      expect(nodeIds.size).toBe(size);
      expect(g.edges.every((e) => nodeIds.has(e.from.id) && nodeIds.has(e.to.id))).toBe(true);
      expect(new Set(g.edges.map((e) => e.id)).size).toBe(g.edges.length);
      expect(nodeIds.has(SYNTHETIC_FOCUS)).toBe(true);
    }
  });
});
