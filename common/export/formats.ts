// The export formats by name: what each one is called on the wire, its file extension and
// media type, and the writer that makes it from a drawn subgraph. The server's /export and
// exportLineage and the explorer's download menu all go through exportDrawing.
import { toCsvEdges, toCsvNodes } from './csv.js';
import { toCyjs } from './cyjs.js';
import type { DrawnSubgraph, LangCode } from './drawn.js';
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

export interface ExportOptions {
  /** The language of the labels of nodes without a symbol; English unless given. */
  labelLang?: LangCode;
}

/** The file for one format; `baseName` (usually the entity id) names it. */
export function exportDrawing(
  drawn: DrawnSubgraph,
  format: ExportFormatName,
  baseName: string,
  options: ExportOptions = {},
): ExportedFile {
  const spec = SPECS[format];
  return {
    fileName: exportFileName(baseName, spec.ext),
    mimeType: spec.mimeType,
    content: spec.write(toGraph(drawn, options.labelLang), `Mandate lineage: ${baseName}`),
  };
}
