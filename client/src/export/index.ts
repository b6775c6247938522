// Export of the current view: pictures of the drawing, data for Gephi, Cytoscape, spreadsheets.
import type { Core } from 'cytoscape';
import type { Subgraph } from '../graph/subgraph';
import type { Lang } from '../state/view-state';
import { downloadBlob, downloadText } from './download';
import { exportFileName, toCsv, toCyjs, toGraphML } from './formats';
import { exportPng, exportSvg } from './picture';

export { downloadBlob, downloadText } from './download';
export {
  exportFileName,
  isCyJson,
  LIST_SEPARATOR,
  toCsv,
  toCyjs,
  toGraphML,
  type CyJson,
} from './formats';
export { exportPng, exportSvg } from './picture';

export const EXPORT_FORMATS = ['png', 'svg', 'cyjs', 'graphml', 'csv-nodes', 'csv-edges'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

// Excel reads a CSV without a byte order mark as the local code page and garbles Cyrillic.
const BOM = '\uFEFF';
const CSV = 'text/csv;charset=utf-8';

/**
 * The part of `graph` that is drawn, so data files hold what the picture shows (the
 * filters hide kinds and relations from the drawing, not from the subgraph). When nothing
 * is drawn (no elements, or the drawing was destroyed) the whole subgraph is exported.
 */
export function drawnSubgraph(graph: Subgraph, cy: Core): Subgraph {
  if (cy.destroyed() || cy.elements().empty()) return graph;
  const drawn = (id: string) => cy.getElementById(id).nonempty();
  return {
    nodes: graph.nodes.filter((n) => drawn(n.id)),
    edges: graph.edges.filter((e) => drawn(e.id)),
  };
}

/** Builds the file for `format` and hands it to the browser as a download. */
export async function exportView(
  format: ExportFormat,
  cy: Core,
  graph: Subgraph,
  lang: Lang,
  baseName: string,
): Promise<void> {
  const data = () => drawnSubgraph(graph, cy);
  switch (format) {
    case 'png':
      downloadBlob(exportFileName(baseName, 'png'), await exportPng(cy));
      return;
    case 'svg':
      downloadText(exportFileName(baseName, 'svg'), exportSvg(cy), 'image/svg+xml');
      return;
    case 'cyjs':
      downloadText(
        exportFileName(baseName, 'cyjs'),
        toCyjs(cy.json(), `Mandate Lineage: ${baseName}`),
        'application/json',
      );
      return;
    case 'graphml':
      downloadText(exportFileName(baseName, 'graphml'), toGraphML(data(), lang), 'application/xml');
      return;
    case 'csv-nodes':
      downloadText(
        exportFileName(`${baseName}-nodes`, 'csv'),
        BOM + toCsv(data(), lang).nodes,
        CSV,
      );
      return;
    case 'csv-edges':
      downloadText(
        exportFileName(`${baseName}-edges`, 'csv'),
        BOM + toCsv(data(), lang).edges,
        CSV,
      );
      return;
  }
}
