// The abusive client of the flood benchmark, in its own process (a stranger's machine):
// queries over the limits, huge bodies and expensive valid queries, as fast as it can,
// all from one address. Prints its LoadResult as JSON on stdout.
import { runLoad } from './support/load.js';
import type { GqlRequest } from './support/http.js';

const [url, durationS, connections, heavyId] = process.argv.slice(2);
if (!url || !durationS || !connections || !heavyId) {
  throw new Error('usage: flood-client URL DURATION_S CONNECTIONS HEAVY_ENTITY_ID');
}

const repeat = (n: number, f: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => f(i)).join(' ');

export const ABUSE: GqlRequest[] = [
  // Alias bomb: thousands of root fields (rejected at parse: over the token limit).
  { query: `{ ${repeat(2000, (i) => `a${String(i)}: entity(id: "${heavyId}") { id }`)} }` },
  // Deep nesting through the graph (over the depth limit at validation).
  {
    query: `{ entity(id: "${heavyId}") { ... on Body { ${repeat(20, () => 'meetings { body {')} id ${'} } '.repeat(20)} } } }`,
  },
  // Valid but as heavy as the API allows: the whole lineage, both ways, to the depth cap.
  {
    query: `query($id: ID!) { lineage(id: $id, direction: BOTH, maxDepth: 20) { nodes { id name } edges { id type evidence { quote document { id } } } } }`,
    variables: { id: heavyId },
  },
  // A body near the 1 MB limit (a search string the API refuses as too long).
  {
    query: 'query($q: String!) { search(query: $q) { totalCount } }',
    variables: { q: 'x'.repeat(900_000) },
  },
  // Full-text syntax that must not turn into an expensive Lucene query.
  {
    query: 'query($q: String!) { search(query: $q, first: 100) { totalCount } }',
    variables: { q: '*:* OR a~ OR b* OR "c d"~10 OR e^99 '.repeat(10) },
  },
];

const result = await runLoad({
  url,
  connections: Number(connections),
  durationS: Number(durationS),
  requests: ABUSE,
  headersFor: () => ({ 'x-forwarded-for': '198.51.100.66' }),
});
process.stdout.write(JSON.stringify(result));
