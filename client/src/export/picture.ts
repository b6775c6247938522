// Pictures of the drawing as it is on screen: the whole graph, not just the viewport.
import cytoscape from 'cytoscape';
import type { Core } from 'cytoscape';
import svg from 'cytoscape-svg';

// Registering twice makes cytoscape warn (Vite's hot reload re-runs this module), so ask first.
if (cytoscape('core', 'svg') === undefined) cytoscape.use(svg);

const WHITE = '#ffffff';
// Browsers give up on larger canvases and return an empty image (iOS Safari's limit is
// 4096 × 4096 pixels in all; desktop browsers' is 32767 on a side).
const MAX_PIXELS = 4096 * 4096;
const MAX_SIDE = 32767;

/** Twice the on-screen size, for slides and print, unless the browser's canvas can't hold it. */
function pngScale(cy: Core): number {
  const { w, h } = cy.elements().boundingBox();
  if (!(w > 0 && h > 0)) return 2;
  // cytoscape multiplies the scale by the screen's pixel ratio (2 on most laptops).
  const ratio = window.devicePixelRatio || 1;
  return Math.min(2, Math.sqrt(MAX_PIXELS / (w * h)) / ratio, MAX_SIDE / Math.max(w, h) / ratio);
}

export function exportPng(cy: Core): Promise<Blob> {
  return cy.png({ output: 'blob-promise', full: true, scale: pngScale(cy), bg: WHITE });
}

export function exportSvg(cy: Core): string {
  return cy.svg({ full: true, scale: 1, bg: WHITE });
}
