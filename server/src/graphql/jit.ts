// Execution through graphql-jit behind Apollo Server. graphql-js interprets the query for every
// field of every object; graphql-jit compiles each query once into a function that resolves it
// (issue 14: a 336-node lineage cost 1.32× the same Cypher through the raw driver, and the
// interpreter was most of the difference). Apollo 5 has no executor option; its gateway
// interface is the supported seam for one, so parsing, validation (with the limits of armor.ts),
// plugins, error formatting and the HTTP layer stay Apollo's.
import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import {
  execute,
  getVariableValues,
  GraphQLError,
  printSchema,
  type ExecutionResult,
  type GraphQLSchema,
  type DocumentNode,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];

/**
 * The operation compiled as the server runs it (tests/integration/jit-parity.test.ts compares
 * its answers with graphql-js's own executor). Leaf serialization stays on: turning it off
 * (`disableLeafSerialization`) made no difference the lineage bench could measure.
 */
export function compileOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  name: string | null | undefined,
): CompiledQuery | ExecutionResult {
  return compileQuery(schema, document, name ?? undefined);
}

/** Distinct operations kept compiled; the explorer and the examples use a few dozen. */
const CACHE_SIZE = 1_000;

export function jitGateway(schema: GraphQLSchema): Gateway {
  // Insertion order is recency: a hit is moved to the end, the oldest is dropped first.
  const compiled = new Map<string, CompiledQuery>();
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    load() {
      return Promise.resolve({
        executor: async (rc) => {
          // Apollo calls the executor even when no operation matches the request; graphql-js
          // then answers with the errors Apollo turns into 400 BAD_REQUEST, as it always did.
          const operation = rc.operation as OperationDefinitionNode | undefined;
          if (!operation) {
            return execute({
              schema,
              document: rc.document,
              operationName: rc.request.operationName,
              variableValues: rc.request.variables,
              contextValue: rc.context,
            });
          }
          // The operation the request names (rc.operationName is the one Apollo resolved, null
          // when the name matches none: compiling that would run another operation).
          const name = rc.request.operationName;
          const key = `${name ?? ''}\n${rc.queryHash}`;
          let query = compiled.get(key);
          if (query) compiled.delete(key);
          else {
            const result = compileOperation(schema, rc.document, name);
            // Not compiled: the errors that prevented it (e.g. an unknown operation).
            if (!isCompiledQuery(result)) return ordinaryErrors(result);
            query = result;
            if (compiled.size >= CACHE_SIZE) {
              const oldest = compiled.keys().next();
              if (!oldest.done) compiled.delete(oldest.value);
            }
          }
          compiled.set(key, query);
          // Variables are checked by graphql-js first, so a wrong one is refused exactly as
          // before (its message, and the node Apollo reads to answer 400 BAD_USER_INPUT), and
          // graphql-jit is given them as coerced there: defaults applied (it applies none to a
          // non-null variable, `$dated: Boolean! = false`, and would refuse a request leaving
          // it out).
          const variables = getVariableValues(
            schema,
            operation.variableDefinitions ?? [],
            rc.request.variables ?? {},
            { maxErrors: 50 },
          );
          if (variables.errors) return { errors: variables.errors };
          return ordinaryErrors(await query.query(undefined, rc.context, variables.coerced));
        },
      });
    },
    stop: () => Promise.resolve(),
  };
}

/**
 * graphql-jit's errors have a read-only message; the plugins after execution (graphql-armor's
 * masking) rewrite messages, so they are handed on as graphql-js's own, cause and place kept.
 */
function ordinaryErrors(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const errors = result.errors.map((e) => {
    const copy = new GraphQLError(e.message, {
      path: e.path,
      originalError: e.originalError,
      extensions: e.extensions,
    });
    Object.assign(copy, { locations: e.locations });
    return copy;
  });
  return { ...result, errors };
}
