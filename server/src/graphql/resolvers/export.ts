// exportLineage: the lineage as lineage returns it, written as a file by the export service.
import type { ExportFormat, Resolvers } from '../generated/resolvers.js';
import { exportSubgraph, exportUrl, type ExportFormatName } from '../../services/export/formats.js';

// A Record over the enum, so a value added to the schema without a name here fails to compile.
const FORMAT_NAMES: Record<ExportFormat, ExportFormatName> = {
  GRAPHML: 'graphml',
  GEXF: 'gexf',
  CYJS: 'cyjs',
  CSV_NODES: 'csv-nodes',
  CSV_EDGES: 'csv-edges',
  JSONLD: 'jsonld',
};

export const exportResolvers: Resolvers = {
  Query: {
    exportLineage: async (_, { id, direction, maxDepth, format }, ctx) => {
      const sg = await ctx.graph.lineage(id, direction, maxDepth);
      const name = FORMAT_NAMES[format];
      return { ...exportSubgraph(sg, name, id), url: exportUrl(name, { id, direction, maxDepth }) };
    },
  },
};
