// Query limits, checked at parse and validation time: a query over any of them is refused
// before a resolver runs, so it never reaches Neo4j. graphql-armor supplies the depth, cost,
// alias and directive rules and hides field suggestions; the token limit is graphql-js's own
// parser option (see `parseOptions`).
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  GraphQLError,
  Kind,
  visit,
  type ArgumentNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import type { ApolloServerPlugin, ApolloServerOptions } from '@apollo/server';
import { MAX_PAGE } from '../services/graph.js';

/**
 * The limits, with what the heaviest legitimate operation needs (measured with armor's own
 * counting; the client's operations are in client/src/graphql/operations.graphql).
 */
export const LIMITS = {
  /**
   * Selection depth, fragment spreads counting one level. The client's Lineage and WhyExists
   * are 9 deep, Details 7; 12 leaves room for a hand-written query one or two levels deeper.
   * The introspection query (21 deep through `ofType`) is not counted: `__schema` cannot reach
   * data, and graphql-js's MaxIntrospectionDepthRule (a specified rule) bounds its cycles.
   */
  maxDepth: 12,
  /**
   * armor's cost: 1 per scalar, 2 per object, ×1.5 per level, × a literal `first`. Details
   * costs about 815 (about 1,100 with Apollo Client's added `__typename`s), Lineage about
   * 600, the heaviest GraphiQL example about 1,500. 5,000 is three times that.
   */
  maxCost: 5000,
  /**
   * Aliases, `__typename` included (a thousand `__typename` aliases is the classic cheap
   * amplification). Details uses 31 (EN/RU pairs in fragments spread several times).
   */
  maxAliases: 50,
  /** Lexical tokens. Details, the longest operation, has about 300; introspection about 185. */
  maxTokens: 1000,
  /** Directives (`@include`, `@skip`, …). The client's Lineage uses three (`@include`). */
  maxDirectives: 20,
} as const;

export type LimitName = keyof typeof LIMITS;

type ArmorConfig = NonNullable<ConstructorParameters<typeof ApolloArmor>[0]>;
type RejectCallback = NonNullable<NonNullable<ArmorConfig['maxDepth']>['onReject']>[number];

/** A literal page size (`first: 5000`) outside what every paged field accepts. */
function badPageSize(arg: ArgumentNode): number | null {
  if (arg.name.value !== 'first' || arg.value.kind !== Kind.INT) return null;
  const n = Number(arg.value.value);
  return n >= 1 && n <= MAX_PAGE ? null : n;
}

/**
 * `first: 5000` is refused at validation like any other bad literal: Apollo files every
 * validation error under GRAPHQL_VALIDATION_FAILED, and formatError (errors.ts) turns an
 * "Expected value of type" error into BAD_USER_INPUT naming the argument, as the resolvers'
 * own range check would. Without this, armor's cost (which multiplies by a literal `first`)
 * would report such a query as too expensive instead; that second error is dropped.
 */
const pageSizeRule: ValidationRule = (ctx) => ({
  Argument(arg) {
    const n = badPageSize(arg);
    if (n === null) return;
    ctx.reportError(
      new GraphQLError(
        `Expected value of type Int between 1 and ${String(MAX_PAGE)}, found ${String(n)}.`,
        { nodes: [arg.value] },
      ),
    );
  },
});

/**
 * The API is read-only: it has no Mutation or Subscription type. graphql-js 16 validates a
 * `mutation { … }` against such a schema without complaint and only fails to execute it, with
 * an error Apollo files as INTERNAL_SERVER_ERROR: a plain client mistake reported as our fault.
 * Refused here, it is GRAPHQL_VALIDATION_FAILED like any other field the schema does not have.
 */
const operationTypeRule: ValidationRule = (ctx) => ({
  OperationDefinition(op) {
    if (ctx.getSchema().getRootType(op.operation)) return;
    ctx.reportError(
      new GraphQLError(`This API has no ${op.operation} operations; it answers queries only.`, {
        nodes: [op],
      }),
    );
  },
});

function hasBadPageSize(ctx: ValidationContext): boolean {
  let found = false;
  visit(ctx.getDocument(), {
    Argument(arg) {
      if (badPageSize(arg) !== null) found = true;
    },
  });
  return found;
}

/**
 * armor's own report asks for BAD_USER_INPUT (Apollo files every validation error under
 * GRAPHQL_VALIDATION_FAILED anyway) and starts "Syntax Error: "; the query is neither. Ours:
 * GRAPHQL_VALIDATION_FAILED (HTTP 400) with `extensions.limit` naming the limit exceeded.
 */
function rejectAs(limit: LimitName): RejectCallback {
  return (ctx, error) => {
    if (!ctx || (limit === 'maxCost' && hasBadPageSize(ctx))) return;
    ctx.reportError(
      new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit },
      }),
    );
  };
}

export interface QueryLimits {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
  parseOptions: NonNullable<ApolloServerOptions<object>['parseOptions']>;
}

export function queryLimits(): QueryLimits {
  const common = { exposeLimits: true, propagateOnRejection: false } as const;
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: {
      ...common,
      n: LIMITS.maxDepth,
      ignoreIntrospection: true,
      onReject: [rejectAs('maxDepth')],
    },
    costLimit: {
      ...common,
      maxCost: LIMITS.maxCost,
      ignoreIntrospection: true,
      onReject: [rejectAs('maxCost')],
    },
    maxAliases: {
      ...common,
      n: LIMITS.maxAliases,
      allowList: [],
      onReject: [rejectAs('maxAliases')],
    },
    maxDirectives: {
      ...common,
      n: LIMITS.maxDirectives,
      onReject: [rejectAs('maxDirectives')],
    },
    // armor's token check throws from Apollo's parsingDidStart hook, outside Apollo's parse
    // error handling, so the client got a masked 500. graphql-js's parser has the same limit
    // and fails as a GRAPHQL_PARSE_FAILED syntax error (HTTP 400).
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  return {
    // armor's declarations name @apollo/server's CommonJS types and this project resolves
    // the ESM ones: the same plugin interface, declared twice.
    plugins: plugins as unknown as ApolloServerPlugin[],
    validationRules: [operationTypeRule, pageSizeRule, ...validationRules],
    parseOptions: { maxLexicalTokens: LIMITS.maxTokens },
  };
}
