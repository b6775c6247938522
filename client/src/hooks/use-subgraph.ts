// The subgraph on screen: the lineage of the selected entity plus, for every expanded node,
// its immediate neighbours (lineage BOTH, depth 1). All through the normalised cache.
//
// The graph handed on is always a settled one: while the lineage or an expansion is still on its
// way, the previous graph stays. So a deep link with `expand=` is laid out once, with everything
// in it (the same input, the same picture, on every reload), and a new pick replaces the old
// picture in one step instead of flashing a half-loaded one.
import { skipToken, useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { LineageDocument, type LineageQuery } from '../gql/graphql';
import { EMPTY, fromLineage, mergeSubgraphs, type Subgraph } from '../graph/subgraph';
import { expansionVariables, lineageVariables } from '../api/view-queries';
import type { ViewState } from '../state/view-state';

export interface SubgraphResult {
  graph: Subgraph;
  /** What `graph` is the lineage of: `id|direction|depth|asof`, or null before the first one. */
  settledFor: string | null;
  loading: boolean;
  error: Error | undefined;
  refetch: () => void;
}

interface Extra {
  /** What these neighbourhoods were loaded for: `asof|expanded`, or '' for none. */
  key: string;
  parts: Record<string, Subgraph>;
}

interface Settled {
  graph: Subgraph;
  for: string | null;
  /** The answers it was merged from. */
  from: { lineage: LineageQuery['lineage']; extra: Extra } | null;
}

export function useSubgraph(view: ViewState): SubgraphResult {
  const client = useApolloClient();
  const base = useQuery(
    LineageDocument,
    view.id
      ? {
          variables: lineageVariables({ ...view, id: view.id }),
          notifyOnNetworkStatusChange: true,
        }
      : skipToken,
  );
  const [extra, setExtra] = useState<Extra>({ key: '', parts: {} });
  const { asof } = view;
  const expandedKey = view.expanded.join(',');
  // What the expansions are loaded for: these nodes at this date; '' when there are none.
  const extraFor = expandedKey ? `${asof ?? ''}|${expandedKey}` : '';
  useEffect(() => {
    let live = true;
    const ids = expandedKey ? expandedKey.split(',') : [];
    void Promise.all(
      ids.map(async (id) => {
        const res = await client.query({
          query: LineageDocument,
          variables: expansionVariables(id, asof),
        });
        return [id, res.data ? fromLineage(res.data.lineage) : EMPTY] as const;
      }),
    ).then(
      (pairs) => {
        if (live) setExtra({ key: extraFor, parts: Object.fromEntries(pairs) });
      },
      () => {
        // An expansion that fails (e.g. a stale id in the URL) adds nothing; the base view stays.
        if (live) setExtra({ key: extraFor, parts: {} });
      },
    );
    return () => {
      live = false;
    };
  }, [client, asof, expandedKey, extraFor]);

  const requested = view.id
    ? `${view.id}|${view.direction}|${String(view.depth)}|${view.asof ?? ''}`
    : null;
  const lineage = base.data?.lineage;
  const complete = !base.loading && lineage !== undefined && extra.key === extraFor;
  const [settled, setSettled] = useState<Settled>({ graph: EMPTY, for: null, from: null });
  if (complete && (settled.from?.lineage !== lineage || settled.from.extra !== extra)) {
    // Derived state, set while rendering (React's pattern for it): no render shows a graph
    // that is neither the old settled one nor the new one.
    const graph = mergeSubgraphs([
      fromLineage(lineage),
      ...view.expanded.map((id) => extra.parts[id] ?? EMPTY),
    ]);
    // The cache hands out a new answer object when another query writes the same entities
    // (the why and details panels do): the same graph stays the same object, so the picture
    // being drawn is not started over.
    const same =
      settled.for === requested && JSON.stringify(settled.graph) === JSON.stringify(graph);
    setSettled({ graph: same ? settled.graph : graph, for: requested, from: { lineage, extra } });
  }
  const { graph } = settled;
  return {
    graph: view.id ? graph : EMPTY,
    settledFor: view.id ? settled.for : null,
    loading: base.loading || extra.key !== extraFor,
    error: base.error,
    refetch: () => {
      void base.refetch();
    },
  };
}
