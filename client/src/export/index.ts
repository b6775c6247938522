// Export of the current view: pictures of the drawing, and data for Gephi, Cytoscape,
// spreadsheets and linked-data tools written by the same writers as the server's /export.
import { exportFileName } from '@common/export/file-name';
import type { Core } from 'cytoscape';
import type { Subgraph } from '../graph/subgraph';
import type { Lang } from '../state/view-state';
import { downloadBlob, downloadText } from './download';
import { exportPng, exportSvg } from './picture';

export { downloadBlob, downloadText } from './download';
export { exportPng, exportSvg } from './picture';

export const EXPORT_FORMATS = [
  'png',
  'svg',
  'cyjs',
  'graphml',
  'gexf',
  'csv-nodes',
  'csv-edges',
  'jsonld',
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Builds the file for `format` and hands it to the browser as a download. */
export async function exportView(
  format: ExportFormat,
  cy: Core,
  graph: Subgraph,
  lang: Lang,
  baseName: string,
): Promise<void> {
  switch (format) {
    case 'png':
      downloadBlob(exportFileName(baseName, 'png'), await exportPng(cy));
      return;
    case 'svg':
      downloadText(exportFileName(baseName, 'svg'), exportSvg(cy), 'image/svg+xml');
      return;
    default: {
      // The writers (graphology, xmlbuilder2, papaparse) load on the first data download,
      // not with the page.
      const { dataFile } = await import('./data-file');
      const file = dataFile(format, cy, graph, lang, baseName);
      downloadText(file.fileName, file.content, file.mimeType);
    }
  }
}
