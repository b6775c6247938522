// In-process GraphQL against the real test Neo4j (Apollo's executeOperation: no HTTP).
import { afterAll, beforeAll, expect, inject } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import { Database } from '../../server/src/db/executor.js';
import { createContext, type GraphQLContext } from '../../server/src/graphql/context.js';
import { createApolloServer } from '../../server/src/http/app.js';
import { CatalogService } from '../../server/src/services/catalog.js';
import { OverviewService } from '../../server/src/services/overview.js';
import { GraphService } from '../../server/src/services/graph.js';

export interface Api {
  db: Database;
  apollo: ApolloServer<GraphQLContext>;
  /** Runs an operation; returns data and errors of the single result. T is the shape the caller expects. */
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
  run<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{
    data: T | null;
    errors: { message: string; extensions?: Record<string, unknown> }[];
  }>;
  close(): Promise<void>;
}

export async function createApi(): Promise<Api> {
  const db = new Database({ uri: inject('neo4jUri') });
  const apollo = createApolloServer(() => {});
  await apollo.start();
  const services = {
    graph: new GraphService(db),
    catalog: new CatalogService(db),
    overview: new OverviewService(db),
  };
  return {
    db,
    apollo,
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
    async run<T>(query: string, variables?: Record<string, unknown>) {
      const res = await apollo.executeOperation(
        { query, variables },
        { contextValue: createContext(services) },
      );
      if (res.body.kind !== 'single') throw new Error('expected a single result');
      const { data, errors } = res.body.singleResult;
      return {
        data: (data ?? null) as T | null,
        errors: (errors ?? []) as { message: string; extensions?: Record<string, unknown> }[],
      };
    },
    async close() {
      await apollo.stop();
      await db.close();
    },
  };
}

/** An Api for the tests of one file: created before them, closed after them. */
export function useApi(): Api {
  let inner: Api | undefined;
  beforeAll(async () => {
    inner = await createApi();
  });
  afterAll(async () => {
    await inner?.close();
  });
  const get = (): Api => {
    if (!inner) throw new Error('useApi(): used outside a test');
    return inner;
  };
  return {
    get db() {
      return get().db;
    },
    get apollo() {
      return get().apollo;
    },
    run(query, variables) {
      return get().run(query, variables);
    },
    close: () => get().close(),
  };
}

/**
 * A GraphQL operation on a test file's own Neo4j (one that writes), in process: the data of its
 * single result, which must have no errors. T is the shape the caller expects.
 */
export async function queryOn<T>(
  db: Database,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const apollo = createApolloServer(() => {});
  await apollo.start();
  try {
    const services = {
      graph: new GraphService(db),
      catalog: new CatalogService(db),
      overview: new OverviewService(db),
    };
    const res = await apollo.executeOperation(
      { query, variables },
      { contextValue: createContext(services) },
    );
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    expect(res.body.singleResult.errors).toBeUndefined();
    return res.body.singleResult.data as T;
  } finally {
    await apollo.stop();
  }
}
