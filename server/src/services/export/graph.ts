// The one place that decides what a node and an edge carry in every export: a lineage
// subgraph becomes a graphology graph whose attributes the writers read, never the records.
import { MultiDirectedGraph } from 'graphology';
import type {
  EntityKind,
  EvidenceContext,
  LangCode,
  RelationType,
  SourceKind,
  SubgraphRecord,
} from '../../domain/model.js';
import { yearOf } from './year.js';

/** Separates the items of a list held in one field (paragraphs, quotes, documents, langs). */
export const LIST_SEPARATOR = ' | ';

export interface NodeAttributes {
  kind: EntityKind;
  /** What a drawing shows: the symbol of a document, the English name of anything else. */
  label: string;
  name_en: string;
  name_ru: string;
  symbol: string | null;
  year: number | null;
}

export interface EvidenceItem {
  quote: string;
  paragraph: number | null;
  context: EvidenceContext;
  lang: LangCode;
  /** The document's entity id, and its UN symbol when the subgraph knows it. */
  document: string;
  documentSymbol: string | null;
}

export interface EdgeAttributes {
  type: RelationType;
  action: string | null;
  source: SourceKind;
  basis: string | null;
  note: string | null;
  evidence: EvidenceItem[];
}

export type LineageGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

/** An edge as one row of scalars: the columns of GraphML, GEXF and the edges CSV. */
export interface FlatEdge {
  type: RelationType;
  action: string | null;
  source: SourceKind;
  basis: string | null;
  note: string | null;
  evidence_count: number;
  paragraphs: string | null;
  quotes: string | null;
  documents: string | null;
  langs: string | null;
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
] as const satisfies readonly (keyof FlatEdge)[];
/** The numeric fields; every other one is text. */
export const INTEGER_FIELDS: ReadonlySet<string> = new Set(['year', 'evidence_count']);

/** `¶4` for a numbered paragraph, otherwise where the quote stands (`heading`, `footnote`…). */
export const place = (ev: EvidenceItem): string =>
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
  };
}

export function toGraph(sg: SubgraphRecord): LineageGraph {
  const byId = new Map([...sg.referenced, ...sg.nodes].map((e) => [e.id, e]));
  const symbolOf = (id: string) => {
    const e = byId.get(id);
    return e?.kind === 'DOCUMENT' ? e.symbol : null;
  };
  const graph: LineageGraph = new MultiDirectedGraph();
  for (const e of sg.nodes) {
    const symbol = e.kind === 'DOCUMENT' ? e.symbol : null;
    graph.mergeNode(e.id, {
      kind: e.kind,
      label: symbol ?? e.nameEn,
      name_en: e.nameEn,
      name_ru: e.nameRu,
      symbol,
      year: yearOf(e, sg, byId),
    });
  }
  for (const r of sg.edges) {
    // Only edges with both ends in the graph: tools reject (GraphML) or invent (CSV) the others.
    if (!graph.hasNode(r.fromId) || !graph.hasNode(r.toId) || graph.hasEdge(r.id)) continue;
    graph.addEdgeWithKey(r.id, r.fromId, r.toId, {
      type: r.type,
      action: r.action,
      source: r.source,
      basis: r.basisId,
      note: r.note,
      evidence: r.evidence.map((ev) => ({
        quote: ev.quote,
        paragraph: ev.paragraph,
        context: ev.context,
        lang: ev.lang,
        document: ev.document,
        documentSymbol: symbolOf(ev.document),
      })),
    });
  }
  return graph;
}
