// Apollo Client with a normalised cache: entities and relations are stored once by id,
// so a node seen in a lineage is not fetched again for the details or why panels.
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';
import possibleTypes from '../gql/possible-types';

export function createClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri }),
    cache: new InMemoryCache({ possibleTypes: possibleTypes.possibleTypes }),
  });
}
