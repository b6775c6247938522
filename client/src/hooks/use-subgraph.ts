// The subgraph on screen: the lineage of the selected entity plus, for every expanded node,
// its immediate neighbours (lineage BOTH, depth 1). All through the normalised cache.
import { skipToken, useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { LineageDocument } from '../gql/graphql';
import { EMPTY, mergeSubgraphs, type Subgraph } from '../graph/subgraph';
import type { ViewState } from '../state/view-state';

export interface SubgraphResult {
  graph: Subgraph;
  loading: boolean;
  error: Error | undefined;
  refetch: () => void;
}

export function useSubgraph(view: ViewState): SubgraphResult {
  const client = useApolloClient();
  const base = useQuery(
    LineageDocument,
    view.id
      ? {
          variables: { id: view.id, direction: view.direction, maxDepth: view.depth },
          notifyOnNetworkStatusChange: true,
        }
      : skipToken,
  );
  const [extra, setExtra] = useState<Record<string, Subgraph>>({});
  const expandedKey = view.expanded.join(',');
  useEffect(() => {
    let live = true;
    const ids = expandedKey ? expandedKey.split(',') : [];
    void Promise.all(
      ids.map(async (id) => {
        const res = await client.query({
          query: LineageDocument,
          variables: { id, direction: 'BOTH', maxDepth: 1 },
        });
        return [id, res.data?.lineage ?? EMPTY] as const;
      }),
    ).then(
      (pairs) => {
        if (live) setExtra(Object.fromEntries(pairs));
      },
      () => {
        // An expansion that fails (e.g. a stale id in the URL) adds nothing; the base view stays.
        if (live) setExtra({});
      },
    );
    return () => {
      live = false;
    };
  }, [client, expandedKey]);
  const graph = useMemo(() => {
    const parts = [base.data?.lineage ?? EMPTY, ...view.expanded.map((id) => extra[id] ?? EMPTY)];
    return mergeSubgraphs(parts);
  }, [base.data, extra, view.expanded]);
  return {
    graph,
    loading: base.loading,
    error: base.error,
    refetch: () => {
      void base.refetch();
    },
  };
}
