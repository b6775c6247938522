// The export formats by name: what each one is called on the wire, its file extension and
// media type, and the writer that makes it from a lineage subgraph.
import type { SubgraphRecord } from '../../domain/model.js';
import type { Direction } from '../directions.js';
import { toCsvEdges, toCsvNodes } from './csv.js';
import { toCyjs } from './cyjs.js';
import { exportFileName } from './file-name.js';
import { toGexf } from './gexf.js';
import { toGraph, type LineageGraph } from './graph.js';
import { toGraphML } from './graphml.js';
import { toJsonLd } from './jsonld.js';

export { exportFileName };

export const EXPORT_FORMATS = [
  'graphml',
  'gexf',
  'cyjs',
  'csv-nodes',
  'csv-edges',
  'jsonld',
] as const;
export type ExportFormatName = (typeof EXPORT_FORMATS)[number];

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  content: string;
}

interface FormatSpec {
  ext: string;
  mimeType: string;
  write(graph: LineageGraph, title: string): string;
}

// The two CSV tables get different extensions so that downloading both keeps both.
const SPECS: Record<ExportFormatName, FormatSpec> = {
  graphml: { ext: 'graphml', mimeType: 'application/graphml+xml; charset=utf-8', write: toGraphML },
  gexf: { ext: 'gexf', mimeType: 'application/gexf+xml; charset=utf-8', write: toGexf },
  cyjs: { ext: 'cyjs', mimeType: 'application/json', write: toCyjs },
  'csv-nodes': { ext: 'nodes.csv', mimeType: 'text/csv; charset=utf-8', write: toCsvNodes },
  'csv-edges': { ext: 'edges.csv', mimeType: 'text/csv; charset=utf-8', write: toCsvEdges },
  jsonld: { ext: 'jsonld', mimeType: 'application/ld+json', write: toJsonLd },
};

export const isExportFormat = (s: string): s is ExportFormatName =>
  (EXPORT_FORMATS as readonly string[]).includes(s);

/** The file for one format; `baseName` (usually the entity id) names it. */
export function exportSubgraph(
  sg: SubgraphRecord,
  format: ExportFormatName,
  baseName: string,
): ExportedFile {
  const spec = SPECS[format];
  return {
    fileName: exportFileName(baseName, spec.ext),
    mimeType: spec.mimeType,
    content: spec.write(toGraph(sg), `Mandate lineage: ${baseName}`),
  };
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
