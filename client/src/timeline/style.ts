// The timeline's cytoscape style: the graph's (shapes and colours by kind, so the legend
// holds) with the sizes the timeline reserves room for (positions.ts METRICS), labels on a
// white ground so links passing behind stay readable, and faint links that show their
// label only when selected or highlighted.
import type { StylesheetJson } from 'cytoscape';
import { stylesheet } from '../graph/style';
import { METRICS } from './positions';

/** The label font, also used to measure labels before they are drawn. */
export const LABEL_FONT_FAMILY = 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif';

export function timelineStyle(): StylesheetJson {
  const emphasised = {
    label: 'data(label)',
    opacity: 1,
    width: 3.5,
    'z-index': 10,
    'line-color': '#d62728',
    'target-arrow-color': '#d62728',
    'source-arrow-color': '#d62728',
  };
  return [
    ...stylesheet(),
    {
      selector: 'node',
      style: {
        'font-size': METRICS.fontSize,
        'font-family': LABEL_FONT_FAMILY,
        'line-height': METRICS.lineHeight / METRICS.fontSize,
        'text-max-width': `${String(METRICS.wrap)}px`,
        'text-margin-y': METRICS.labelGap,
        'text-background-color': '#ffffff',
        'text-background-opacity': 0.9,
        'text-background-padding': '1px',
        width: 22,
        height: 22,
      },
    },
    { selector: 'node.focus', style: { width: METRICS.node, height: METRICS.node } },
    {
      selector: 'edge',
      style: { label: '', opacity: 0.4, width: 1.5, 'arrow-scale': 0.7 },
    },
    { selector: 'edge.highlight', style: emphasised },
    { selector: 'edge:selected', style: emphasised },
    { selector: 'node.placing', style: { visibility: 'hidden' } },
    { selector: 'edge.placing', style: { display: 'none' } },
  ];
}
