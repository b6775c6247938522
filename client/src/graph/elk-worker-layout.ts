// ELK (elkjs, the maintained port of the Eclipse Layout Kernel) computing the layered layout
// in a Web Worker (layout-engine.ts), so a large lineage never freezes the page; cytoscape
// then places the nodes where ELK says. Same algorithm and options cytoscape-elk would use.
// The main thread's share (measuring nodes, moving them) is done in slices.
import type { BoundingBox12, Collection, Core, Position } from 'cytoscape';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { workerEngine, type LayoutEngine } from './layout-engine';
import { SLICE_MS, untilAborted, yieldToBrowser } from './slices';

const LAYERED = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.layered.spacing.nodeNodeBetweenLayers': '70',
  'elk.spacing.nodeNode': '24',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
};
/**
 * Above this many nodes ELK sweeps each layer's ordering fewer times (`thoroughness` 1, not the
 * default 7): a few more crossings, but 3–5× faster at 1,000 nodes and 2× at 5,000 (synthetic
 * lineages, bench/client), and that decides how large a first view can be.
 */
export const LARGE_LAYOUT = 300;

/** Time spent in each phase of one layout, for the benchmark (bench/client). */
export interface LayoutTimings {
  /** Main thread: measuring the nodes (labels included) and building ELK's graph. */
  prepareMs: number;
  /** In the engine: the worker's computation plus messaging (main thread with no worker). */
  computeMs: number;
  /** Main thread: moving the nodes and fitting the view. */
  applyMs: number;
}

export interface ElkLayoutOptions {
  /** Fit the view to the graph afterwards. */
  fit: boolean;
  /** False once the view has moved on: the result is then dropped. */
  isCurrent?: () => boolean;
  engine?: LayoutEngine;
  onTimings?: (t: LayoutTimings) => void;
  /** Aborted when the view moves on: stop waiting for the engine at once. */
  signal?: AbortSignal;
}

/** ELK's input, and where each node's centre is in its box (the label hangs below the node). */
export interface Measured {
  graph: ElkNode;
  offsets: Map<string, Position>;
}

/**
 * ELK's input for `eles`: node boxes (labels included) and the edges among those nodes.
 * Measuring is main-thread work proportional to the graph, so it is done in slices, with
 * cytoscape's render loop paused meanwhile (a batch): otherwise its next frame would style and
 * measure everything still pending in one long task. Edges are styled here too, for the same
 * reason. Null when the view moved on (or cytoscape was destroyed) meanwhile.
 */
export async function elkGraphOf(
  cy: Core,
  eles: Collection,
  isCurrent: () => boolean = () => true,
): Promise<Measured | null> {
  const nodes = eles.nodes();
  const edges = eles.edges();
  const children: { id: string; width: number; height: number }[] = [];
  const offsets = new Map<string, Position>();
  let slice = performance.now();
  /** False when the work should stop: the view moved on. */
  const pause = async (): Promise<boolean> => {
    if (performance.now() - slice < SLICE_MS) return true;
    await yieldToBrowser();
    slice = performance.now();
    return isCurrent() && !cy.destroyed();
  };
  cy.startBatch();
  try {
    for (const n of nodes) {
      const box = n.boundingBox({ includeLabels: true });
      const at = n.position();
      children.push({ id: n.id(), width: Math.max(box.w, 1), height: Math.max(box.h, 1) });
      offsets.set(n.id(), { x: at.x - box.x1, y: at.y - box.y1 });
      if (!(await pause())) return null;
    }
    for (const e of edges) {
      e.visible(); // computes its style now rather than in the next frame
      if (!(await pause())) return null;
    }
  } finally {
    if (!cy.destroyed()) cy.endBatch();
  }
  const ids = new Set(children.map((c) => c.id));
  const graph: ElkNode = {
    id: 'root',
    layoutOptions:
      nodes.length > LARGE_LAYOUT ? { ...LAYERED, 'elk.layered.thoroughness': '1' } : LAYERED,
    children,
    edges: edges
      .map((e) => ({ id: e.id(), sources: [e.source().id()], targets: [e.target().id()] }))
      .filter((e) => e.sources.every((s) => ids.has(s)) && e.targets.every((t) => ids.has(t))),
  };
  return { graph, offsets };
}

/**
 * Lays out `eles` (nodes and the edges among them) with ELK and moves the nodes there.
 * Positions are ELK's top-left corners turned into cytoscape's centres. A full layout (`fit`)
 * keeps cytoscape's render loop paused (a batch) until its nodes are placed: they are hidden
 * until then anyway, and every frame drawn meanwhile would be main-thread work for nothing.
 */
export async function elkLayout(cy: Core, eles: Collection, opts: ElkLayoutOptions): Promise<void> {
  const { fit, isCurrent = () => true, onTimings } = opts;
  let done: Awaited<ReturnType<typeof placeWithElk>>;
  if (fit) cy.startBatch();
  try {
    done = await placeWithElk(cy, eles, opts);
  } finally {
    if (fit && !cy.destroyed()) cy.endBatch();
  }
  if (!done || !isCurrent() || cy.destroyed()) return;
  const t = performance.now();
  // The boxes ELK placed are the nodes' bounds, labels included: fitting to them spares
  // cytoscape measuring the whole graph again (a long task on a large one).
  if (fit && Number.isFinite(done.bounds.x1)) cy.viewport(fitViewport(cy, done.bounds, 30));
  const { timings } = done;
  onTimings?.({ ...timings, applyMs: timings.applyMs + performance.now() - t });
}

/** The zoom and pan that fit `b` in the view with `padding`, as cy.fit would. */
function fitViewport(cy: Core, b: BoundingBox12, padding: number) {
  const w = Math.max(b.x2 - b.x1, 1);
  const h = Math.max(b.y2 - b.y1, 1);
  const fitted = Math.min((cy.width() - 2 * padding) / w, (cy.height() - 2 * padding) / h);
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), fitted));
  const pan = {
    x: (cy.width() - zoom * (b.x1 + b.x2)) / 2,
    y: (cy.height() - zoom * (b.y1 + b.y2)) / 2,
  };
  return { zoom, pan };
}

/**
 * Measures, computes and moves: each node goes where its measured box (label included) fills
 * the box ELK placed. The timings and the placed bounds, or null when the view moved on.
 */
async function placeWithElk(cy: Core, eles: Collection, opts: ElkLayoutOptions) {
  const { fit, isCurrent = () => true, engine = workerEngine() } = opts;
  const t0 = performance.now();
  const measured = await elkGraphOf(cy, eles, isCurrent);
  if (!measured) return null;
  const t1 = performance.now();
  const placed = await untilAborted(engine.layout(measured.graph), opts.signal);
  const t2 = performance.now();
  // The view may have changed while the worker computed: a stale layout is dropped.
  if (!placed || !isCurrent() || cy.destroyed()) return null;
  const bounds = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  const positions = new Map<string, Position>();
  for (const c of placed.children ?? []) {
    const x = c.x ?? 0;
    const y = c.y ?? 0;
    const off = measured.offsets.get(c.id) ?? { x: (c.width ?? 0) / 2, y: (c.height ?? 0) / 2 };
    positions.set(c.id, { x: x + off.x, y: y + off.y });
    bounds.x1 = Math.min(bounds.x1, x);
    bounds.y1 = Math.min(bounds.y1, y);
    bounds.x2 = Math.max(bounds.x2, x + (c.width ?? 0));
    bounds.y2 = Math.max(bounds.y2, y + (c.height ?? 0));
  }
  // A full layout moves its nodes in slices too (nothing is drawn half-moved: the batch). An
  // incremental one moves a few nodes at once: its caller then puts the anchor back, which
  // must not be interrupted.
  cy.startBatch();
  try {
    let slice = performance.now();
    for (const n of eles.nodes()) {
      const p = positions.get(n.id());
      if (p) n.position(p);
      if (fit && performance.now() - slice > SLICE_MS) {
        await yieldToBrowser();
        if (!isCurrent() || cy.destroyed()) return null;
        slice = performance.now();
      }
    }
  } finally {
    if (!cy.destroyed()) cy.endBatch();
  }
  const timings: LayoutTimings = {
    prepareMs: t1 - t0,
    computeMs: t2 - t1,
    applyMs: performance.now() - t2,
  };
  return { timings, bounds };
}
