// What a deep link shows first, asked for as the page starts: the lineage (and expansions) the
// graph draws and the two panels beside it. Their hooks then find the answers in the cache, so
// the page renders once with everything instead of once per answer while the graph is placed.
import type { ApolloClient } from '@apollo/client';
import type { ViewState } from '../state/view-state';
import { VIEW_DOCUMENTS } from './view-documents';
import { viewQueries } from './view-queries';

/** Resolves when every answer is in (a failure is left to the hook that asks again). */
export async function prefetchView(client: ApolloClient, view: ViewState): Promise<void> {
  await Promise.all(
    viewQueries(view).map(({ operation, variables }) =>
      client.query({ query: VIEW_DOCUMENTS[operation], variables }).catch(() => undefined),
    ),
  );
}
