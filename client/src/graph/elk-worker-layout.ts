// ELK (elkjs, the maintained port of the Eclipse Layout Kernel) computing the layered layout
// in a Web Worker (layout-engine.ts), so a large lineage never freezes the page; cytoscape
// then places the nodes where ELK says. Same algorithm and options cytoscape-elk would use.
// The main thread's share (measuring nodes, moving them) is done in slices.
import type { BoundingBox12, Collection, Core, NodeSingular, Position } from 'cytoscape';
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import { KINDS, type Kind } from '../state/view-state';
import { dagreEngine } from './dagre-engine';
import { workerEngine, type LayoutEngine } from './layout-engine';
import { SLICE_MS, SMALL_GRAPH, untilAborted, yieldToBrowser } from './slices';

/** Which way ELK's layers run: left to right (the default) or top to bottom. */
export type Orientation = 'RIGHT' | 'DOWN';

export const LAYERED = {
  'elk.algorithm': 'layered',
  // Link labels are drawn on demand only (style.ts), so layers need no room for them.
  'elk.layered.spacing.nodeNodeBetweenLayers': '26',
  'elk.spacing.nodeNode': '14',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.layered.nodePlacement.bk.fixedAlignment': 'BALANCED',
  // Nodes come to ELK in reading order (kind, year, number: see byReadingOrder), and ELK keeps
  // that order within a layer where crossings allow: sessions oldest first, meetings in their
  // order. The same input always gives the same picture.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
};

/** Portrait views up to this size are laid out both ways, and drawn the way labels come out larger. */
export const ORIENTATION_CHOICE_MAX = 150;
/** A fitted view never zooms in past this: a two-node view should not fill the screen. */
export const MAX_FIT_ZOOM = 1.25;
/** Room left around a fitted view, in screen pixels. */
export const FIT_PADDING = 16;

/** Kinds whose nodes keep their reading order within a layer (see elkGraphOf). */
const IN_ORDER = new Set<string>(['SESSION', 'MEETING'] satisfies Kind[]);
const RANK = new Map<string, number>(KINDS.map((k: Kind, i) => [k, i]));
const naturally = new Intl.Collator('en', { numeric: true });

/** Kind (instrument → … → document), then year, then id with numbers compared as numbers. */
function byReadingOrder(
  a: { kind: string; year: number | null; id: string },
  b: { kind: string; year: number | null; id: string },
): number {
  return (
    (RANK.get(a.kind) ?? KINDS.length) - (RANK.get(b.kind) ?? KINDS.length) ||
    (a.year ?? Infinity) - (b.year ?? Infinity) ||
    naturally.compare(a.id, b.id)
  );
}
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
  /** Nodes glide to their new places (a change of view, not a first picture). */
  animate?: boolean;
  /** Lay out this way only; unset: the way that draws labels larger (see computeWithElk). */
  orientation?: Orientation;
}

/** ELK's input, and where each node's centre is in its box (the label hangs below the node). */
export interface Measured {
  graph: ElkNode;
  offsets: Map<string, Position>;
  /** The sessions, and each body's meetings, in reading order (see LayoutEngine's `order`). */
  order: string[][];
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
  orientation: Orientation = 'RIGHT',
): Promise<Measured | null> {
  const nodes = eles.nodes();
  const edges = eles.edges();
  const children: {
    id: string;
    width: number;
    height: number;
    kind: string;
    year: number | null;
  }[] = [];
  const offsets = new Map<string, Position>();
  const sliced = nodes.length > SMALL_GRAPH;
  let slice = performance.now();
  /** False when the work should stop: the view moved on. */
  const pause = async (): Promise<boolean> => {
    if (!sliced || performance.now() - slice < SLICE_MS) return true;
    await yieldToBrowser();
    slice = performance.now();
    return isCurrent() && !cy.destroyed();
  };
  cy.startBatch();
  try {
    for (const n of nodes) {
      const box = n.boundingBox({ includeLabels: true });
      const at = n.position();
      children.push({
        id: n.id(),
        width: Math.max(box.w, 1),
        height: Math.max(box.h, 1),
        kind: String(n.data('kind')),
        year: (n.data('year') as number | null | undefined) ?? null,
      });
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
  children.sort(byReadingOrder);
  // The runs whose order a reader expects: the sessions (oldest first), and each body's meetings
  // (meeting/<body>/<n>). Reports, mandates and bodies go where the fewest crossings put them.
  const runs = new Map<string, string[]>();
  for (const c of children) {
    if (!IN_ORDER.has(c.kind)) continue;
    const key = c.kind === 'MEETING' ? c.id.slice(0, c.id.lastIndexOf('/')) : c.kind;
    const run = runs.get(key);
    if (run) run.push(c.id);
    else runs.set(key, [c.id]);
  }
  const options = { ...LAYERED, 'elk.direction': orientation };
  const graph: ElkNode = {
    id: 'root',
    layoutOptions:
      nodes.length > LARGE_LAYOUT ? { ...options, 'elk.layered.thoroughness': '1' } : options,
    children: children.map(({ id, width, height }) => ({ id, width, height })),
    edges: edges
      .map((e) => ({ id: e.id(), sources: [e.source().id()], targets: [e.target().id()] }))
      .filter((e) => e.sources.every((s) => ids.has(s)) && e.targets.every((t) => ids.has(t)))
      .sort((a, b) => naturally.compare(a.id, b.id)),
  };
  // By id, numbers as numbers: session/2 before session/10.
  const order = [...runs.values()].map((run) => run.sort(naturally.compare));
  return { graph, offsets, order };
}

/**
 * Lays out `eles` (nodes and the edges among them) with ELK and moves the nodes there.
 * Positions are ELK's top-left corners turned into cytoscape's centres. A full layout (`fit`)
 * keeps cytoscape's render loop paused (a batch) until its nodes are placed: they are hidden
 * until then anyway, and every frame drawn meanwhile would be main-thread work for nothing.
 * With `animate`, nodes already on screen glide to their new places and the view follows.
 */
export async function elkLayout(cy: Core, eles: Collection, opts: ElkLayoutOptions): Promise<void> {
  const { fit, isCurrent = () => true, onTimings } = opts;
  const t0 = performance.now();
  const placed = await computeWithElk(cy, eles, opts);
  if (!placed || !isCurrent() || cy.destroyed()) return;
  const t1 = performance.now();
  const viewport = fit && Number.isFinite(placed.bounds.x1) ? fitViewport(cy, placed.bounds) : null;
  if (opts.animate) {
    await animateTo(cy, eles, placed.positions, viewport);
  } else {
    if (fit) cy.startBatch();
    try {
      const sliced = fit && eles.nodes().length > SMALL_GRAPH;
      if (!(await moveNodes(cy, eles, placed.positions, sliced, isCurrent))) return;
    } finally {
      if (fit && !cy.destroyed()) cy.endBatch();
    }
    // The boxes ELK placed are the nodes' bounds, labels included: fitting to them spares
    // cytoscape measuring the whole graph again (a long task on a large one).
    if (viewport) cy.viewport(viewport);
  }
  onTimings?.({
    prepareMs: placed.prepareMs,
    computeMs: placed.computeMs - placed.prepareMs,
    applyMs: performance.now() - t1 + (t1 - t0 - placed.computeMs),
  });
}

/** The zoom and pan that fit `b` in the view, as cy.fit would, never zooming past MAX_FIT_ZOOM. */
export function fitViewport(cy: Core, b: BoundingBox12, padding = FIT_PADDING) {
  const zoom = Math.min(
    MAX_FIT_ZOOM,
    cy.maxZoom(),
    Math.max(cy.minZoom(), fittedZoom(cy, b, padding)),
  );
  const pan = {
    x: (cy.width() - zoom * (b.x1 + b.x2)) / 2,
    y: (cy.height() - zoom * (b.y1 + b.y2)) / 2,
  };
  return { zoom, pan };
}

function fittedZoom(cy: Core, b: BoundingBox12, padding = FIT_PADDING): number {
  const w = Math.max(b.x2 - b.x1, 1);
  const h = Math.max(b.y2 - b.y1, 1);
  return Math.min((cy.width() - 2 * padding) / w, (cy.height() - 2 * padding) / h);
}

interface Placed {
  positions: Map<string, Position>;
  bounds: BoundingBox12;
  orientation: Orientation;
  /** ms spent measuring, and measuring plus computing. */
  prepareMs: number;
  computeMs: number;
}

/** ELK's top-left corners turned into cytoscape's centres, and the bounds of the boxes. */
function positionsOf(placed: ElkNode, offsets: Map<string, Position>) {
  const bounds = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  const positions = new Map<string, Position>();
  for (const c of placed.children ?? []) {
    const x = c.x ?? 0;
    const y = c.y ?? 0;
    const off = offsets.get(c.id) ?? { x: (c.width ?? 0) / 2, y: (c.height ?? 0) / 2 };
    positions.set(c.id, { x: x + off.x, y: y + off.y });
    bounds.x1 = Math.min(bounds.x1, x);
    bounds.y1 = Math.min(bounds.y1, y);
    bounds.x2 = Math.max(bounds.x2, x + (c.width ?? 0));
    bounds.y2 = Math.max(bounds.y2, y + (c.height ?? 0));
  }
  return { positions, bounds };
}

/**
 * Measures and computes; null when the view moved on. On a portrait canvas (a phone), a fitted
 * view of up to ORIENTATION_CHOICE_MAX nodes is laid out both ways and the one whose fitted
 * zoom is larger wins, so the labels come out as large as they can; a landscape canvas is laid
 * out left to right only (one layout, not two, before the first picture).
 */
async function computeWithElk(
  cy: Core,
  eles: Collection,
  opts: ElkLayoutOptions,
): Promise<Placed | null> {
  const { fit, isCurrent = () => true } = opts;
  const engine = opts.engine ?? (eles.nodes().length <= SMALL_GRAPH ? dagreEngine : workerEngine());
  const t0 = performance.now();
  const measured = await elkGraphOf(cy, eles, isCurrent, opts.orientation ?? 'RIGHT');
  if (!measured) return null;
  const t1 = performance.now();
  // Landscape canvases read left to right; a portrait one (a phone) may do better top to bottom.
  const choose =
    fit &&
    !opts.orientation &&
    cy.height() > cy.width() &&
    eles.nodes().length <= ORIENTATION_CHOICE_MAX;
  const graphs: [Orientation, ElkNode][] = [['RIGHT', measured.graph]];
  if (choose) {
    graphs.push([
      'DOWN',
      {
        ...measured.graph,
        layoutOptions: { ...measured.graph.layoutOptions, 'elk.direction': 'DOWN' },
      },
    ]);
  }
  const results = await untilAborted(
    Promise.all(graphs.map(([, g]) => engine.layout(g, measured.order))),
    opts.signal,
  );
  // The view may have changed while the worker computed: a stale layout is dropped.
  if (!results || !isCurrent() || cy.destroyed()) return null;
  let best: Placed | null = null;
  let bestZoom = -Infinity;
  results.forEach((result, i) => {
    const { positions, bounds } = positionsOf(result, measured.offsets);
    const zoom = fittedZoom(cy, bounds);
    // Left to right unless top to bottom draws labels clearly (10 %) larger.
    if (best === null || zoom > bestZoom * 1.1) {
      best = {
        positions,
        bounds,
        orientation: graphs[i]?.[0] ?? 'RIGHT',
        prepareMs: t1 - t0,
        computeMs: performance.now() - t0,
      };
      bestZoom = zoom;
    }
  });
  return best;
}

/**
 * Moves nodes to their places. A full layout moves them in slices (nothing is drawn half-moved:
 * the caller's batch); an incremental one moves a few nodes at once, since its caller then puts
 * the anchor back, which must not be interrupted. False when the view moved on meanwhile.
 */
async function moveNodes(
  cy: Core,
  eles: Collection,
  positions: Map<string, Position>,
  sliced: boolean,
  isCurrent: () => boolean,
): Promise<boolean> {
  let slice = performance.now();
  for (const n of eles.nodes()) {
    const p = positions.get(n.id());
    if (p) n.position(p);
    if (sliced && performance.now() - slice > SLICE_MS) {
      await yieldToBrowser();
      if (!isCurrent() || cy.destroyed()) return false;
      slice = performance.now();
    }
  }
  return true;
}

/** How long nodes take to glide to a new layout. */
export const ANIMATION_MS = 300;

/** Nodes glide from where they are to `positions` and the view to `viewport`, together. */
function animateTo(
  cy: Core,
  eles: Collection,
  positions: Map<string, Position>,
  viewport: { zoom: number; pan: Position } | null,
): Promise<void> {
  return new Promise((resolve) => {
    const layout = eles.layout({
      name: 'preset',
      positions: (n: string | NodeSingular) => {
        const node = typeof n === 'string' ? cy.getElementById(n) : n;
        return positions.get(node.id()) ?? node.position();
      },
      fit: false,
      animate: true,
      animationDuration: ANIMATION_MS,
      animationEasing: 'ease-in-out-cubic',
    });
    layout.one('layoutstop', () => {
      resolve();
    });
    layout.run();
    if (viewport)
      cy.animate({ ...viewport }, { duration: ANIMATION_MS, easing: 'ease-in-out-cubic' });
  });
}
