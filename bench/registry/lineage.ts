// Lineage in plain JavaScript, as cypher/read/lineage.cypher computes it: the start node, the
// nodes within maxDepth towards causes (UPSTREAM) and/or towards effects (DOWNSTREAM), each
// walked on its own (BOTH is the union of the two walks, not a walk that turns around), and
// every relation whose two ends are among those nodes. Tests compare the API with this.
import type { RelationRecord } from '../../server/src/domain/model.js';
import { causeOf, type Direction } from '../../server/src/services/directions.js';

export interface Lineage {
  nodes: Set<string>;
  edges: RelationRecord[];
}

export class CausalGraph {
  private readonly effects = new Map<string, string[]>();
  private readonly causes = new Map<string, string[]>();
  private readonly outgoing = new Map<string, RelationRecord[]>();

  constructor(relations: Iterable<RelationRecord>) {
    const push = <T>(m: Map<string, T[]>, k: string, v: T) => {
      const list = m.get(k);
      if (list) list.push(v);
      else m.set(k, [v]);
    };
    for (const r of relations) {
      const { cause, effect } = causeOf(r.type, r.fromId, r.toId);
      push(this.effects, cause, effect);
      push(this.causes, effect, cause);
      push(this.outgoing, r.fromId, r);
    }
  }

  private walk(start: string, next: Map<string, string[]>, maxDepth: number, seen: Set<string>) {
    const reached = new Set([start]);
    let frontier = [start];
    for (let depth = 0; depth < maxDepth && frontier.length > 0; depth++) {
      const following: string[] = [];
      for (const id of frontier) {
        for (const n of next.get(id) ?? []) {
          if (reached.has(n)) continue;
          reached.add(n);
          following.push(n);
        }
      }
      frontier = following;
    }
    for (const id of reached) seen.add(id);
  }

  lineage(start: string, direction: Direction, maxDepth: number): Lineage {
    const nodes = new Set([start]);
    if (direction !== 'DOWNSTREAM') this.walk(start, this.causes, maxDepth, nodes);
    if (direction !== 'UPSTREAM') this.walk(start, this.effects, maxDepth, nodes);
    const edges = [...nodes].flatMap((id) =>
      (this.outgoing.get(id) ?? []).filter((r) => nodes.has(r.toId)),
    );
    return { nodes, edges };
  }
}
