// The server executes queries with graphql-jit (server/src/graphql/jit.ts); graphql-js's own
// executor is the reference: every operation the explorer sends, for every entity of the seed
// graph (today and as of a date), must give the very same answer through both. (It found that
// an `@include` on a fragment spread made graphql-jit drop `__typename` from every node.)
import { readFileSync } from 'node:fs';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { addTypenameToDocument } from '@apollo/client/utilities';
import {
  execute,
  parse,
  separateOperations,
  type DocumentNode,
  type ExecutionResult,
} from 'graphql';
import { isCompiledQuery } from 'graphql-jit';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { Database } from '../../server/src/db/executor.js';
import { createContext } from '../../server/src/graphql/context.js';
import { compileOperation } from '../../server/src/graphql/jit.js';
import { resolvers } from '../../server/src/graphql/resolvers/index.js';
import { loadTypeDefs } from '../../server/src/graphql/type-defs.js';
import { repoPath } from '../../server/src/paths.js';
import { CatalogService } from '../../server/src/services/catalog.js';
import { GraphService } from '../../server/src/services/graph.js';
import { OverviewService } from '../../server/src/services/overview.js';

const db = new Database({ uri: inject('neo4jUri') });
afterAll(async () => {
  await db.close();
});
const services = {
  graph: new GraphService(db),
  catalog: new CatalogService(db),
  overview: new OverviewService(db),
};
const schema = makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers });
const operations = separateOperations(
  parse(readFileSync(repoPath('client/src/graphql/operations.graphql'), 'utf8')),
);

/** The operation as Apollo Client sends it (`__typename` everywhere). */
function sent(name: string): DocumentNode {
  const doc = operations[name];
  if (!doc) throw new Error(`no operation ${name}`);
  return addTypenameToDocument(doc);
}

async function both(name: string, variables: Record<string, unknown>) {
  const document = sent(name);
  const compiled = compileOperation(schema, document, name);
  if (!isCompiledQuery(compiled)) throw new Error(`${name} does not compile`);
  const jit = (await compiled.query(
    undefined,
    createContext(services),
    variables,
  )) as ExecutionResult;
  const reference = await execute({
    schema,
    document,
    operationName: name,
    variableValues: variables,
    contextValue: createContext(services),
  });
  // As the client reads them: through JSON (the order of keys aside, which JSON objects lack).
  const json = (r: ExecutionResult): unknown => JSON.parse(JSON.stringify(r));
  return { jit: json(jit), reference: json(reference) };
}

async function seedIds(): Promise<string[]> {
  const res = await execute({
    schema,
    document: parse(`{
      lineage(id: "instrument/untoc", direction: BOTH, maxDepth: 20) { nodes { id } }
      documents(first: 100) { edges { node { id } } }
    }`),
    contextValue: createContext(services),
  });
  const data = res.data as {
    lineage: { nodes: { id: string }[] };
    documents: { edges: { node: { id: string } }[] };
  };
  return [
    ...new Set([
      ...data.lineage.nodes.map((n) => n.id),
      ...data.documents.edges.map((e) => e.node.id),
    ]),
  ];
}

describe('graphql-jit answers as graphql-js does', () => {
  it('for every operation of the explorer, on every seed entity, now and as of 2012', async () => {
    const ids = await seedIds();
    expect(ids.length).toBeGreaterThan(40);
    let compared = 0;
    for (const id of ids) {
      // What the explorer asks when it opens this entity (the lineage both ways at its default
      // depth, the panels), today and as of 2012; and a document's text.
      const runs: [string, Record<string, unknown>][] = [
        ['Lineage', { id, direction: 'BOTH', maxDepth: 6, dated: false }],
        ['Lineage', { id, direction: 'BOTH', maxDepth: 6, asOf: '2012', dated: true }],
        ['WhyExists', { id }],
        ['WhyExists', { id, asOf: '2012' }],
        ['Details', { id }],
        ['Status', { id }],
        ['Status', { id, asOf: '2012' }],
        ['DocumentText', { id }],
      ];
      for (const [name, variables] of runs) {
        const { jit, reference } = await both(name, variables);
        expect(jit, `${name} ${JSON.stringify(variables)}`).toEqual(reference);
        compared++;
      }
    }
    for (const [name, variables] of [
      ['Landing', {}],
      ['Search', { query: 'working group', first: 50 }],
      ['Search', { query: 'рабочая группа', first: 50 }],
    ] as const) {
      const { jit, reference } = await both(name, variables);
      expect(jit, name).toEqual(reference);
    }
    expect(compared).toBe(ids.length * 8);
  }, 240_000);
});
