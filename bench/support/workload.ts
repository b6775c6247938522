// The explorer's own operations (client/src/graphql/operations.graphql), one document each,
// so the benchmarks send exactly what the client sends.
import { readFileSync } from 'node:fs';
import { parse, print, separateOperations } from 'graphql';
import { repoPath } from '../../server/src/paths.js';
import type { GqlRequest } from './http.js';

const documents = separateOperations(
  parse(readFileSync(repoPath('client/src/graphql/operations.graphql'), 'utf8')),
);

export function operation(name: string): string {
  const doc = documents[name];
  if (!doc) throw new Error(`client/src/graphql/operations.graphql has no operation ${name}`);
  return print(doc);
}

export interface Subjects {
  /** Entity whose lineage and details are asked for. */
  lineageId: string;
  /** A body whose whyExists is asked for. */
  whyId: string;
  /** A phrase the full-text index finds. */
  search: string;
}

/** A user's session in miniature: search, open a lineage, details, why. */
export function normalMix(s: Subjects): GqlRequest[] {
  return [
    { query: operation('Search'), variables: { query: s.search, first: 10 } },
    {
      query: operation('Lineage'),
      variables: { id: s.lineageId, direction: 'BOTH', maxDepth: 3 },
    },
    { query: operation('Details'), variables: { id: s.lineageId } },
    { query: operation('WhyExists'), variables: { id: s.whyId } },
  ];
}
