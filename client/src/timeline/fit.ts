// Sizing the timeline on screen: labels measured with the font cytoscape will draw them in,
// and a zoom at which they stay readable, the container growing in height to hold the lanes.
import type { Core } from 'cytoscape';
import { METRICS, type Timeline } from './positions';
import { LABEL_FONT_FAMILY } from './style';
import type { Measure } from './wrap';

const PADDING = 14;
/** Zoom at which a label is drawn 11 px high, the smallest we call readable. */
export const READABLE_ZOOM = 11 / METRICS.fontSize;
const MAX_ZOOM = 1.3;
const MIN_HEIGHT = 300;
const MAX_HEIGHT = 2400;
/** Below this width (a phone) the timeline keeps a readable zoom and pans sideways. */
const NARROW = 640;

let context: CanvasRenderingContext2D | null = null;

/** Label widths in px at zoom 1, a little generous: cytoscape adds its text background. */
export function labelMeasure(): Measure {
  context ??= document.createElement('canvas').getContext('2d');
  const ctx = context;
  if (!ctx) return (text) => text.length * METRICS.fontSize * 0.6;
  ctx.font = `${String(METRICS.fontSize)}px ${LABEL_FONT_FAMILY}`;
  return (text) => Math.ceil(ctx.measureText(text).width * 1.04) + 4;
}

/** Sets the container's height and the viewport so the whole timeline shows, readably. */
export function fitTimeline(el: HTMLElement, cy: Core, timeline: Timeline): void {
  const width = el.clientWidth;
  const across = (width - 2 * PADDING) / Math.max(1, timeline.width);
  let zoom = Math.min(MAX_ZOOM, across);
  if (zoom < READABLE_ZOOM && width < NARROW) zoom = READABLE_ZOOM;
  const height = Math.min(
    MAX_HEIGHT,
    Math.max(MIN_HEIGHT, Math.ceil(timeline.height * zoom + 2 * PADDING)),
  );
  el.style.height = `${String(height)}px`;
  cy.resize();
  zoom = Math.min(zoom, (height - 2 * PADDING) / timeline.height);
  const x = Math.max(PADDING, (width - timeline.width * zoom) / 2);
  cy.viewport({ zoom, pan: { x: width < NARROW ? PADDING : x, y: PADDING } });
}
