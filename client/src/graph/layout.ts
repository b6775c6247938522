// Layouts: ELK's layered algorithm (in a worker, see elk-worker-layout.ts) reads left to right
// as a genealogy; the timeline places nodes by year with one lane per kind. Both are computed,
// never hand-placed.
import type { Core, LayoutOptions, NodeCollection, NodeSingular, Position } from 'cytoscape';
import { elkLayout, type ElkLayoutOptions } from './elk-worker-layout';
import { KINDS, type Kind } from '../state/view-state';

const YEAR_WIDTH = 90;
const LANE_HEIGHT = 110;

/** Positions for the timeline: x by year (undated nodes in a column on the left), y by kind. */
export function timelinePositions(
  nodes: readonly { id: string; kind: string; year: number | null }[],
): Map<string, Position> {
  const years = nodes.map((n) => n.year).filter((y): y is number => y !== null);
  const min = years.length ? Math.min(...years) : 0;
  const perCell = new Map<string, number>();
  const out = new Map<string, Position>();
  for (const n of nodes) {
    const lane = Math.max(0, KINDS.indexOf(n.kind as Kind));
    const col = n.year === null ? -1 : n.year - min;
    const key = `${lane}:${col}`;
    const k = perCell.get(key) ?? 0;
    perCell.set(key, k + 1);
    // Several nodes in one cell stack slightly so none hides another.
    out.set(n.id, { x: col * YEAR_WIDTH + (k % 2) * 28, y: lane * LANE_HEIGHT + k * 26 });
  }
  return out;
}

/** Runs a cytoscape layout (the timeline's preset) and resolves when the nodes are placed. */
export function runLayout(cy: Core, options: LayoutOptions): Promise<void> {
  return new Promise((resolve) => {
    const layout = cy.layout(options);
    layout.one('layoutstop', () => {
      resolve();
    });
    layout.run();
  });
}

/** The whole graph, laid out by ELK and fitted to the view. */
export function fullLayout(
  cy: Core,
  isCurrent?: () => boolean,
  extra?: Pick<ElkLayoutOptions, 'engine' | 'onTimings' | 'signal' | 'animate'>,
): Promise<void> {
  return elkLayout(cy, cy.elements(), { fit: true, isCurrent, ...extra });
}

/**
 * Places nodes new to the graph next to an anchor that was already on screen, without
 * moving anything else: ELK lays out the anchor with its new neighbours, and the result is
 * shifted so the anchor stays where the reader saw it.
 */
export async function placeIncrementally(
  cy: Core,
  added: NodeCollection,
  isCurrent: () => boolean = () => true,
): Promise<void> {
  if (added.empty()) return;
  const anchorId = added
    .neighborhood()
    .nodes()
    .map((n) => n.id())
    .find((id) => added.getElementById(id).empty());
  if (anchorId === undefined) {
    await fullLayout(cy, isCurrent);
    return;
  }
  const anchor = cy.getElementById(anchorId) as NodeSingular;
  const before = { ...anchor.position() };
  const group = added.union(anchor);
  await elkLayout(cy, group.union(group.edgesWith(group)), { fit: false, isCurrent });
  if (!isCurrent()) return;
  const after = anchor.position();
  const dx = before.x - after.x;
  const dy = before.y - after.y;
  added.positions((n) => ({ x: n.position('x') + dx, y: n.position('y') + dy }));
  anchor.position(before);
}
