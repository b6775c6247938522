// The one place that decides what a node and an edge carry in every export: a drawn subgraph
// becomes a graphology graph whose attributes the writers read, never the input records.
import { MultiDirectedGraph } from 'graphology';
import type {
  DrawnEvidence,
  DrawnSubgraph,
  EntityKind,
  LangCode,
  Position,
  RelationType,
} from './drawn.js';
import type { EvidenceContext, Source } from '../generated/vocabulary.js';

/** Separates the items of a list held in one field (paragraphs, quotes, documents, langs). */
export const LIST_SEPARATOR = ' | ';

export interface NodeAttributes {
  kind: EntityKind;
  /** What a drawing shows: the symbol of a document, the full name of anything else. */
  label: string;
  name_en: string;
  name_ru: string;
  symbol: string | null;
  year: number | null;
  /** Where the explorer drew it; absent in the server's answers, which have no drawing. */
  position: Position | null;
}

export type EvidenceItem = DrawnEvidence;

export interface EdgeAttributes {
  type: RelationType;
  action: string | null;
  source: Source;
  basis: string | null;
  note: string | null;
  evidence: readonly EvidenceItem[];
}

export type LineageGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

/** An edge as one row of scalars: the columns of GraphML, GEXF and the edges CSV. */
export interface FlatEdge {
  type: RelationType;
  action: string | null;
  source: Source;
  basis: string | null;
  note: string | null;
  evidence_count: number;
  paragraphs: string | null;
  quotes: string | null;
  documents: string | null;
  langs: string | null;
  /** The explorer's reader at each quote (paths, `/?doc=…`), parallel to the quotes. */
  sources: string | null;
}

/** The attributes in column order, for the writers that declare their columns up front. */
export const NODE_FIELDS = [
  'kind',
  'label',
  'name_en',
  'name_ru',
  'symbol',
  'year',
] as const satisfies readonly (keyof NodeAttributes)[];
export const EDGE_FIELDS = [
  'type',
  'action',
  'source',
  'basis',
  'note',
  'evidence_count',
  'paragraphs',
  'quotes',
  'documents',
  'langs',
  'sources',
] as const satisfies readonly (keyof FlatEdge)[];
/** The numeric fields; every other one is text. */
export const INTEGER_FIELDS: ReadonlySet<string> = new Set(['year', 'evidence_count']);

/** `¶4` for a numbered paragraph, otherwise where the quote stands (`heading`, `footnote`…). */
export const place = (ev: { context: EvidenceContext; paragraph: number | null }): string =>
  ev.context === 'PARAGRAPH' && ev.paragraph !== null
    ? `¶${ev.paragraph}`
    : ev.context.toLowerCase();

const list = (items: readonly string[]) => (items.length ? items.join(LIST_SEPARATOR) : null);

// One entry per piece of evidence, not per distinct document or language, so that the
// lists stay parallel: the third paragraph belongs with the third quote and document.
export function flattenEdge(a: EdgeAttributes): FlatEdge {
  const ev = a.evidence;
  return {
    type: a.type,
    action: a.action,
    source: a.source,
    basis: a.basis,
    note: a.note,
    evidence_count: ev.length,
    paragraphs: list(ev.map(place)),
    quotes: list(ev.map((e) => e.quote)),
    documents: list(ev.map((e) => e.documentSymbol ?? e.document)),
    langs: list(ev.map((e) => e.lang)),
    sources: list(ev.map((e) => e.url)),
  };
}

/** Any node with a position: the writers then add x and y (GraphML, GEXF) or `position` (cyjs). */
export const hasPositions = (graph: LineageGraph): boolean =>
  graph.someNode((_, a) => a.position !== null);

/**
 * The graph every writer reads. `labelLang` picks the name a node without a symbol is labelled
 * with (the explorer's language); both names are always kept as columns of their own.
 */
export function toGraph(drawn: DrawnSubgraph, labelLang: LangCode = 'en'): LineageGraph {
  const graph: LineageGraph = new MultiDirectedGraph();
  for (const n of drawn.nodes) {
    const p = n.position;
    graph.mergeNode(n.id, {
      kind: n.kind,
      label: n.symbol ?? (labelLang === 'ru' ? n.nameRu : n.nameEn),
      name_en: n.nameEn,
      name_ru: n.nameRu,
      symbol: n.symbol,
      year: n.year,
      position: p && Number.isFinite(p.x) && Number.isFinite(p.y) ? { x: p.x, y: p.y } : null,
    });
  }
  for (const e of drawn.edges) {
    // Only edges with both ends in the graph: tools reject (GraphML) or invent (CSV) the others.
    if (!graph.hasNode(e.from) || !graph.hasNode(e.to) || graph.hasEdge(e.id)) continue;
    graph.addEdgeWithKey(e.id, e.from, e.to, {
      type: e.type,
      action: e.action,
      source: e.source,
      basis: e.basis,
      note: e.note,
      evidence: e.evidence,
    });
  }
  return graph;
}
