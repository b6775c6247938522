// Figures 6 and 8: autocannon, 50 connections, a mix of the explorer's lineage, search and
// entity queries, as fast as the server answers — on the large registry, next to the same
// run on the small one; and the API server's RSS sampled during the large run.
import { round, type Figure } from '../figure.js';
import { noGraphqlErrors, runLoad, type LoadResult } from '../support/load.js';
import type { Registry } from '../support/registry.js';
import { normalMix } from '../support/workload.js';

const mixOf = (r: Registry) =>
  normalMix({
    lineageId: r.probes.workingGroup,
    whyId: r.probes.workingGroup,
    search: r.probes.searchEn,
  }).filter((_, i) => i < 3); // search, lineage, entity details

const load = (r: Registry, durationS: number) =>
  runLoad({
    url: r.server.url,
    connections: 50,
    durationS,
    requests: mixOf(r),
    verifyBody: noGraphqlErrors,
  });

const failures = (r: LoadResult) => r.errors + r.non2xx + r.mismatches;

export async function measureThroughput(
  small: Registry,
  large: Registry,
  durationS: number,
): Promise<Figure[]> {
  // Warm both (JIT, page cache) so neither run pays for the other's cold start.
  await runLoad({ url: small.server.url, connections: 10, durationS: 3, requests: mixOf(small) });
  await runLoad({ url: large.server.url, connections: 10, durationS: 3, requests: mixOf(large) });
  const smallRun = await load(small, durationS);
  const idleRss = await large.server.rssMb();
  const samples: number[] = [];
  const sampler = setInterval(() => {
    void large.server.rssMb().then((mb) => samples.push(mb));
  }, 250);
  let largeRun: LoadResult;
  try {
    largeRun = await load(large, durationS);
  } finally {
    clearInterval(sampler);
  }
  const peak = Math.max(...samples);
  const details = (r: LoadResult) => ({
    requests: r.requests,
    rps: round(r.rps, 1),
    p50: r.p50,
    p99: r.p99,
    errors: failures(r),
    statusCodes: r.statusCodes,
  });
  return [
    {
      id: 'throughput',
      name: `Mixed lineage/search/entity, 50 connections, ${String(durationS)} s, ${large.nodes.toLocaleString('en')} vs ${small.nodes.toLocaleString('en')} nodes`,
      value: round(largeRun.rps, 1),
      unit: 'req/s',
      baseline: round(smallRun.rps, 1),
      ratio: round(largeRun.rps / smallRun.rps),
      goal: '0 errors',
      met: failures(largeRun) === 0 && failures(smallRun) === 0,
      details: { large: details(largeRun), small: details(smallRun) },
    },
    {
      id: 'server_rss',
      name: `API server RSS, peak during the throughput run at ${large.nodes.toLocaleString('en')} nodes vs idle`,
      value: round(peak, 0),
      unit: 'MB',
      baseline: round(idleRss, 0),
      ratio: round(peak / idleRss),
      goal: 'peak ≤ 1024 MB',
      met: peak <= 1024,
      details: {
        samples: samples.length,
        mean: round(samples.reduce((a, b) => a + b, 0) / samples.length, 0),
      },
    },
  ];
}
