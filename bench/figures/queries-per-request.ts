// Figure 2: Cypher statements per lineage/whyExists request, counted by the executor's
// listener on every statement sent through the driver (an in-process server on the same db).
import { Database } from '../../server/src/db/executor.js';
import { startServer } from '../../server/src/server.js';
import type { Figure } from '../figure.js';
import { postGraphql } from '../support/http.js';
import type { Registry } from '../support/registry.js';
import { operation } from '../support/workload.js';

export async function measureQueriesPerRequest(reg: Registry): Promise<Figure> {
  const db = new Database({ uri: reg.instance.uri });
  let statements = 0;
  db.onQuery(() => {
    statements++;
  });
  const server = await startServer(db, 0, '127.0.0.1', () => {});
  const counts: Record<string, number> = {};
  try {
    const p = reg.probes;
    const requests: [string, string, Record<string, unknown>][] = [];
    for (const id of [p.workingGroup, p.mandate, p.session, p.report]) {
      for (const direction of ['UPSTREAM', 'DOWNSTREAM', 'BOTH']) {
        for (const maxDepth of [3, 10]) {
          requests.push([
            `lineage ${id} ${direction} ${String(maxDepth)}`,
            'Lineage',
            { id, direction, maxDepth },
          ]);
        }
      }
      requests.push([`whyExists ${id}`, 'WhyExists', { id }]);
    }
    for (const [label, op, variables] of requests) {
      statements = 0;
      await postGraphql(server.url, { query: operation(op), variables });
      counts[label] = statements;
    }
  } finally {
    await server.stop();
    await db.close();
  }
  const values = Object.values(counts);
  const max = Math.max(...values);
  const min = Math.min(...values);
  return {
    id: 'queries_per_request',
    name: `Cypher statements per lineage/whyExists request (${String(values.length)} requests, the explorer's own operations)`,
    value: max,
    unit: 'statements',
    baseline: 1,
    ratio: max,
    goal: 'exactly 1',
    met: max === 1 && min === 1,
    details: { counts },
  };
}
