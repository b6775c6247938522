// The explanation's marks on a drawn graph, shared by the graph and the timeline.
import type { Core } from 'cytoscape';

/** Highlights one edge (a step of the explanation) and selects another (its evidence is open). */
export function mark(cy: Core, selectedEdge: string | null, highlightedEdge: string | null): void {
  cy.edges().removeClass('highlight').unselect();
  if (highlightedEdge) cy.getElementById(highlightedEdge).addClass('highlight');
  if (selectedEdge) cy.getElementById(selectedEdge).select();
}
