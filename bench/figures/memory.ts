// Figure server_memory_10k: the API server's resident memory after 10,000 mixed requests (the
// explorer's search, lineage, details and why, 10 connections) next to the same server after a
// 2,000-request warm-up, both read after the server has been idle for two seconds. Growth beyond
// the warm-up is what a leak looks like; the warm-up itself is caches and JIT filling.
import { round, type Figure } from '../figure.js';
import { noGraphqlErrors, runLoad } from '../support/load.js';
import type { Registry } from '../support/registry.js';
import { normalMix } from '../support/workload.js';

const GROWTH_GOAL = 0.1;
const idle = () => new Promise((r) => setTimeout(r, 2_000));

export async function measureMemory(reg: Registry, opts: { quick: boolean }): Promise<Figure> {
  const requests = normalMix({
    lineageId: reg.probes.workingGroup,
    whyId: reg.probes.workingGroup,
    search: reg.probes.searchEn,
  });
  const run = (amount: number) =>
    runLoad({
      url: reg.server.url,
      connections: 10,
      durationS: 0,
      amount,
      requests,
      verifyBody: noGraphqlErrors,
    });
  // Long enough for the heap's young generation (64 MB semi-spaces) to reach its working size.
  await run(2_000);
  await idle();
  const afterWarmup = await reg.server.rssMb();
  const amount = opts.quick ? 3_000 : 10_000;
  const result = await run(amount);
  await idle();
  const after = await reg.server.rssMb();
  const growth = after / afterWarmup - 1;
  const failures = result.errors + result.non2xx + result.mismatches;
  return {
    id: 'server_memory_10k',
    name: `API server RSS after ${amount.toLocaleString('en')} mixed requests vs after a 2,000-request warm-up (${reg.nodes.toLocaleString('en')} nodes)`,
    value: round(after, 0),
    unit: 'MB',
    baseline: round(afterWarmup, 0),
    ratio: round(after / afterWarmup),
    goal: `growth ≤ ${String(GROWTH_GOAL * 100)} %, no failed request`,
    met: growth <= GROWTH_GOAL && failures === 0,
    details: {
      requests: result.requests,
      rps: round(result.rps, 1),
      failures,
      growthPct: round(growth * 100, 1),
    },
  };
}
