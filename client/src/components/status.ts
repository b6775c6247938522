import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { Status } from './StatusMessage';

/** What a failed lineage request means for the reader. */
export function statusOfError(error: Error, id: string, retry: () => void): Status {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    if (first?.extensions?.code === 'BAD_USER_INPUT' && first.extensions.argument === 'id') {
      return { kind: 'unknown-id', id };
    }
    if (first?.extensions?.code === 'SERVICE_UNAVAILABLE') return { kind: 'unreachable', retry };
    return { kind: 'error', message: first?.message ?? error.message };
  }
  // Anything else is transport: the server is down, the network is gone, a proxy failed.
  return { kind: 'unreachable', retry };
}
