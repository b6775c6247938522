// What a client may see of an error. Known causes get a stable code and a message that
// names the argument; everything else is masked (the cause is logged, never sent).
import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { GraphQLError } from 'graphql';
import { Kind, parse, visit } from 'graphql';
import { DatabaseUnavailableError } from '../db/executor.js';
import { BadInputError } from '../services/errors.js';
import type { GraphQLContext } from './context.js';

export const ERROR_CODES = {
  BAD_USER_INPUT: 'An argument is wrong; `extensions.argument` names it.',
  GRAPHQL_PARSE_FAILED: 'The query is not valid GraphQL syntax.',
  GRAPHQL_VALIDATION_FAILED: 'The query asks for something the schema does not have.',
  BAD_REQUEST: 'The HTTP request is malformed (e.g. the body is not JSON).',
  SERVICE_UNAVAILABLE: 'Neo4j cannot be reached; retry later.',
  INTERNAL_SERVER_ERROR: 'Anything else; details are in the server log only.',
} as const;

/** Logs an error; `requestId` is the id of the request it happened in (`x-request-id`), if any. */
export type Logger = (msg: string, err?: unknown, requestId?: string) => void;

// Apollo and graphql-js may be loaded as two module instances (ESM and CJS builds), so
// errors are recognised by shape, not by instanceof.
function isGraphQLError(e: unknown): e is GraphQLError {
  return typeof e === 'object' && e !== null && 'message' in e && 'nodes' in e && 'source' in e;
}

/** For a validation error about a literal argument value, the argument's name. */
function argumentOf(error: GraphQLError): string | null {
  const loc = error.nodes?.[0]?.loc;
  const body = error.source?.body;
  if (!loc || !body) return null;
  let found: string | null = null;
  try {
    visit(parse(body), {
      Argument(arg) {
        if (arg.value.loc && arg.value.loc.start <= loc.start && loc.end <= arg.value.loc.end) {
          found = arg.name.value;
        }
      },
      ObjectField(f) {
        if (f.value.kind !== Kind.OBJECT && f.value.loc?.start === loc.start && found) {
          found = `${found}.${f.name.value}`;
        }
      },
    });
  } catch {
    return null;
  }
  return found;
}

const VALUE_ERROR =
  /cannot represent|does not exist in ".*" enum|Expected value of type|Expected type/;

// Apollo's own refusals of a request it cannot run as sent: an operationName the document does
// not define (or none where it defines several), a persisted-query hash it does not hold.
const REQUEST_CODES = new Set<unknown>([
  ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND,
  ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED,
]);

/**
 * Whether Apollo refused the request itself. Besides the codes above, Apollo marks such errors
 * with an HTTP status of 4xx (a persisted-query hash that does not match its query, an
 * unsupported version); the errors our resolvers throw carry none.
 */
function isRequestError(error: unknown, code: unknown): boolean {
  if (REQUEST_CODES.has(code)) return true;
  const http = isGraphQLError(error) ? error.extensions.http : undefined;
  const status = (http as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500;
}

/** What a client sees of an error, and what the log is told of it (null: nothing). */
interface Shaped {
  formatted: GraphQLFormattedError;
  logAs: string | null;
}

function shape(formatted: GraphQLFormattedError, error: unknown): Shaped {
  const cause = unwrapResolverError(error);
  if (cause instanceof BadInputError) {
    return shown({
      message: cause.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ApolloServerErrorCode.BAD_USER_INPUT, argument: cause.argument },
    });
  }
  if (cause instanceof DatabaseUnavailableError) {
    return {
      formatted: {
        message: 'The graph database is unavailable; try again shortly.',
        path: formatted.path,
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      },
      logAs: 'database unavailable',
    };
  }
  const code = formatted.extensions?.code;
  if (
    code === ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED &&
    isGraphQLError(error) &&
    VALUE_ERROR.test(error.message)
  ) {
    const argument = argumentOf(error);
    if (argument) {
      return shown({
        message: `${argument}: ${error.message}`,
        locations: formatted.locations,
        extensions: { code: ApolloServerErrorCode.BAD_USER_INPUT, argument },
      });
    }
  }
  if (typeof code === 'string' && code in ERROR_CODES && code !== 'INTERNAL_SERVER_ERROR')
    return shown(formatted);
  if (isRequestError(error, code)) {
    // Apollo's messages name what is wrong and nothing else ("Unknown operation named …",
    // "PersistedQueryNotFound", which Apollo Client's persisted-query link looks for).
    return shown({
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code: 'BAD_REQUEST' },
    });
  }
  return {
    formatted: {
      message: 'Internal server error',
      path: formatted.path,
      extensions: { code: ApolloServerErrorCode.INTERNAL_SERVER_ERROR },
    },
    logAs: 'internal error',
  };
}

const shown = (formatted: GraphQLFormattedError): Shaped => ({ formatted, logAs: null });

/** Apollo's `formatError`: known causes named, everything else masked. */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  return shape(formatted, error).formatted;
}

/**
 * Logs the errors `formatError` masks, with the id of their request (from the GraphQL context:
 * formatError has no request, and carrying the id in an AsyncLocalStorage put a hook on every
 * promise of every request, a measured 1–1.5 ms of a lineage's answer; issue 14).
 */
export function errorLogging(log: Logger): ApolloServerPlugin<GraphQLContext> {
  return {
    requestDidStart() {
      return Promise.resolve({
        didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            // As Apollo hands it to formatError: a missing code is an internal error.
            const code: unknown =
              error.extensions.code ?? ApolloServerErrorCode.INTERNAL_SERVER_ERROR;
            const formatted = { message: error.message, extensions: { ...error.extensions, code } };
            const { logAs } = shape(formatted, error);
            if (logAs) log(logAs, unwrapResolverError(error), contextValue.requestId);
          }
          return Promise.resolve();
        },
      });
    },
  };
}
