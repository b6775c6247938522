// Exports of the lineage for other tools: GraphML (Gephi, Cytoscape desktop, yEd), CSV
// (spreadsheets) and .cyjs (Cytoscape desktop, positions kept). Pure, no DOM, so Node tests it.
import { create } from 'xmlbuilder2';
// Shared with the server's writers, so both apply the same rules: formulas in CSV cells (see
// FORMULA_START there for the exact rule) and the text xmlbuilder2 would otherwise alter.
import { csvText } from '../../../server/src/services/export/csv-text';
export { exportFileName } from '../../../server/src/services/export/file-name';
import { xmlAttribute, xmlText } from '../../../server/src/services/export/xml-text';
import type { EvidenceFieldsFragment } from '../gql/graphql';
import {
  nodeName,
  nodeYear,
  type GraphEdge,
  type GraphNode,
  type Subgraph,
} from '../graph/subgraph';
import type { Lang } from '../state/view-state';

const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';
/** Separates the items of a list held in one field (paragraphs, quotes, documents). */
export const LIST_SEPARATOR = ' | ';
const INTEGERS = new Set(['year', 'evidence_count']);

type Column<T> = readonly [name: string, value: (item: T) => string | number | null];

/** `¶4` for a numbered paragraph, otherwise where the quote stands (`heading`, `footnote`…). */
const place = (ev: EvidenceFieldsFragment) =>
  ev.context === 'PARAGRAPH' && ev.paragraph !== null
    ? `¶${ev.paragraph}`
    : ev.context.toLowerCase();
const list = (items: readonly string[]) => (items.length ? items.join(LIST_SEPARATOR) : null);
// One entry per piece of evidence, not per distinct document, so the lists stay parallel.
const documents = (e: GraphEdge) =>
  list(e.evidence.map((ev) => ev.document.symbol ?? ev.document.id));

function nodeColumns(graph: Subgraph, lang: Lang): Column<GraphNode>[] {
  return [
    ['kind', (n) => n.kind],
    ['label', (n) => nodeName(n, lang)],
    ['name_en', (n) => n.nameEn],
    ['name_ru', (n) => n.nameRu],
    ['symbol', (n) => ('symbol' in n ? n.symbol : null)],
    ['year', (n) => nodeYear(n, graph)],
  ];
}

const EDGE_COMMON: Column<GraphEdge>[] = [
  ['action', (e) => e.action],
  ['source', (e) => e.source],
  ['basis', (e) => e.basis?.id ?? null],
  ['evidence_count', (e) => e.evidence.length],
];
const GRAPHML_EDGE: Column<GraphEdge>[] = [
  ['type', (e) => e.type],
  ...EDGE_COMMON,
  ['evidence', (e) => list(e.evidence.map((ev) => `[${place(ev)}] ${ev.quote}`))],
  ['evidence_documents', documents],
];
const CSV_EDGE: Column<GraphEdge>[] = [
  ['type', (e) => e.type],
  ['from', (e) => e.from.id],
  ['to', (e) => e.to.id],
  ...EDGE_COMMON,
  ['paragraphs', (e) => list(e.evidence.map(place))],
  ['quotes', (e) => list(e.evidence.map((ev) => ev.quote))],
  ['documents', documents],
];

/** Edges with both ends in the graph: tools reject (GraphML) or invent (CSV) the others. */
function linked(graph: Subgraph): GraphEdge[] {
  const ids = new Set(graph.nodes.map((n) => n.id));
  return graph.edges.filter((e) => ids.has(e.from.id) && ids.has(e.to.id));
}

export function toGraphML(graph: Subgraph, lang: Lang): string {
  // A quote taken from a PDF may hold characters XML 1.0 forbids; one would spoil the file.
  const doc = create({ version: '1.0', encoding: 'UTF-8', invalidCharReplacement: '\uFFFD' });
  const root = doc.ele(GRAPHML_NS, 'graphml');
  const nodeCols = nodeColumns(graph, lang);
  // Key ids are prefixed because Gephi makes a column per key id and `type`, `source` could
  // clash with its own; readers name the attributes by `attr.name`.
  const domains = [['node', nodeCols] as const, ['edge', GRAPHML_EDGE] as const];
  for (const [domain, cols] of domains) {
    for (const [name] of cols) {
      const type = INTEGERS.has(name) ? 'int' : 'string';
      root
        .ele('key')
        .att({ id: `${domain}_${name}`, for: domain, 'attr.name': name, 'attr.type': type });
    }
  }
  const g = root.ele('graph').att({ id: 'lineage', edgedefault: 'directed' });
  const data = <T>(el: ReturnType<typeof g.ele>, domain: string, cols: Column<T>[], item: T) => {
    for (const [name, value] of cols) {
      const v = value(item);
      // An absent <data> is GraphML's "no value"; an empty one would read as "".
      if (v !== null)
        el.ele('data')
          .att('key', `${domain}_${name}`)
          .txt(xmlText(String(v)));
    }
  };
  for (const n of graph.nodes)
    data(g.ele('node').att('id', xmlAttribute(n.id)), 'node', nodeCols, n);
  for (const e of linked(graph)) {
    // The relation's own direction, not the drawing's (see to-elements.ts).
    const el = g.ele('edge').att({
      id: xmlAttribute(e.id),
      source: xmlAttribute(e.from.id),
      target: xmlAttribute(e.to.id),
    });
    data(el, 'edge', GRAPHML_EDGE, e);
  }
  return doc.end({ prettyPrint: true });
}

function csv<T extends { id: string }>(items: readonly T[], cols: Column<T>[]): string {
  return csvText(
    ['id', ...cols.map(([name]) => name)],
    items.map((item) => [item.id, ...cols.map(([, value]) => value(item))]),
  );
}

export function toCsv(graph: Subgraph, lang: Lang): { nodes: string; edges: string } {
  return { nodes: csv(graph.nodes, nodeColumns(graph, lang)), edges: csv(linked(graph), CSV_EDGE) };
}

type Json = Record<string, unknown>;
interface CyElement {
  data: Json & { id: string };
  position?: unknown;
  classes?: unknown;
}
/** What `cy.json()` returns, as far as the export relies on it. */
export interface CyJson {
  elements: { nodes?: CyElement[]; edges?: CyElement[] };
}

const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
function hasIds(el: unknown, keys: readonly string[]): boolean {
  if (!isObject(el) || !isObject(el.data)) return false;
  const data = el.data;
  return keys.every((k) => typeof data[k] === 'string');
}
const isElements = (list: unknown, keys: readonly string[]): list is CyElement[] | undefined =>
  list === undefined || (Array.isArray(list) && list.every((el: unknown) => hasIds(el, keys)));

export function isCyJson(v: unknown): v is CyJson {
  if (!isObject(v) || !isObject(v.elements)) return false;
  const { nodes, edges } = v.elements;
  return isElements(nodes, ['id']) && isElements(edges, ['id', 'source', 'target']);
}

function cyjsElement({ data, position: p, classes }: CyElement): Json {
  // Cytoscape desktop infers a column's type from its values (null has none) and labels
  // nodes by their `name` column.
  const kept: Json = Object.fromEntries(Object.entries(data).filter(([, v]) => v != null));
  if (kept.name === undefined && typeof data.label === 'string') kept.name = data.label;
  const at =
    isObject(p) && Number.isFinite(p.x) && Number.isFinite(p.y) ? { x: p.x, y: p.y } : null;
  return {
    data: kept,
    ...(at && { position: at }),
    ...(typeof classes === 'string' && classes && { classes }),
  };
}

/** The `.cyjs` file Cytoscape desktop imports (File → Import → Network from File). */
export function toCyjs(json: unknown, title: string): string {
  if (!isCyJson(json)) throw new TypeError('toCyjs: expected what cy.json() returns');
  const doc = {
    format_version: '1.0',
    generated_by: 'Mandate Lineage',
    target_cytoscapejs_version: '~3',
    data: { name: title, shared_name: title },
    elements: {
      nodes: (json.elements.nodes ?? []).map(cyjsElement),
      edges: (json.elements.edges ?? []).map(cyjsElement),
    },
  };
  return JSON.stringify(doc, null, 2);
}
