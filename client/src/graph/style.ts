// Shape and colour by kind, line style by relation type. The legend reads these tables,
// so the picture and its legend cannot disagree.
import type { CytoscapeOptions, StylesheetJson } from 'cytoscape';
import type { Kind, Relation } from '../state/view-state';

/** Node label size in model pixels; layouts fit the view so it is drawn at least this large. */
export const LABEL_FONT_PX = 13;
/** The smallest label size drawn on screen (level of detail, see the node style). */
export const MIN_LABEL_PX = 11;
/** Labels wrap at this width (model pixels), so ELK's layers stay narrow. */
export const LABEL_WIDTH = 116;

export const KIND_STYLE: Record<Kind, { color: string; shape: string }> = {
  INSTRUMENT: { color: '#6a3d9a', shape: 'hexagon' },
  SESSION: { color: '#b15928', shape: 'diamond' },
  MANDATE: { color: '#1f78b4', shape: 'round-rectangle' },
  BODY: { color: '#33a02c', shape: 'ellipse' },
  MEETING: { color: '#e6850e', shape: 'round-triangle' },
  DOCUMENT: { color: '#5f6b7a', shape: 'rectangle' },
};

export const REL_STYLE: Record<Relation, { line: 'solid' | 'dashed' | 'dotted'; width: number }> = {
  CREATES: { line: 'solid', width: 3.5 },
  GOVERNS: { line: 'dashed', width: 2.5 },
  ADOPTED_AT: { line: 'dotted', width: 2 },
  CONCERNS: { line: 'dotted', width: 2 },
  HOLDS: { line: 'solid', width: 1.5 },
  PRODUCES: { line: 'solid', width: 1.5 },
  SUBMITTED_TO: { line: 'dashed', width: 1.5 },
  SUPPLEMENTS: { line: 'dotted', width: 2 },
  SESSION_OF: { line: 'dotted', width: 1 },
  REFERENCES: { line: 'dotted', width: 1 },
  CITES: { line: 'dashed', width: 1 },
};

/** Rings of a body's status in an "as of" view (graph and legend). */
export const STATUS_RING = { interim: '#b35c00', constant: '#1b5e20' } as const;

export function stylesheet(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        'font-size': LABEL_FONT_PX,
        // Level of detail: a label that would be drawn under MIN_LABEL_PX is not drawn at all
        // (zoom in to read it). Views up to 40 entities are laid out so that never happens;
        // on a large, zoomed-out graph these labels would also be most of the canvas
        // renderer's work per frame (bench/client: 1,000 nodes pan at 11 fps with them, 45
        // without).
        'min-zoomed-font-size': MIN_LABEL_PX,
        'text-wrap': 'wrap',
        'text-max-width': `${String(LABEL_WIDTH)}px`,
        'text-valign': 'bottom',
        'text-margin-y': 4,
        // Links pass behind labels, not through them.
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.85,
        'text-background-padding': '1px',
        width: 24,
        height: 24,
        color: '#1d2733',
        'border-width': 1,
        'border-color': '#ffffff',
      },
    },
    ...Object.entries(KIND_STYLE).map(([kind, s]) => ({
      selector: `node.kind-${kind.toLowerCase()}`,
      style: { 'background-color': s.color, shape: s.shape as 'ellipse' },
    })),
    {
      selector: 'node[?planned]',
      style: {
        'background-opacity': 0.45,
        'border-style': 'dashed',
        'border-color': '#e6850e',
        'border-width': 2,
      },
    },
    // In an "as of" view, a body's status on that date as a ring outside its border (the
    // border already says planned, proposed, capped or focused): interim dashed, constant
    // element solid. The legend names both.
    {
      selector: 'node.status-interim',
      style: {
        'outline-width': 3,
        'outline-offset': 2,
        'outline-style': 'dashed',
        'outline-color': STATUS_RING.interim,
      },
    },
    {
      selector: 'node.status-constant',
      style: {
        'outline-width': 3,
        'outline-offset': 2,
        'outline-style': 'solid',
        'outline-color': STATUS_RING.constant,
      },
    },
    // Under review: a document named it, nobody has vouched for it yet (npm run review).
    {
      selector: 'node.proposed',
      style: { 'border-style': 'dashed', 'border-color': '#7a3db8', 'border-width': 3 },
    },
    // On the edge of a capped view, with hidden neighbours (cap.ts); its label ends in "+N".
    {
      selector: 'node.frontier',
      style: { 'border-width': 3, 'border-style': 'double', 'border-color': '#1d2733' },
    },
    {
      selector: 'node.focus',
      style: {
        'border-width': 4,
        'border-color': '#111111',
        width: 32,
        height: 32,
        'font-weight': 'bold',
        // The entity the view is about is always labelled, whatever the zoom.
        'min-zoomed-font-size': 0,
      },
    },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#d62728' } },
    // The node under the keyboard (keyboard.ts): the page's focus colour, as a halo.
    {
      selector: 'node.keyboard-focus',
      style: {
        'overlay-color': '#f2a900',
        'overlay-opacity': 0.45,
        'overlay-padding': 7,
        'overlay-shape': 'ellipse',
      },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': 'bezier',
        width: 2,
        'line-color': '#8a99aa',
        'target-arrow-color': '#8a99aa',
        'source-arrow-color': '#8a99aa',
        'target-arrow-shape': 'triangle',
        'arrow-scale': 0.9,
        // Link labels are drawn only for the link under the pointer, the selected one and the
        // step the why panel points at: drawn on every link they crossed node labels in most
        // views. The legend says what each line style means.
        label: '',
        'font-size': LABEL_FONT_PX - 1,
        color: '#33414f',
        'text-rotation': 'autorotate',
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.95,
        'text-background-padding': '2px',
      },
    },
    {
      selector: 'edge.hover, edge:selected, edge.highlight',
      style: { label: 'data(label)', 'z-index': 20 },
    },
    ...Object.entries(REL_STYLE).map(([rel, s]) => ({
      selector: `edge.rel-${rel.toLowerCase()}`,
      style: { 'line-style': s.line, width: s.width },
    })),
    // Drawn cause → effect; the arrow head goes where the relation points.
    {
      selector: 'edge.reversed',
      style: { 'target-arrow-shape': 'none', 'source-arrow-shape': 'triangle' },
    },
    {
      selector: 'edge.uncited',
      style: {
        'line-color': '#c3ccd6',
        'target-arrow-color': '#c3ccd6',
        'source-arrow-color': '#c3ccd6',
      },
    },
    {
      selector: 'edge.highlight',
      style: {
        'line-color': '#d62728',
        'target-arrow-color': '#d62728',
        'source-arrow-color': '#d62728',
        width: 5,
        'z-index': 10,
      },
    },
    {
      selector: 'edge:selected',
      style: {
        'line-color': '#d62728',
        'target-arrow-color': '#d62728',
        'source-arrow-color': '#d62728',
      },
    },
    // Added but not laid out yet (reconcile.ts): not drawn until placed. Nodes stay measurable
    // (ELK needs their boxes); edges are left out entirely, so the renderer does not compute
    // their curves twice, piled up at the origin and then in place.
    { selector: 'node.placing', style: { visibility: 'hidden' } },
    { selector: 'edge.placing', style: { display: 'none' } },
  ];
}

/**
 * The explorer's cytoscape instance, in the container: its style and zoom range, drawn by the
 * canvas renderer or, with `webgl`, by cytoscape's WebGL mode of it.
 */
export function viewOptions(container: HTMLElement, webgl = false): CytoscapeOptions {
  return { container, style: stylesheet(), minZoom: 0.1, maxZoom: 4, webgl };
}
