// Which lane each entity of a timeline belongs to. Sessions and mandates share the top lane
// (the Conference's own record), instruments have theirs, and every body gets one lane for
// its life: its creation, the mandates that changed its status (markers), the meetings it
// held and the reports they produced. Lanes follow the whole subgraph (a filtered-out
// HOLDS link does not move a meeting out of its body's lane); what is drawn follows the
// filters.
import { nodeYear, type GraphNode, type Subgraph } from '../graph/subgraph';
import { relationLabel } from '../graph/relation-label';

export type LaneKind = 'conference' | 'instruments' | 'body' | 'documents';

export interface LaneItem {
  /** An entity id, or `marker:<mandate>><body>` for a status change. */
  id: string;
  marker: boolean;
  year: number | null;
  /** Sort key within a year: compared with numeric collation. */
  order: string;
}

export interface LaneSpec {
  id: string;
  kind: LaneKind;
  /** The body whose life the lane shows (it may itself be filtered out). */
  body: GraphNode | null;
  items: LaneItem[];
  /** The body's creation year, when the subgraph has the mandate that created it. */
  created: number | null;
  /** Last year of the body's recorded activity (meetings, reports, its Conference sessions). */
  last: number | null;
}

/** A status change: a mandate governing a body (e.g. "made a constant element"). */
export interface StatusChange {
  id: string;
  mandate: GraphNode;
  body: string;
  year: number;
  /** What the mandate did to the body, in both languages (the relation's action). */
  actions: { en: string; ru: string }[];
}

const FIXED_LANES: Record<string, LaneKind> = {
  SESSION: 'conference',
  MANDATE: 'conference',
  INSTRUMENT: 'instruments',
};

export function assignLanes(
  graph: Subgraph,
  visibleNodes: ReadonlySet<string>,
  visibleEdges: ReadonlySet<string>,
): { lanes: LaneSpec[]; changes: StatusChange[] } {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const year = new Map(graph.nodes.map((n) => [n.id, nodeYear(n, graph)]));
  const holder = new Map<string, string>();
  const producer = new Map<string, string>();
  const recipient = new Map<string, string>();
  const sessionsOf = new Map<string, number[]>();
  for (const e of graph.edges) {
    if (e.type === 'HOLDS') holder.set(e.to.id, e.from.id);
    if (e.type === 'PRODUCES') producer.set(e.to.id, e.from.id);
    if (e.type === 'SUBMITTED_TO' && byId.get(e.to.id)?.kind === 'BODY') {
      recipient.set(e.from.id, e.to.id);
    }
    const y = year.get(e.from.id);
    if (e.type === 'SESSION_OF' && y != null) {
      sessionsOf.set(e.to.id, [...(sessionsOf.get(e.to.id) ?? []), y]);
    }
  }
  const bodyOf = (n: GraphNode): string | undefined => {
    if (n.kind === 'BODY') return n.id;
    if (n.kind === 'MEETING') return holder.get(n.id);
    if (n.kind !== 'DOCUMENT') return undefined;
    const meeting = producer.get(n.id);
    return (meeting ? holder.get(meeting) : undefined) ?? recipient.get(n.id);
  };
  const dateOf = (id: string | undefined): string => {
    const m = id ? byId.get(id) : undefined;
    return m && 'startDate' in m ? (m.startDate ?? '') : '';
  };

  const lanes = new Map<string, LaneSpec>();
  const lane = (id: string, kind: LaneKind, body: GraphNode | null): LaneSpec => {
    let l = lanes.get(id);
    if (!l) {
      l = { id, kind, body, items: [], created: null, last: null };
      lanes.set(id, l);
    }
    return l;
  };
  for (const n of graph.nodes) {
    if (!visibleNodes.has(n.id)) continue;
    const bodyId = bodyOf(n);
    const body = bodyId ? byId.get(bodyId) : undefined;
    const fixed = FIXED_LANES[n.kind];
    const target = fixed
      ? lane(fixed, fixed, null)
      : body
        ? lane(body.id, 'body', body)
        : lane('documents', 'documents', null);
    const order =
      n.kind === 'MEETING'
        ? `5 ${dateOf(n.id)} 0`
        : n.kind === 'DOCUMENT'
          ? `5 ${dateOf(producer.get(n.id)) || '~'} 1 ${sortName(n)}`
          : `${String(KIND_RANK[n.kind] ?? 9)} ${sortName(n)}`;
    target.items.push({ id: n.id, marker: false, year: year.get(n.id) ?? null, order });
  }

  const changes = new Map<string, StatusChange>();
  for (const e of graph.edges) {
    const mandate = byId.get(e.from.id);
    const y = year.get(e.from.id);
    if (e.type !== 'GOVERNS' || !visibleEdges.has(e.id) || !mandate || y == null) continue;
    if (!lanes.has(e.to.id)) continue;
    const id = `marker:${e.from.id}>${e.to.id}`;
    const change = changes.get(id) ?? { id, mandate, body: e.to.id, year: y, actions: [] };
    if (e.action && !change.actions.some((a) => a.en === e.action)) {
      change.actions.push({ en: relationLabel(e, 'en'), ru: relationLabel(e, 'ru') });
    }
    changes.set(id, change);
  }
  for (const c of changes.values()) {
    lane(c.body, 'body', null).items.push({
      id: c.id,
      marker: true,
      year: c.year,
      order: `1 ${c.mandate.id}`,
    });
  }

  for (const l of lanes.values()) {
    if (!l.body) continue;
    l.created = year.get(l.body.id) ?? null;
    const years = [
      ...l.items.map((i) => i.year),
      ...(sessionsOf.get(l.body.id) ?? []),
      l.created,
    ].filter((y): y is number => y !== null);
    l.last = years.length ? Math.max(...years) : null;
    const first = years.length ? Math.min(...years) : null;
    // A body with no creating mandate in view appears at its first recorded activity.
    const own = l.items.find((i) => i.id === l.body?.id);
    if (own && own.year === null) own.year = first;
  }
  return { lanes: orderLanes([...lanes.values()]), changes: [...changes.values()] };
}

const KIND_RANK: Record<string, number> = {
  BODY: 0,
  SESSION: 2,
  MANDATE: 3,
  INSTRUMENT: 4,
  DOCUMENT: 6,
};

/** Sessions and mandates by number, documents by symbol, the rest by name. */
function sortName(n: GraphNode): string {
  if ('sessionNumber' in n) return String(n.sessionNumber);
  if ('mandateType' in n) return n.number;
  return 'symbol' in n && n.symbol ? n.symbol : n.nameEn;
}

const LANE_RANK: Record<LaneKind, number> = {
  conference: 0,
  instruments: 1,
  body: 2,
  documents: 3,
};

/** Fixed lanes first, then bodies oldest first (by creation or first activity), then the rest. */
function orderLanes(lanes: LaneSpec[]): LaneSpec[] {
  const start = (l: LaneSpec): number =>
    Math.min(...l.items.map((i) => i.year ?? Infinity), l.created ?? Infinity);
  return lanes.sort(
    (a, b) =>
      LANE_RANK[a.kind] - LANE_RANK[b.kind] ||
      start(a) - start(b) ||
      (a.body?.nameEn ?? a.id).localeCompare(b.body?.nameEn ?? b.id),
  );
}
