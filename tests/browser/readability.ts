// Readability of the drawn graph, measured the way a reader meets it: on screen, through
// `window.__cy`. Every label box is a rendered box (pixels in the canvas, after pan and zoom).
// Shared by the browser tests and the explorer benchmark, so both hold the picture to one rule.
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';

declare const window: Window & { __cy?: Core };

/** Smallest label a reader is asked to read, in CSS pixels (issue 11). */
export const MIN_LABEL_PX = 11;
/** Views with up to this many entities must draw every label at MIN_LABEL_PX or larger. */
export const FULL_LABELS_UP_TO = 40;
/** Boxes may touch by this much (anti-aliasing, sub-pixel rounding) without counting as overlap. */
const TOLERANCE_PX = 1;

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Readability {
  nodes: number;
  /** Canvas size in CSS pixels. */
  width: number;
  height: number;
  /** Smallest drawn label size of any node label, in CSS pixels. */
  minLabelPx: number;
  /** Pairs of node labels whose boxes overlap: "a × b". */
  labelOverlaps: string[];
  /** A node label over another node's shape: "label of a × node b". */
  labelOverNode: string[];
  /** A link label (shown ones only) over a node label or a node: "edge × node". */
  edgeLabelOverNode: string[];
  /** Labels (node or shown link labels) that reach past the canvas edge. */
  clipped: string[];
}

/** Measures the graph on the page now (call once it is ready). */
export async function measureReadability(page: Page): Promise<Readability> {
  // tsx (esbuild's keepNames) wraps the named helpers below in `__name(...)`, which the page
  // does not define; an identity stands in for it.
  await page.evaluate('globalThis.__name ??= (f) => f');
  return page.evaluate((tolerance) => {
    const cy = window.__cy;
    if (!cy) throw new Error('window.__cy is not set');
    type B = { x1: number; y1: number; x2: number; y2: number };
    const overlap = (a: B, b: B) =>
      Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1) > tolerance &&
      Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1) > tolerance;
    const width = cy.width();
    const height = cy.height();
    const inside = (b: B) =>
      b.x1 >= -tolerance &&
      b.y1 >= -tolerance &&
      b.x2 <= width + tolerance &&
      b.y2 <= height + tolerance;
    const zoom = cy.zoom();
    const nodes = cy.nodes().filter((n) => n.visible());
    const labelled = nodes.filter((n) => String(n.data('label') ?? '') !== '');
    const labels = labelled.map((n) => ({
      id: n.id(),
      box: n.renderedBoundingBox({ includeNodes: false, includeLabels: true, includeEdges: false }),
      body: n.renderedBoundingBox({
        includeNodes: true,
        includeLabels: false,
        includeEdges: false,
      }),
      px: parseFloat(String(n.style('font-size'))) * zoom,
    }));
    const bodies = nodes.map((n) => ({
      id: n.id(),
      box: n.renderedBoundingBox({ includeNodes: true, includeLabels: false, includeEdges: false }),
    }));
    const labelOverlaps: string[] = [];
    const labelOverNode: string[] = [];
    labels.forEach((a, i) => {
      labels.slice(i + 1).forEach((b) => {
        if (overlap(a.box, b.box)) labelOverlaps.push(`${a.id} × ${b.id}`);
      });
      for (const b of bodies) {
        if (b.id !== a.id && overlap(a.box, b.box))
          labelOverNode.push(`label of ${a.id} × node ${b.id}`);
      }
    });
    // A link label counts only when it is drawn: non-empty and not hidden by the style.
    const shownEdgeLabels = cy
      .edges()
      .filter(
        (e) =>
          e.visible() &&
          String(e.style('label') ?? '') !== '' &&
          Number(e.style('text-opacity')) > 0,
      )
      .map((e) => ({
        id: e.id(),
        box: e.renderedBoundingBox({
          includeNodes: false,
          includeEdges: false,
          includeLabels: true,
        }),
      }));
    const edgeLabelOverNode: string[] = [];
    for (const e of shownEdgeLabels) {
      for (const n of labels) {
        if (overlap(e.box, n.box) || overlap(e.box, n.body))
          edgeLabelOverNode.push(`${e.id} × ${n.id}`);
      }
    }
    const clipped = [
      ...labels.filter((l) => !inside(l.box)).map((l) => l.id),
      ...shownEdgeLabels.filter((l) => !inside(l.box)).map((l) => l.id),
    ];
    return {
      nodes: nodes.length,
      width,
      height,
      minLabelPx: labels.length ? Math.min(...labels.map((l) => l.px)) : Infinity,
      labelOverlaps,
      labelOverNode,
      edgeLabelOverNode,
      clipped,
    };
  }, TOLERANCE_PX);
}

/** What is wrong with a measured view, in words; empty when it reads well. */
export function readabilityProblems(r: Readability): string[] {
  const problems: string[] = [];
  if (r.labelOverlaps.length) problems.push(`labels overlap: ${r.labelOverlaps.join('; ')}`);
  if (r.labelOverNode.length) problems.push(`labels over nodes: ${r.labelOverNode.join('; ')}`);
  if (r.edgeLabelOverNode.length) {
    problems.push(`link labels over nodes: ${r.edgeLabelOverNode.join('; ')}`);
  }
  if (r.clipped.length) problems.push(`labels cut by the canvas edge: ${r.clipped.join('; ')}`);
  if (r.nodes <= FULL_LABELS_UP_TO && r.minLabelPx < MIN_LABEL_PX) {
    problems.push(`labels drawn at ${r.minLabelPx.toFixed(1)} px (< ${MIN_LABEL_PX} px)`);
  }
  return problems;
}
