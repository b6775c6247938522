// Apollo Client with a normalised cache: entities and relations are stored once by id,
// so a node seen in a lineage is not fetched again for the details or why panels.
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import possibleTypes from '../gql/possible-types';
import type { EarlyAnswer } from './early-answers';
import { earlyLink } from './early-link';

/** `early`: answers already asked for by the page's early script (see early.ts). */
export function createClient(uri = '/graphql', early?: Map<string, EarlyAnswer>): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([earlyLink(early), new HttpLink({ uri })]),
    cache: new InMemoryCache({ possibleTypes: possibleTypes.possibleTypes }),
  });
}
