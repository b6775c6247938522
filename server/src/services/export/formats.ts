// The server's side of the exports: a lineage answer written by the shared writers
// (common/export, which the explorer's downloads use too), and the URL that serves it.
import {
  exportDrawing,
  type ExportedFile,
  type ExportFormatName,
} from '../../../../common/export/formats.js';
import type { SubgraphRecord } from '../../domain/model.js';
import type { Direction } from '../directions.js';
import { toDrawnSubgraph } from './drawn.js';

export {
  EXPORT_FORMATS,
  exportFileName,
  isExportFormat,
  type ExportedFile,
  type ExportFormatName,
} from '../../../../common/export/formats.js';

/** The file for one format; `baseName` (usually the entity id) names it. */
export function exportSubgraph(
  sg: SubgraphRecord,
  format: ExportFormatName,
  baseName: string,
): ExportedFile {
  return exportDrawing(toDrawnSubgraph(sg), format, baseName);
}

/** The relative URL at which the HTTP API serves the same export (see http/export-routes.ts). */
export function exportUrl(
  format: ExportFormatName,
  args: { id: string; direction: Direction; maxDepth: number },
): string {
  const query = new URLSearchParams({
    id: args.id,
    direction: args.direction,
    maxDepth: String(args.maxDepth),
  });
  return `/export/${format}?${query.toString()}`;
}
