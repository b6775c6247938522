// Load runs with autocannon: many connections, a mix of requests, counted answers.
import autocannon from 'autocannon';
import type { GqlRequest } from './http.js';

export interface LoadOptions {
  url: string;
  connections: number;
  /** How long to run; ignored when `amount` is set. */
  durationS: number;
  /** Stop after this many requests instead. */
  amount?: number;
  requests: GqlRequest[];
  /** Requests per second from all connections together; unset: as fast as they can. */
  overallRate?: number;
  /** Headers of connection i (e.g. its X-Forwarded-For, to stand for one user). */
  headersFor?: (connection: number) => Record<string, string>;
  /** A 200 whose body fails this is counted as a mismatch (e.g. it carries GraphQL errors). */
  verifyBody?: (body: string) => boolean;
}

type Body = string | Buffer | undefined;
const asText = (body: Body): string => (typeof body === 'string' ? body : (body?.toString() ?? ''));

export interface LoadResult {
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  /** Connection errors and timeouts. */
  errors: number;
  non2xx: number;
  mismatches: number;
  statusCodes: Record<string, number>;
}

export const noGraphqlErrors = (body: string): boolean => {
  try {
    const parsed = JSON.parse(body) as { data?: unknown; errors?: unknown };
    return parsed.errors === undefined && parsed.data !== undefined;
  } catch {
    return false;
  }
};

export async function runLoad(opts: LoadOptions): Promise<LoadResult> {
  let connection = 0;
  const verify = opts.verifyBody ?? (() => true);
  const baseHeaders = { 'content-type': 'application/json' };
  const result = await autocannon({
    url: `${opts.url}/graphql`,
    method: 'POST',
    connections: opts.connections,
    ...(opts.amount ? { amount: opts.amount } : { duration: opts.durationS }),
    headers: baseHeaders,
    requests: opts.requests.map((r) => ({ method: 'POST', body: JSON.stringify(r) })),
    ...(opts.overallRate ? { overallRate: opts.overallRate } : {}),
    timeout: 30,
    setupClient: (client) => {
      // Each connection gets its own copies of the requests: headers set on the client only
      // reach its current request, and the request objects are shared between connections.
      const headers = { ...baseHeaders, ...(opts.headersFor?.(connection++) ?? {}) };
      client.setRequests(
        opts.requests.map((r) => ({ method: 'POST', headers, body: JSON.stringify(r) })),
      );
    },
    ...(opts.verifyBody ? { verifyBody: (body: Body) => verify(asText(body)) } : {}),
  });
  const statusCodes: Record<string, number> = {};
  for (const [code, stat] of Object.entries(result.statusCodeStats ?? {})) {
    statusCodes[code] = stat.count ?? 0;
  }
  return {
    requests: result.requests.total,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: result.errors,
    non2xx: result.non2xx,
    mismatches: result.mismatches,
    statusCodes,
  };
}
