// ELK (elkjs, the maintained port of the Eclipse Layout Kernel) computing the layered layout
// in a Web Worker, so a large lineage never freezes the page; cytoscape then places the
// nodes where ELK says (a preset layout). Same algorithm and options cytoscape-elk would use.
import type { Collection, Core } from 'cytoscape';
import ELK from 'elkjs/lib/elk-api.js';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import ElkWorker from 'elkjs/lib/elk-worker.min.js?worker';

const LAYERED = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.layered.spacing.nodeNodeBetweenLayers': '70',
  'elk.spacing.nodeNode': '24',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
};

let elk: InstanceType<typeof ELK> | null = null;
function engine(): InstanceType<typeof ELK> {
  elk ??= new ELK({ workerFactory: () => new ElkWorker() });
  return elk;
}

/**
 * Lays out `eles` (nodes and the edges among them) with ELK and moves the nodes there.
 * Positions are ELK's top-left corners turned into cytoscape's centres.
 */
export async function elkLayout(
  cy: Core,
  eles: Collection,
  fit: boolean,
  isCurrent: () => boolean = () => true,
): Promise<void> {
  const nodes = eles.nodes();
  const ids = new Set(nodes.map((n) => n.id()));
  const graph: ElkNode = {
    id: 'root',
    layoutOptions: LAYERED,
    children: nodes.map((n) => {
      const box = n.boundingBox({ includeLabels: true });
      return { id: n.id(), width: Math.max(box.w, 1), height: Math.max(box.h, 1) };
    }),
    edges: eles
      .edges()
      .map((e) => ({ id: e.id(), sources: [e.source().id()], targets: [e.target().id()] }))
      .filter((e) => e.sources.every((s) => ids.has(s)) && e.targets.every((t) => ids.has(t))),
  };
  const placed = await engine().layout(graph);
  // The view may have changed while the worker computed: a stale layout is dropped.
  if (!isCurrent() || cy.destroyed()) return;
  const positions = new Map(
    (placed.children ?? []).map((c) => [
      c.id,
      { x: (c.x ?? 0) + (c.width ?? 0) / 2, y: (c.y ?? 0) + (c.height ?? 0) / 2 },
    ]),
  );
  cy.batch(() => {
    nodes.forEach((n) => {
      const p = positions.get(n.id());
      if (p) n.position(p);
    });
  });
  if (fit) cy.fit(undefined, 30);
}
