// Timing GraphQL requests one at a time (latency), as a notebook or the explorer sends them.
import { performance } from 'node:perf_hooks';

export interface GqlRequest {
  query: string;
  variables?: Record<string, unknown>;
}

/** POSTs one operation; throws if the answer is not a 200 with data and no errors. */
export async function postGraphql(
  url: string,
  req: GqlRequest,
  headers: Record<string, string> = {},
): Promise<unknown> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(req),
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`HTTP ${String(res.status)}: ${text.slice(0, 300)}`);
  const body = JSON.parse(text) as { data?: unknown; errors?: unknown };
  if (body.errors) throw new Error(`GraphQL errors: ${text.slice(0, 300)}`);
  return body.data;
}

/** Milliseconds of one call of `fn`. */
export async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

/**
 * Runs the variants in turn, round after round (A B A B ...), so that noise from the shared
 * machine falls on both alike; the first `warmup` rounds are not recorded.
 */
export async function interleave(
  variants: Record<string, () => Promise<unknown>>,
  rounds: number,
  warmup = 5,
): Promise<Record<string, number[]>> {
  const names = Object.keys(variants);
  const out: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  for (let i = 0; i < warmup + rounds; i++) {
    for (const name of names) {
      const fn = variants[name];
      if (!fn) continue;
      const ms = await timed(fn);
      if (i >= warmup) out[name]?.push(ms);
    }
  }
  return out;
}
