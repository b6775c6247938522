// The initial view is capped at the size that lays out in about a second; a larger lineage
// shows the nodes nearest to the entity in focus first and grows when the reader asks
// (double-clicking a node, or "Show more"). Pure: the same graph and view give the same nodes.
import type { Subgraph } from './subgraph';

/**
 * The most nodes laid out on first view: the largest size whose layout and first paint take
 * ≤ 1 s on the bench machine. Measured with bench/figures/client.ts (figure `client_layout`:
 * headless Chromium, 2 shared cores, synthetic lineages, ELK in the worker, median of 3): 500
 * nodes 0.85 s, 750 nodes 1.5 s, 1,000 nodes 1.9 s, with other benchmarks loading the machine
 * (load average ~12); a quiet machine is faster, so 500 leaves headroom on slower ones.
 */
export const INITIAL_VIEW_CAP = 500;

/** How many more nodes "Show more" adds. */
export const CAP_STEP = INITIAL_VIEW_CAP;

export interface CapOptions {
  /** At most this many nodes before expansions (at least 1). */
  limit: number;
  /** The entity the view is about: distances are counted from it. */
  focus: string | null;
  /** Nodes the reader expanded: all their neighbours are shown, beyond the limit. */
  expanded: readonly string[];
  /** Always shown when present (e.g. the ends of the selected edge). */
  pinned?: readonly string[];
}

export interface CappedView {
  /** The nodes shown, in the graph's order, and the edges among them. */
  graph: Subgraph;
  /** Nodes in the whole graph. */
  total: number;
  /** Shown nodes with neighbours that are not shown, and how many. Empty when nothing is hidden. */
  frontier: Map<string, number>;
}

function adjacency(graph: Subgraph): Map<string, string[]> {
  const adj = new Map<string, string[]>(graph.nodes.map((n) => [n.id, []]));
  for (const e of graph.edges) {
    const a = adj.get(e.from.id);
    const b = adj.get(e.to.id);
    if (!a || !b) continue;
    a.push(e.to.id);
    b.push(e.from.id);
  }
  return adj;
}

/** Up to `limit` node ids, breadth-first from `start` (then from the next unreached node). */
function nearest(adj: Map<string, string[]>, start: string | null, limit: number): Set<string> {
  const shown = new Set<string>();
  const starts = [...(start !== null && adj.has(start) ? [start] : []), ...adj.keys()];
  for (const s of starts) {
    if (shown.size >= limit) break;
    if (shown.has(s)) continue;
    shown.add(s);
    const queue = [s];
    for (let i = 0; i < queue.length && shown.size < limit; i++) {
      for (const m of adj.get(queue[i] ?? '') ?? []) {
        if (shown.size >= limit) break;
        if (shown.has(m)) continue;
        shown.add(m);
        queue.push(m);
      }
    }
  }
  return shown;
}

/**
 * The part of `graph` to draw: the `limit` nodes nearest to the focus (breadth-first, ties in
 * the graph's order), the pinned nodes, every neighbour of an expanded node that is shown
 * (repeatedly, so expansions made one after another all hold), and the edges among them.
 */
export function capSubgraph(graph: Subgraph, opts: CapOptions): CappedView {
  const total = graph.nodes.length;
  if (total <= opts.limit) return { graph, total, frontier: new Map() };
  const adj = adjacency(graph);
  const shown = nearest(adj, opts.focus, Math.max(1, opts.limit));
  for (const id of opts.pinned ?? []) if (adj.has(id)) shown.add(id);
  for (let grew = true; grew;) {
    grew = false;
    for (const id of opts.expanded) {
      if (!shown.has(id)) continue;
      for (const m of adj.get(id) ?? []) {
        if (!shown.has(m)) {
          shown.add(m);
          grew = true;
        }
      }
    }
  }
  const frontier = new Map<string, number>();
  for (const id of shown) {
    const hidden = new Set((adj.get(id) ?? []).filter((m) => !shown.has(m))).size;
    if (hidden > 0) frontier.set(id, hidden);
  }
  return {
    graph: {
      nodes: graph.nodes.filter((n) => shown.has(n.id)),
      edges: graph.edges.filter((e) => shown.has(e.from.id) && shown.has(e.to.id)),
    },
    total,
    frontier,
  };
}
