// The layered layout for views a reader takes in at a glance (up to SMALL_GRAPH nodes):
// dagre (@dagrejs/dagre, the maintained Sugiyama-style layered layout that cytoscape-dagre
// wraps), on the main thread. It answers a 30-node lineage in a few milliseconds from a cold
// start, where ELK's 1.4 MB of compiled Java takes half a second to load and warm up in its
// worker before its first layout: on a deep link that wait was most of the time to a picture.
// Larger views keep ELK in its worker (elk-worker-layout.ts), which never freezes the page.
// The same input always gives the same picture (dagre has no randomness).
import { Graph, layout, type EdgeLabel, type GraphLabel, type NodeLabel } from '@dagrejs/dagre';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { LayoutEngine } from './layout-engine';

/** The spacing ELK is given (LAYERED), in dagre's terms. */
function spacing(options: Record<string, string> | undefined) {
  return {
    ranksep: Number(options?.['elk.layered.spacing.nodeNodeBetweenLayers'] ?? 26),
    nodesep: Number(options?.['elk.spacing.nodeNode'] ?? 14),
  };
}

/**
 * Lays out ELK's input graph with dagre and answers in ELK's terms (top-left corners), so the
 * rest of the pipeline does not care which engine ran. `order` lists runs of nodes that keep
 * their order wherever they share a layer (sessions oldest first): see keepOrder.
 */
export function dagreLayout(graph: ElkNode, order: readonly (readonly string[])[] = []): ElkNode {
  const options = graph.layoutOptions;
  const down = options?.['elk.direction'] === 'DOWN';
  const g = new Graph<GraphLabel, NodeLabel, EdgeLabel>({ multigraph: true });
  g.setGraph({ rankdir: down ? 'TB' : 'LR', ...spacing(options), edgesep: 10 });
  const children = graph.children ?? [];
  for (const c of children) g.setNode(c.id, { width: c.width ?? 1, height: c.height ?? 1 });
  for (const e of graph.edges ?? []) {
    const [v] = e.sources;
    const [w] = e.targets;
    if (v !== undefined && w !== undefined && g.hasNode(v) && g.hasNode(w))
      g.setEdge(v, w, {}, e.id);
  }
  layout(g);
  const centres = new Map(
    children.map((c) => [c.id, { x: g.node(c.id).x ?? 0, y: g.node(c.id).y ?? 0 }]),
  );
  keepOrder(centres, order, down ? 'y' : 'x');
  return {
    ...graph,
    children: children.map((c) => {
      const at = centres.get(c.id) ?? { x: 0, y: 0 };
      return { ...c, x: at.x - (c.width ?? 0) / 2, y: at.y - (c.height ?? 0) / 2 };
    }),
  };
}

/**
 * Within each layer (nodes with the same `layer` coordinate), the nodes of a run take the
 * places dagre gave the run's nodes there, in the run's order: the picture keeps its shape and
 * the sessions read 2, 3, … 10. (dagre's own order constraints were tried: they did not hold,
 * and they undid its crossing reduction for the nodes around them.)
 */
function keepOrder(
  centres: Map<string, { x: number; y: number }>,
  order: readonly (readonly string[])[],
  layer: 'x' | 'y',
): void {
  const across = layer === 'x' ? 'y' : 'x';
  for (const run of order) {
    const byLayer = new Map<number, string[]>();
    for (const id of run) {
      const at = centres.get(id);
      if (!at) continue;
      const key = Math.round(at[layer]);
      byLayer.set(key, [...(byLayer.get(key) ?? []), id]);
    }
    for (const ids of byLayer.values()) {
      const slots = ids.map((id) => centres.get(id)?.[across] ?? 0).sort((a, b) => a - b);
      ids.forEach((id, i) => {
        const at = centres.get(id);
        const slot = slots[i];
        if (at && slot !== undefined) at[across] = slot;
      });
    }
  }
}

export const dagreEngine: LayoutEngine = {
  layout: (graph, order) => Promise.resolve(dagreLayout(graph, order)),
};
