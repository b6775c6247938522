// The questions a view asks the API as it opens: one list, so the page's early script
// (early.ts), the prefetch and the hooks ask exactly the same questions and share each answer.
// Operations by name, not by document: the early script carries only their text.
import type { ViewState } from '../state/view-state';

export type ViewOperation = 'Lineage' | 'WhyExists' | 'Details' | 'Status';

export interface ViewQuery {
  operation: ViewOperation;
  variables: Record<string, unknown>;
}

/**
 * `asOf` when the view has a date, and for a lineage `dated` (ask each node's status then),
 * always given: Apollo Client sends a variable's default, and the page's early script must ask
 * the very same question.
 */
const dated = (asof: string | null) => (asof ? { asOf: asof, dated: true } : { dated: false });
const at = (asof: string | null) => (asof ? { asOf: asof } : {});

/** The variables of the lineage query behind `view`. */
export function lineageVariables(view: ViewState & { id: string }) {
  return { id: view.id, direction: view.direction, maxDepth: view.depth, ...dated(view.asof) };
}

/** The variables of an expanded node's query: its immediate neighbours, both ways. */
export const expansionVariables = (id: string, asof: string | null = null) => ({
  id,
  direction: 'BOTH' as const,
  maxDepth: 1,
  ...dated(asof),
});

/** The variables of the why and details panels' queries. */
export const panelVariables = (id: string, asof: string | null) => ({ id, ...at(asof) });

/** The lineage (and expansions) the graph draws, and the why and details panels beside it. */
export function viewQueries(view: ViewState): ViewQuery[] {
  const { id } = view;
  if (!id) return [];
  return [
    { operation: 'Lineage', variables: lineageVariables({ ...view, id }) },
    ...view.expanded.map((e) => ({
      operation: 'Lineage' as const,
      variables: expansionVariables(e, view.asof),
    })),
    { operation: 'WhyExists', variables: panelVariables(id, view.asof) },
    { operation: 'Details', variables: { id } },
    { operation: 'Status', variables: panelVariables(id, view.asof) },
  ];
}
