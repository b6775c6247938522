// Hands Apollo the answers the page's early script asked for (early.ts). An answer is used
// once, for the same operation, variables and query text; anything else (no early answer, a
// failed one, a query whose text differs) goes to the network as usual.
import { ApolloLink } from '@apollo/client';
import { print } from '@apollo/client/utilities';
import { from, mergeMap, of } from 'rxjs';
import type { EarlyAnswer } from './early-answers';
import { earlyKey } from './early-answers';

export function earlyLink(answers: Map<string, EarlyAnswer> | undefined): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const key = earlyKey(operation.operationName, operation.variables);
    const early = answers?.get(key);
    if (!early || early.query !== print(operation.query)) return forward(operation);
    answers?.delete(key);
    return from(early.result).pipe(
      mergeMap((result) => (result ? of(result) : forward(operation))),
    );
  });
}
