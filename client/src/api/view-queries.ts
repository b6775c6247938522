// The questions a view asks the API as it opens: one list, so the page's early script
// (early.ts), the prefetch and the hooks ask exactly the same questions and share each answer.
// Operations by name, not by document: the early script carries only their text.
import type { ViewState } from '../state/view-state';

export type ViewOperation = 'Lineage' | 'WhyExists' | 'Details';

export interface ViewQuery {
  operation: ViewOperation;
  variables: Record<string, unknown>;
}

/** The variables of the lineage query behind `view`. */
export function lineageVariables(view: ViewState & { id: string }) {
  return { id: view.id, direction: view.direction, maxDepth: view.depth };
}

/** The variables of an expanded node's query: its immediate neighbours, both ways. */
export const expansionVariables = (id: string) => ({ id, direction: 'BOTH' as const, maxDepth: 1 });

/** The lineage (and expansions) the graph draws, and the why and details panels beside it. */
export function viewQueries(view: ViewState): ViewQuery[] {
  const { id } = view;
  if (!id) return [];
  return [
    { operation: 'Lineage', variables: lineageVariables({ ...view, id }) },
    ...view.expanded.map((e) => ({
      operation: 'Lineage' as const,
      variables: expansionVariables(e),
    })),
    { operation: 'WhyExists', variables: { id } },
    { operation: 'Details', variables: { id } },
  ];
}
