// Figure 1: GraphQL lineage over HTTP versus the same Cypher through the raw driver in a
// plain Node handler, interleaved request by request on the same database.
import { round, percentile, type Figure } from '../figure.js';
import { interleave, postGraphql } from '../support/http.js';
import { postRaw, spawnRawLineage } from '../support/raw-process.js';
import type { Registry } from '../support/registry.js';
import { operation } from '../support/workload.js';

/**
 * Rounds before the measured ones, at each depth. The server's code is compiled by V8 as it
 * runs: graphql-jit's compiled query alone makes a few hundred small functions, and a
 * CPU trace showed V8 still optimizing hundreds of them over the first 800 or so lineages
 * (on background threads, which share this machine's 2 cores with Neo4j), while the raw
 * handler's few functions settle within a handful of requests. Latency during that warm-up
 * is not what a running server answers with; both are warmed alike.
 */
const WARMUP = 150;

export async function measureLineageVsDriver(reg: Registry, rounds: number): Promise<Figure> {
  const raw = await spawnRawLineage(reg.instance.uri);
  const lineage = operation('Lineage');
  const rows: Record<string, unknown>[] = [];
  let worst = { ratio: 0, plusMs: 0, met: true };
  let headline: { gql: number; raw: number } | null = null;
  try {
    for (const maxDepth of [3, 10]) {
      const vars = { id: reg.probes.workingGroup, direction: 'BOTH', maxDepth };
      const t = await interleave(
        {
          graphql: () => postGraphql(reg.server.url, { query: lineage, variables: vars }),
          driver: () => postRaw(raw.url, vars),
        },
        rounds,
        WARMUP,
      );
      const g = { p50: percentile(t.graphql ?? [], 50), p95: percentile(t.graphql ?? [], 95) };
      const d = { p50: percentile(t.driver ?? [], 50), p95: percentile(t.driver ?? [], 95) };
      const ratio = g.p50 / d.p50;
      const plusMs = g.p50 - d.p50;
      const met = ratio <= 1.1 || plusMs <= 1;
      rows.push({
        maxDepth,
        graphqlP50: round(g.p50),
        graphqlP95: round(g.p95),
        driverP50: round(d.p50),
        driverP95: round(d.p95),
        ratioP50: round(ratio),
        ratioP95: round(g.p95 / d.p95),
        plusMsP50: round(plusMs),
      });
      if (maxDepth === 10) headline = { gql: g.p50, raw: d.p50 };
      if (ratio > worst.ratio) worst = { ratio, plusMs, met: worst.met && met };
      worst.met = worst.met && met;
    }
  } finally {
    await raw.stop();
  }
  const h = headline ?? { gql: Number.NaN, raw: Number.NaN };
  return {
    id: 'lineage_vs_driver',
    name: `GraphQL lineage p50 vs raw driver (BOTH, depth 10, ${reg.nodes.toLocaleString('en')} nodes)`,
    value: round(h.gql),
    unit: 'ms',
    baseline: round(h.raw),
    ratio: round(h.gql / h.raw),
    goal: '≤ 1.1× (or ≤ +1 ms), depths 3 and 10',
    met: worst.met,
    details: { rounds, warmup: WARMUP, rows },
  };
}
