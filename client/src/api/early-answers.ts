// Answers asked for by the page's early script (early.ts) before the explorer's code has
// loaded, handed to Apollo by earlyLink. Shared by the two so they agree on the key.
import type { FormattedExecutionResult } from 'graphql';

export interface EarlyAnswer {
  /** The query text sent: an answer is used only for the very same text. */
  query: string;
  /** The parsed answer, or undefined when the request failed (the link then asks again). */
  result: Promise<FormattedExecutionResult | undefined>;
}

declare global {
  interface Window {
    __earlyAnswers?: Map<string, EarlyAnswer>;
  }
}

/** Operation name and variables, independent of the variables' key order. */
export function earlyKey(operationName: string | undefined, variables: Record<string, unknown>) {
  const sorted = Object.keys(variables)
    .sort()
    .map((k) => [k, variables[k]]);
  return `${operationName ?? ''} ${JSON.stringify(sorted)}`;
}
