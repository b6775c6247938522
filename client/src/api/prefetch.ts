// What a deep link shows first, asked for as the page starts: the lineage (and expansions) the
// graph draws and the two panels beside it. Their hooks then find the answers in the cache, so
// the page renders once with everything instead of once per answer while the graph is placed.
import type { ApolloClient } from '@apollo/client';
import { DetailsDocument, WhyExistsDocument } from '../gql/graphql';
import { prefetchSubgraph } from '../hooks/use-subgraph';
import type { ViewState } from '../state/view-state';

/** Resolves when every answer is in (a failure is left to the hook that asks again). */
export async function prefetchView(client: ApolloClient, view: ViewState): Promise<void> {
  if (!view.id) return;
  const variables = { id: view.id };
  await Promise.all([
    prefetchSubgraph(client, view),
    client.query({ query: WhyExistsDocument, variables }).catch(() => undefined),
    client.query({ query: DetailsDocument, variables }).catch(() => undefined),
  ]);
}
