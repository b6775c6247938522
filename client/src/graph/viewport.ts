// The view after a change: new nodes brought into view, and the moment the picture is on screen.
import type { Core, NodeCollection } from 'cytoscape';
import { ANIMATION_MS, FIT_PADDING, fitViewport } from './elk-worker-layout';
import { yieldToBrowser } from './slices';

/**
 * Resolves once the browser has drawn the current state: a task queued from an animation-frame
 * callback runs after that frame's rendering (cytoscape draws in its own, earlier callback), so
 * this waits one frame, not two.
 */
export function painted(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      void yieldToBrowser().then(resolve);
    });
  });
}

/**
 * Glides the view to show everything when some of `added` is outside it; a view that already
 * shows them all stays put, so expanding a node does not move what the reader is looking at.
 */
export function bringIntoView(cy: Core, added: NodeCollection): Promise<void> {
  const ext = cy.extent();
  const outside = added.some((n) => {
    const b = n.boundingBox({ includeLabels: true });
    return b.x1 < ext.x1 || b.y1 < ext.y1 || b.x2 > ext.x2 || b.y2 > ext.y2;
  });
  if (!outside) return Promise.resolve();
  const target = fitViewport(cy, cy.nodes().boundingBox({ includeLabels: true }), FIT_PADDING);
  return new Promise((resolve) => {
    cy.animate(
      { ...target },
      {
        duration: ANIMATION_MS,
        complete: () => {
          resolve();
        },
      },
    );
  });
}
