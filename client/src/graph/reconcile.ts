// Brings a cytoscape graph to a list of elements without rebuilding it, so nodes already on
// screen keep their place. Shared by GraphView and the benchmark page (bench/client), so the
// benchmark measures what the explorer does.
import type { Collection, Core, ElementDefinition } from 'cytoscape';
import { SLICE_MS, SMALL_GRAPH, yieldToBrowser } from './slices';

/** Class of elements added but not yet laid out: hidden (see style.ts) until `reveal`. */
export const PLACING = 'placing';

/** Elements added per cy.add call; the clock is checked between calls. */
const CHUNK = 100;

const classesOf = (e: ElementDefinition): string =>
  Array.isArray(e.classes) ? e.classes.join(' ') : (e.classes ?? '');

/**
 * Removes what is not in `elements`, updates data and classes of what stays, and adds the
 * rest, hidden: drawn before the layout they would pile up at the origin, and that first frame
 * of a large graph is a long main-thread task spent on a picture nobody should see. A large
 * graph is added in slices, with cytoscape's render loop paused meanwhile (a batch).
 * Resolves to the added elements, or null when the view moved on meanwhile.
 */
export async function reconcile(
  cy: Core,
  elements: readonly ElementDefinition[],
  isCurrent: () => boolean = () => true,
): Promise<Collection | null> {
  const wanted = new Set(elements.map((e) => String(e.data.id)));
  cy.elements()
    .filter((e) => !wanted.has(e.id()))
    .remove();
  const nodes: ElementDefinition[] = [];
  const edges: ElementDefinition[] = [];
  for (const e of elements) {
    const existing = cy.getElementById(String(e.data.id));
    if (existing.empty()) {
      (e.group === 'edges' ? edges : nodes).push({
        ...e,
        classes: `${classesOf(e)} ${PLACING}`.trim(),
      });
      continue;
    }
    const placing = existing.hasClass(PLACING);
    existing.data(e.data);
    existing.classes(placing ? `${classesOf(e)} ${PLACING}` : classesOf(e));
  }
  // Nodes before edges: an edge needs its ends in the graph.
  const fresh = [...nodes, ...edges];
  let added = cy.collection();
  cy.startBatch();
  try {
    let slice = performance.now();
    for (let i = 0; i < fresh.length; i += CHUNK) {
      added = added.union(cy.add(fresh.slice(i, i + CHUNK)));
      if (nodes.length > SMALL_GRAPH && performance.now() - slice > SLICE_MS) {
        await yieldToBrowser();
        if (!isCurrent() || cy.destroyed()) return null;
        slice = performance.now();
      }
    }
  } finally {
    if (!cy.destroyed()) cy.endBatch();
  }
  return added;
}

/** Shows the elements `reconcile` added, once they are placed. */
export function reveal(cy: Core): void {
  cy.elements(`.${PLACING}`).removeClass(PLACING);
}

/** Hides everything on screen until the next `reveal`: a new view replaces the old in one step. */
export function hideAll(cy: Core): void {
  cy.elements().addClass(PLACING);
}
