// The explorer's first requests, sent by a few kB of script inlined in the page (the build puts
// it there, see vite.config.ts): it runs as the HTML is parsed, while the explorer's 1.2 MB of
// code still loads and compiles (about a hundred milliseconds on the 2-core machine), so the
// answers are in, or nearly, when the explorer starts and asks.
import type { FormattedExecutionResult } from 'graphql';
import { parseViewState } from '../state/view-state';
import { earlyKey, type EarlyAnswer } from './early-answers';
import { viewQueries, type ViewOperation } from './view-queries';

/** Each operation's text as Apollo sends it; defined by the build (view-documents.ts). */
declare const __VIEW_QUERY_TEXTS__: Record<ViewOperation, string>;

const answers = new Map<string, EarlyAnswer>();
// The language does not change the questions; parseViewState only needs a fallback.
for (const { operation, variables } of viewQueries(parseViewState(location.search, 'en'))) {
  const query = __VIEW_QUERY_TEXTS__[operation];
  const result = fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json,application/json;q=0.9',
    },
    body: JSON.stringify({ operationName: operation, variables, query }),
  }).then(
    async (res) => (res.ok ? ((await res.json()) as FormattedExecutionResult) : undefined),
    () => undefined,
  );
  answers.set(earlyKey(operation, variables), { query, result });
}
window.__earlyAnswers = answers;
