// A data download: the drawn subgraph written by the writers behind the server's /export
// (common/export), so the file has the same columns and the same name as the server's answer.
import { exportDrawing, type ExportedFile, type ExportFormatName } from '@common/export/formats';
import type { Core } from 'cytoscape';
import type { Subgraph } from '../graph/subgraph';
import type { Lang } from '../state/view-state';
import { drawnSubgraph } from './drawn';

// Excel reads a CSV without a byte order mark as the local code page and garbles Cyrillic.
const BOM = '\uFEFF';

/**
 * The file for `format` from what `cy` draws of `graph` (all of `graph` without a drawing),
 * labelled in `lang`. The only differences from the server's file for the same subgraph: the
 * nodes' positions (x, y) in GraphML, GEXF and cyjs, and a byte order mark before a CSV.
 */
export function dataFile(
  format: ExportFormatName,
  cy: Core | null,
  graph: Subgraph,
  lang: Lang,
  baseName: string,
): ExportedFile {
  const file = exportDrawing(drawnSubgraph(graph, cy), format, baseName, { labelLang: lang });
  const csv = format === 'csv-nodes' || format === 'csv-edges';
  return csv ? { ...file, content: BOM + file.content } : file;
}
