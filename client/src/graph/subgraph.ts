// The client's view of a subgraph: what the Lineage query returns, merged across expansions.
import type {
  BodyStatus,
  EntityCoreFragment,
  MandateStatus,
  MeetingStatus,
  RelationFieldsFragment,
} from '../gql/graphql';
import type { Lang } from '../state/view-state';

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
