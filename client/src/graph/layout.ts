// Layouts: ELK's layered algorithm (in a worker, see elk-worker-layout.ts) reads left to right
// as a genealogy. (The timeline has its own positions: client/src/timeline/positions.ts.)
import type { Core, NodeCollection, NodeSingular } from 'cytoscape';
import { elkLayout, type ElkLayoutOptions } from './elk-worker-layout';

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
