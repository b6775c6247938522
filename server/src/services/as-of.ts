// The graph as it stood at a date: what had been adopted, created, planned or held by then.
import type { SubgraphRecord } from '../domain/model.js';
import { happenedBy, isPartialDate } from '../../../common/partial-date.js';
import type { StatusChangeRecord } from '../domain/status.js';
import { BadInputError, shown } from './errors.js';
import { existsFrom } from './history.js';

/**
 * `asOf` as given, once it is a date the API reads (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`); null when
 * the request gives none (now).
 */
export function checkAsOf(asOf: string | null | undefined): string | null {
  if (asOf == null) return null;
  if (isPartialDate(asOf)) return asOf;
  throw new BadInputError(
    'asOf',
    `must be a date as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2012 or 2012-01-01 (got ${shown(asOf)})`,
  );
}

/**
 * The part of a subgraph that existed at the end of `asOf`: entities dated later are left
 * out with their relations, then whatever no longer connects to the start (a report of a
 * meeting not yet held hangs on that meeting). The start is always kept (alone, when it did not
 * exist yet); undated entities are kept.
 */
export function subgraphAsOf(
  sg: SubgraphRecord,
  startId: string,
  asOf: string,
  histories: ReadonlyMap<string, readonly StatusChangeRecord[]>,
): SubgraphRecord {
  const existedThen = (n: SubgraphRecord['nodes'][number]) => {
    const from = existsFrom(n, histories.get(n.id) ?? []);
    return from === null || happenedBy(from, asOf);
  };
  const start = sg.nodes.find((n) => n.id === startId);
  // Nothing hangs on an entity that did not exist yet: it is shown alone.
  if (start && !existedThen(start)) return { nodes: [start], edges: [], referenced: sg.referenced };
  const existed = new Set(
    sg.nodes.filter((n) => n.id === startId || existedThen(n)).map((n) => n.id),
  );
  const edges = sg.edges.filter((r) => existed.has(r.fromId) && existed.has(r.toId));
  const next = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = next.get(a);
    if (list) list.push(b);
    else next.set(a, [b]);
  };
  for (const r of edges) {
    link(r.fromId, r.toId);
    link(r.toId, r.fromId);
  }
  const reached = new Set([startId]);
  const queue = [startId];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const other of next.get(id) ?? []) {
      if (reached.has(other)) continue;
      reached.add(other);
      queue.push(other);
    }
  }
  return {
    nodes: sg.nodes.filter((n) => reached.has(n.id)),
    edges: edges.filter((r) => reached.has(r.fromId) && reached.has(r.toId)),
    referenced: sg.referenced,
  };
}
