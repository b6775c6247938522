// The `.cyjs` file Cytoscape desktop imports (File → Import → Network from File); Cytoscape.js
// loads its `elements` as they are.
import { flattenEdge, type LineageGraph } from './graph.js';

type Data = Record<string, string | number>;

// Cytoscape desktop infers a column's type from its values and null has none, so absent
// values are left out rather than written as null.
function present(record: Record<string, string | number | null>): Data {
  return Object.fromEntries(
    Object.entries(record).filter((entry): entry is [string, string | number] => entry[1] !== null),
  );
}

export function toCyjs(graph: LineageGraph, title: string): string {
  const nodes = graph.mapNodes((id, { position, ...a }) => ({
    // Cytoscape desktop labels nodes by their `name` column.
    data: { id, name: a.label, ...present(a) },
    // Where the explorer drew it: Cytoscape desktop and cytoscape.js put the node there.
    ...(position && { position }),
  }));
  const edges = graph.mapEdges((id, a, from, to) => {
    const { type, source, ...rest } = flattenEdge(a);
    return {
      // `source` and `target` are the ends in Cytoscape, and `interaction` is its name for an
      // edge's type, so the relation's own `source` (DOCUMENT, REFERENCE…) becomes `provenance`.
      data: {
        id,
        source: from,
        target: to,
        interaction: type,
        name: `${from} (${type}) ${to}`,
        provenance: source,
        ...present(rest),
      },
    };
  });
  const doc = {
    format_version: '1.0',
    generated_by: 'Mandate Lineage',
    target_cytoscapejs_version: '~3',
    data: { name: title, shared_name: title },
    elements: { nodes, edges },
  };
  return JSON.stringify(doc, null, 2);
}
