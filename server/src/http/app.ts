// Transport at the edge: one Express app serves the API at /graphql and the client at /.
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { ErrorRequestHandler } from 'express';
import { createContext, type GraphQLContext, type Services } from '../graphql/context.js';
import { queryLimits } from '../graphql/armor.js';
import { jitGateway } from '../graphql/jit.js';
import { errorLogging, formatError, type Logger } from '../graphql/errors.js';
import { resolvers } from '../graphql/resolvers/index.js';
import { loadTypeDefs } from '../graphql/type-defs.js';
import type { Database } from '../db/executor.js';
import { loadConfig, readLimitsOf, type Config } from '../config.js';
import { DocumentReader, defaultConcurrency, type ReaderOptions } from '../ingest/read/pool.js';
import { repoPath } from '../paths.js';
import { corsMiddleware, corsOriginsFromEnv } from './cors.js';
import { documentsRouter } from './documents-route.js';
import { exportRouter } from './export-routes.js';
import { hasTimedOut, rateLimiter, requestTimeout } from './limits.js';
import { createLogger, requestIdOf, requestLogging, type LogLevel } from './logging.js';
import { securityHeaders } from './security-headers.js';

/** The HTTP edge's settings; by default from the environment (see config.ts). */
export interface HttpOptions {
  /** Requests per client address per window to /graphql and /export; 0: no limit. */
  rateLimit: number;
  /** The rate limit's window (one minute in production). */
  rateLimitWindowMs: number;
  /** Answer 503 TIMEOUT after this long; 0: no limit. */
  requestTimeoutMs: number;
  /** Level of the JSON request log on stderr. */
  logLevel: LogLevel;
  /** Express's `trust proxy` (which X-Forwarded-For hops name the client); null: none. */
  trustProxy?: string | null;
  /** The token that unlocks POST /documents; null: adding documents is refused. */
  ingestToken?: string | null;
  /** How documents are read (worker threads, limits) and how often a token may send one. */
  ingest?: { reader: ReaderOptions; ratePerMinute: number };
}

/** The configured reading of documents (config.ts); the defaults when nothing is set. */
function ingestOptionsOf(config: Config): NonNullable<HttpOptions['ingest']> {
  return {
    reader: {
      limits: readLimitsOf(config),
      concurrency: config.INGEST_CONCURRENCY ?? defaultConcurrency(),
      queue: config.INGEST_QUEUE,
    },
    ratePerMinute: config.INGEST_RATE_PER_MINUTE,
  };
}

export function httpOptionsFromEnv(env: NodeJS.ProcessEnv): HttpOptions {
  const config = loadConfig(env);
  return {
    rateLimit: config.RATE_LIMIT_PER_MINUTE,
    rateLimitWindowMs: 60_000,
    requestTimeoutMs: config.REQUEST_TIMEOUT_MS,
    logLevel: config.LOG_LEVEL,
    trustProxy: config.TRUST_PROXY ?? null,
    ingestToken: config.INGEST_TOKEN ?? null,
    ingest: ingestOptionsOf(config),
  };
}

/** `2` means two hops, `true`/`false` as such, anything else is Express's address list. */
function trustProxyValue(setting: string): boolean | number | string {
  if (setting === 'true' || setting === 'false') return setting === 'true';
  return /^\d+$/.test(setting) ? Number(setting) : setting;
}

export function createApolloServer(
  log: Logger,
  httpServer?: Server,
  plugins: readonly ApolloServerPlugin<GraphQLContext>[] = [],
): ApolloServer<GraphQLContext> {
  // Depth, cost, aliases, directives and tokens are limited before anything runs (armor.ts).
  const limits = queryLimits();
  const schema = makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers });
  return new ApolloServer<GraphQLContext>({
    gateway: jitGateway(schema),
    validationRules: limits.validationRules,
    parseOptions: limits.parseOptions,
    formatError,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown (HTTP, then the driver, then the bundled Neo4j), in that order.
    stopOnTerminationSignals: false,
    introspection: true,
    // Apollo's landing page loads from a CDN; the product must work offline.
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // No cache hints are used; the plugin would wrap every resolved field (a 336-node
      // lineage resolves tens of thousands), which npm run bench showed as measurable overhead.
      ApolloServerPluginCacheControlDisabled(),
      ...limits.plugins,
      errorLogging(log),
      ...plugins,
      // Five seconds for the requests in flight to finish, so a stop takes well under ten.
      ...(httpServer
        ? [ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 5000 })]
        : []),
    ],
  });
}

export async function createApp(
  services: Services,
  db: Database,
  log: Logger,
  httpServer: Server,
  options: HttpOptions = httpOptionsFromEnv(process.env),
): Promise<{ app: express.Express; apollo: ApolloServer<GraphQLContext> }> {
  const ingest = options.ingest ?? ingestOptionsOf(loadConfig(process.env));
  const reader = new DocumentReader(ingest.reader);
  // Stopping ends the reads in flight (their requests are answered 503 and close) while the
  // drain plugin waits for the HTTP connections: a long read never holds a shutdown.
  const closeReader: ApolloServerPlugin<GraphQLContext> = {
    serverWillStart: () =>
      Promise.resolve({
        // Beside the HTTP drain, not after it: the drain waits for the reads' requests.
        drainServer: () => reader.close(),
      }),
  };
  const apollo = createApolloServer(log, httpServer, [closeReader]);
  await apollo.start();
  const app = express();
  app.disable('x-powered-by');
  // An ETag is a hash of the whole body: no client revalidates a POSTed query, and hashing a
  // lineage's answer was measurable. Static files keep theirs (express.static sets its own).
  app.set('etag', false);
  if (options.trustProxy) app.set('trust proxy', trustProxyValue(options.trustProxy));
  // First, so every response (health, errors, 429) carries its x-request-id.
  app.use(requestLogging(createLogger(options.logLevel)));
  // Next, so every response (the page, the API, health, errors) carries them.
  app.use(securityHeaders(repoPath('client/dist')));
  app.get('/health/live', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/health/ready', async (_req, res) => {
    try {
      await db.ping();
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'unavailable', reason: 'Neo4j is not reachable' });
    }
  });
  // Notebooks (local Jupyter, Observable) call the API from other origins; CORS_ORIGINS adds more.
  // Apollo's CSRF prevention stays on: a GET must still carry a non-simple header.
  app.use(['/graphql', '/export'], corsMiddleware(corsOriginsFromEnv()));
  // After CORS, so a browser can read the 429 and 503 answers.
  app.use(
    ['/graphql', '/export'],
    rateLimiter(options.rateLimit, options.rateLimitWindowMs),
    requestTimeout(options.requestTimeoutMs),
  );
  app.use('/export', exportRouter(services.graph, log));
  // No CORS here: a page on another origin cannot send the token's header (http/documents-route.ts).
  app.use(
    '/documents',
    rateLimiter(options.rateLimit, options.rateLimitWindowMs),
    documentsRouter(
      db,
      {
        token: options.ingestToken ?? null,
        reader,
        ratePerMinute: ingest.ratePerMinute,
      },
      log,
    ),
  );
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: ({ req }) => Promise.resolve(createContext(services, requestIdOf(req))),
    }),
  );
  const clientDir = repoPath('client/dist');
  if (existsSync(clientDir)) {
    // GraphiQL is the client build's second page (client/graphiql.html).
    app.get('/graphiql', (_req, res) => {
      res.sendFile(repoPath('client/dist/graphiql.html'));
    });
    app.use(express.static(clientDir));
  } else {
    // `npm start` builds the client; running the server alone (npm run dev) may not have.
    app.get('/', (_req, res) => {
      res
        .type('text')
        .send(
          'Mandate Lineage: the client is not built. Run `npm run build:client` (the API is at /graphql).',
        );
    });
  }
  const onError: ErrorRequestHandler = (
    err: { status?: number; type?: string; message?: string },
    _req,
    res,
    next,
  ) => {
    if (res.headersSent) {
      // The work behind a request that already timed out ended later; its answer is moot.
      if (!hasTimedOut(res)) next(err);
      return;
    }
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    if (status === 500) log('http error', err);
    const message =
      err.type === 'entity.parse.failed'
        ? 'The request body is not valid JSON.'
        : err.type === 'entity.too.large'
          ? 'The request body is larger than 1 MB.'
          : status === 500
            ? 'Internal server error'
            : (err.message ?? 'Bad request');
    res.status(status).json({
      errors: [
        {
          message,
          extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' },
        },
      ],
    });
  };
  app.use(onError);
  return { app, apollo };
}
