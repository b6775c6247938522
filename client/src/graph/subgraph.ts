// The client's view of a subgraph: what the Lineage query returns, merged across expansions.
import type {
  BodyStatus,
  CitedDocumentFragment,
  EntityCoreFragment,
  Lang as ApiLang,
  LineageQuery,
  MandateStatus,
  MeetingStatus,
  RelationFieldsFragment,
} from '../gql/graphql';
import { corroboration, readerUrl } from '@common/citations';
import type { LangCode } from '@common/export/drawn';
import type { Lang } from '../state/view-state';

/** The API's language names (`EN`) as the stored data and reader links spell them (`en`). */
export const LANG_CODE = { EN: 'en', RU: 'ru' } as const satisfies Record<ApiLang, LangCode>;

/** In an "as of" view, each node's status on that date (the Lineage query's StatusThen). */
interface StatusThen {
  bodyStatusThen?: BodyStatus | null;
  meetingStatusThen?: MeetingStatus | null;
  mandateStatusThen?: MandateStatus | null;
}

export type GraphNode = EntityCoreFragment & StatusThen;
export type GraphEdge = RelationFieldsFragment;
export interface Subgraph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

export const EMPTY: Subgraph = { nodes: [], edges: [] };

/**
 * The subgraph of a Lineage answer, each quote given its document from the answer's
 * `documents` (the query asks for every document once, not once per quote) and its reader
 * link, and each relation its corroboration: the query does not ask for these, they follow
 * from the quotes by the API's own rules (common/citations.ts). A quote whose document is not
 * listed is a broken answer: it is refused, never shown with a made-up title.
 */
export function fromLineage(answer: LineageQuery['lineage']): Subgraph {
  const documents = new Map<string, CitedDocumentFragment>(answer.documents.map((d) => [d.id, d]));
  const edges = answer.edges.map((e): GraphEdge => {
    const evidence = e.evidence.map((ev) => {
      const document = documents.get(ev.document.id);
      if (!document) {
        throw new Error(`the lineage quotes document ${ev.document.id} but does not list it`);
      }
      const place = { ...ev, document: document.id, lang: LANG_CODE[ev.lang] };
      return { ...ev, document, url: readerUrl(place, e.id, null) };
    });
    const {
      documents: n,
      paragraphs,
      langs,
    } = corroboration(evidence.map((ev) => ({ ...ev, document: ev.document.id })));
    return { ...e, evidence, corroboration: { documents: n, paragraphs, langs } };
  });
  return { nodes: answer.nodes, edges };
}

/** Union of subgraphs, first occurrence wins, order kept (stable rendering). */
export function mergeSubgraphs(parts: readonly Subgraph[]): Subgraph {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphEdge>();
  for (const p of parts) {
    for (const n of p.nodes) if (!nodes.has(n.id)) nodes.set(n.id, n);
    for (const e of p.edges) if (!edges.has(e.id)) edges.set(e.id, e);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** A meeting's status as the view shows it: on the view's date, or now; null for other kinds. */
export function meetingStatus(n: GraphNode): MeetingStatus | null {
  if (!('ordinal' in n)) return null;
  return n.meetingStatusThen !== undefined ? n.meetingStatusThen : n.status;
}

/** A body's status on the view's date (interim, established, constant element), if asked. */
export const bodyStatus = (n: GraphNode): BodyStatus | null =>
  'bodyType' in n ? (n.bodyStatusThen ?? null) : null;

export function nodeName(n: { nameEn: string; nameRu: string }, lang: Lang): string {
  return lang === 'ru' ? n.nameRu : n.nameEn;
}

/**
 * The year a node belongs to on the timeline: a mandate's session year, a meeting's start,
 * a document's year, an instrument's adoption; a body takes the earliest mandate that
 * created it. Null when nothing in the subgraph dates it.
 */
export function nodeYear(n: GraphNode, graph: Subgraph): number | null {
  if ('mandateType' in n) return n.session.year;
  if ('sessionNumber' in n) return n.year;
  if ('ordinal' in n) return n.startDate ? Number(n.startDate.slice(0, 4)) : null;
  if ('documentType' in n) return n.year;
  if ('instrumentType' in n) return n.adopted;
  const creators = graph.edges
    .filter((e) => e.type === 'CREATES' && e.to.id === n.id)
    .map((e) => graph.nodes.find((m) => m.id === e.from.id))
    .map((m) => (m ? nodeYear(m, graph) : null))
    .filter((y): y is number => y !== null);
  return creators.length ? Math.min(...creators) : null;
}
