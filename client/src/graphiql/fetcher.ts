import type { GraphiQLProps } from 'graphiql';

type Fetcher = GraphiQLProps['fetcher'];
type FetcherResult = Awaited<ReturnType<Fetcher>>;

/**
 * A plain POST fetcher. The API has no subscriptions or incremental delivery, so this stands in
 * for @graphiql/toolkit's createGraphiQLFetcher without depending on a transitive package.
 * `content-type: application/json` also makes the request non-simple, which is what Apollo's
 * CSRF prevention asks of a browser client.
 */
export function createFetcher(url: string): Fetcher {
  return async (params, opts) => {
    const headers = new Headers({
      accept: 'application/graphql-response+json, application/json',
      'content-type': 'application/json',
    });
    // Headers typed in GraphiQL's headers editor win over the defaults.
    for (const [name, value] of Object.entries(opts?.headers ?? {})) {
      headers.set(name, String(value));
    }
    const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(params) });
    const text = await res.text();
    try {
      // A GraphQL error (even with a 4xx status) is still a JSON body GraphiQL should show.
      return JSON.parse(text) as FetcherResult;
    } catch {
      throw new Error(`${res.status} ${res.statusText}: ${text.slice(0, 500)}`);
    }
  };
}
