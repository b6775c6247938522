// GraphML for Gephi, Cytoscape desktop and yEd: one <key> per attribute, one <data> per value.
import { create } from 'xmlbuilder2';
import {
  EDGE_FIELDS,
  flattenEdge,
  hasPositions,
  INTEGER_FIELDS,
  NODE_FIELDS,
  type LineageGraph,
} from './graph.js';
import { xmlAttribute, xmlText } from './xml-text.js';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';

export function toGraphML(graph: LineageGraph, title: string): string {
  // A quote taken from a PDF may hold characters XML 1.0 forbids; one would spoil the file.
  const doc = create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '\uFFFD' });
  const root = doc.ele(GRAPHML_NS, 'graphml');
  // Key ids are prefixed because Gephi makes a column per key id and `type`, `source` could
  // clash with its own; readers name the attributes by `attr.name`.
  const declare = (domain: 'node' | 'edge', fields: readonly string[]) => {
    for (const name of fields) {
      const type = INTEGER_FIELDS.has(name) ? 'int' : 'string';
      root
        .ele('key')
        .att({ id: `${domain}_${name}`, for: domain, 'attr.name': name, 'attr.type': type });
    }
  };
  declare('node', NODE_FIELDS);
  declare('edge', EDGE_FIELDS);
  // Where the explorer drew the nodes, as `x` and `y`: the names Gephi's GraphML importer
  // places nodes by. Declared only for a drawing, so the server's columns are the rest.
  const positions = hasPositions(graph);
  if (positions) {
    for (const axis of ['x', 'y']) {
      root
        .ele('key')
        .att({ id: `node_${axis}`, for: 'node', 'attr.name': axis, 'attr.type': 'double' });
    }
  }
  const g = root.ele('graph').att({ id: 'lineage', edgedefault: 'directed' });
  g.ele('desc').txt(xmlText(title));
  type El = ReturnType<typeof g.ele>;
  const data = <T>(el: El, domain: string, fields: readonly (keyof T & string)[], values: T) => {
    for (const name of fields) {
      const v = values[name];
      // An absent <data> is GraphML's "no value"; an empty one would read as "".
      if (v !== null)
        el.ele('data')
          .att('key', `${domain}_${name}`)
          .txt(xmlText(String(v)));
    }
  };
  graph.forEachNode((id, a) => {
    const node = g.ele('node').att('id', xmlAttribute(id));
    data(node, 'node', NODE_FIELDS, a);
    if (positions && a.position) data(node, 'node', ['x', 'y'] as const, a.position);
  });
  graph.forEachEdge((id, a, from, to) => {
    // The relation's own direction: the end that is the cause depends on the type.
    const ends = { id: xmlAttribute(id), source: xmlAttribute(from), target: xmlAttribute(to) };
    data(g.ele('edge').att(ends), 'edge', EDGE_FIELDS, flattenEdge(a));
  });
  return doc.end({ prettyPrint: true });
}
