// Limits at the edge: query size (graphql-armor), request rate, request time, request ids.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { addTypenameToDocument } from '@apollo/client/utilities';
import express from 'express';
import { getIntrospectionQuery, parse, print, separateOperations } from 'graphql';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { Database } from '../../server/src/db/executor.js';
import { LIMITS } from '../../server/src/graphql/armor.js';
import type { Logger } from '../../server/src/graphql/errors.js';
import { createApp, type HttpOptions } from '../../server/src/http/app.js';
import { requestTimeout } from '../../server/src/http/limits.js';
import { requestIdFor } from '../../server/src/http/logging.js';
import { CatalogService } from '../../server/src/services/catalog.js';
import { OverviewService } from '../../server/src/services/overview.js';
import { GraphService } from '../../server/src/services/graph.js';
import { repoPath } from '../../server/src/paths.js';
import { useApi } from '../support/api.js';

const api = useApi();

/** Runs a query and returns its errors and how many Cypher statements it sent. */
async function runCounting(query: string, variables?: Record<string, unknown>) {
  let statements = 0;
  const off = api.db.onQuery(() => {
    statements++;
  });
  try {
    const result = await api.run(query, variables);
    return { ...result, statements };
  } finally {
    off();
  }
}

const repeat = (n: number, f: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => f(i)).join(' ');

/** session → mandates → session → … : `pairs` levels of real, resolvable nesting. */
function deepQuery(pairs: number): string {
  let inner = 'id';
  for (let i = 0; i < pairs; i++) inner = `mandates { session { ${inner} } }`;
  return `{ entity(id: "session/7") { ... on Session { ${inner} } } }`;
}

describe('query limits (validation, before any Cypher)', () => {
  it.each([
    ['maxDepth', deepQuery(6)],
    [
      'maxAliases',
      `{ ${repeat(LIMITS.maxAliases + 1, (i) => `e${String(i)}: entity(id: "body/wg-firearms") { id }`)} }`,
    ],
    ['maxAliases', `{ ${repeat(LIMITS.maxAliases + 1, (i) => `t${String(i)}: __typename`)} }`],
    [
      'maxDirectives',
      `{ entity(id: "body/wg-firearms") { ${repeat(LIMITS.maxDirectives + 1, () => 'id @include(if: true)')} } }`,
    ],
    [
      'maxCost',
      `{ search(query: "working group", first: 100) { id name ... on Body { meetings { id name reports { id name } } mandates { id name session { id name } } } } }`,
    ],
  ])('a query over %s is refused with its code and sends no Cypher', async (limit, query) => {
    const { data, errors, statements } = await runCounting(query);
    expect(data).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors[0]?.extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', limit });
    expect(errors[0]?.message).toMatch(/limit of \d+ exceeded, found \d+/);
    expect(errors[0]?.message).not.toMatch(/^Syntax Error/);
    expect(statements).toBe(0);
  });

  it('a query of more tokens than the limit fails to parse and sends no Cypher', async () => {
    const query = `{ entity(id: "body/wg-firearms") { ${repeat(LIMITS.maxTokens, () => 'id')} } }`;
    const { errors, statements } = await runCounting(query);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    // graphql-js says "more that N tokens".
    expect(errors[0]?.message).toMatch(
      new RegExp(`more tha[nt] ${String(LIMITS.maxTokens)} tokens`),
    );
    expect(statements).toBe(0);
  });

  it('refuses a thousand __typename aliases', async () => {
    const { errors, statements } = await runCounting(
      `{ ${repeat(1000, (i) => `a${String(i)}: __typename`)} }`,
    );
    expect(errors).toHaveLength(1);
    // Three tokens an alias: the token limit stops it before the alias count would.
    expect(errors[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(statements).toBe(0);
  });

  it('a literal page size out of range is BAD_USER_INPUT naming first, at validation', async () => {
    const { errors, statements } = await runCounting(
      '{ search(query: "working group", first: 5000) { id } mandates { totalCount } }',
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', argument: 'first' });
    expect(statements).toBe(0);
  });

  it('does not suggest field names', async () => {
    const { errors } = await api.run('{ entty(id: "body/wg-firearms") { id } }');
    expect(errors[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errors[0]?.message).not.toContain('entity');
    expect(errors[0]?.message).not.toContain('Did you mean');
  });
});

describe('what the limits must let through', () => {
  const operations = separateOperations(
    parse(readFileSync(repoPath('client/src/graphql/operations.graphql'), 'utf8')),
  );
  const variables: Record<string, Record<string, unknown>> = {
    Search: { query: 'working group', first: 100 },
    Lineage: { id: 'body/wg-firearms', direction: 'BOTH', maxDepth: 20 },
    WhyExists: { id: 'body/wg-firearms' },
    Details: { id: 'body/wg-firearms' },
    Status: { id: 'body/wg-trafficking-in-persons', asOf: '2012' },
    Landing: {},
    DocumentText: { id: 'document/2020-07-01-CTOC-COP-2020-1-items-2-4-5' },
  };

  it('knows every client operation', () => {
    expect(Object.keys(operations).sort()).toEqual(Object.keys(variables).sort());
  });

  it.each(Object.keys(variables))(
    'the client operation %s, as Apollo Client sends it',
    async (name) => {
      const doc = operations[name];
      if (!doc) throw new Error(`no operation ${name}`);
      const { data, errors } = await api.run(print(addTypenameToDocument(doc)), variables[name]);
      expect(errors).toEqual([]);
      expect(data).not.toBeNull();
    },
  );

  it.each([
    ['default', getIntrospectionQuery()],
    [
      'GraphiQL',
      getIntrospectionQuery({
        descriptions: true,
        inputValueDeprecation: true,
        schemaDescription: true,
        directiveIsRepeatable: true,
        specifiedByUrl: true,
      }),
    ],
  ])('the %s introspection query', async (_, query) => {
    const { data, errors } = await api.run(query);
    expect(errors).toEqual([]);
    expect(data).toHaveProperty('__schema');
  });
});

const neo4jUri = () => inject('neo4jUri');

/** The real app on a free port, with the given edge settings. */
async function startApp(
  db: Database,
  options: Partial<HttpOptions>,
  log: Logger = () => {},
): Promise<{ url: string; httpServer: Server; stop: () => Promise<void> }> {
  const httpServer = createServer();
  const services = {
    graph: new GraphService(db),
    catalog: new CatalogService(db),
    overview: new OverviewService(db),
  };
  const { app, apollo } = await createApp(services, db, log, httpServer, {
    rateLimit: 0,
    rateLimitWindowMs: 60_000,
    requestTimeoutMs: 0,
    logLevel: 'silent',
    ...options,
  });
  httpServer.on('request', app);
  await new Promise<void>((resolve) => {
    httpServer.listen(0, '127.0.0.1', resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  return { url: `http://127.0.0.1:${String(port)}`, httpServer, stop: () => apollo.stop() };
}

const gql = (url: string, query: string, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });

describe('HTTP: request ids and rate limits', () => {
  let db: Database;
  let server: Awaited<ReturnType<typeof startApp>>;
  beforeAll(async () => {
    db = new Database({ uri: neo4jUri() });
    server = await startApp(db, { rateLimit: 3 });
  });
  afterAll(async () => {
    await server.stop();
    await db.close();
  });

  it('echoes a sane x-request-id and makes one up otherwise', async () => {
    const kept = await fetch(`${server.url}/health/live`, {
      headers: { 'x-request-id': 'abc-123.DEF_4' },
    });
    expect(kept.headers.get('x-request-id')).toBe('abc-123.DEF_4');
    const made = await fetch(`${server.url}/health/live`, {
      headers: { 'x-request-id': 'no spaces <or> "quotes"' },
    });
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFor('x'.repeat(65))).not.toBe('x'.repeat(65));
  });

  it('answers 429 RATE_LIMITED with RateLimit headers after the limit, on /graphql and /export', async () => {
    const answers: Response[] = [];
    for (let i = 0; i < 3; i++) answers.push(await gql(server.url, '{ __typename }'));
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(answers[0]?.headers.get('ratelimit-limit')).toBe('3');
    expect(answers[2]?.headers.get('ratelimit-remaining')).toBe('0');

    const over = await gql(server.url, '{ __typename }', { 'x-request-id': 'limited-1' });
    expect(over.status).toBe(429);
    expect(over.headers.get('x-request-id')).toBe('limited-1');
    expect(over.headers.get('ratelimit-reset')).toMatch(/^\d+$/);
    const retryAfter = over.headers.get('retry-after');
    expect(retryAfter).toMatch(/^\d+$/);
    expect(await over.json()).toEqual({
      errors: [
        {
          message: `Too many requests from this address; retry after ${String(retryAfter)} s`,
          extensions: { code: 'RATE_LIMITED' },
        },
      ],
    });
    const exported = await fetch(`${server.url}/export/csv?id=body/wg-firearms`);
    expect(exported.status).toBe(429);
    // Health checks are not limited.
    expect((await fetch(`${server.url}/health/live`)).status).toBe(200);
  });
});

describe('HTTP: rate limits behind a reverse proxy (TRUST_PROXY)', () => {
  it('counts each forwarded client separately when the proxy is trusted, and ignores a forged X-Forwarded-For otherwise', async () => {
    const db = new Database({ uri: neo4jUri() });
    const behindProxy = await startApp(db, { rateLimit: 2, trustProxy: 'loopback' });
    const direct = await startApp(db, { rateLimit: 2 });
    try {
      const from = (url: string, client: string) =>
        gql(url, '{ __typename }', { 'x-forwarded-for': client });
      const statuses = async (url: string) => [
        (await from(url, '203.0.113.1')).status,
        (await from(url, '203.0.113.1')).status,
        (await from(url, '203.0.113.1')).status,
        (await from(url, '203.0.113.2')).status,
      ];
      // Trusted: the third request of one client is limited, another client is not.
      expect(await statuses(behindProxy.url)).toEqual([200, 200, 429, 200]);
      // Not trusted: the header is the client's own claim, so all four are one address.
      expect(await statuses(direct.url)).toEqual([200, 200, 429, 429]);
    } finally {
      await behindProxy.stop();
      await direct.stop();
      await db.close();
    }
  });
});

describe('HTTP: errors are logged with the request id', () => {
  it('hands the request id to the logger with the error', async () => {
    // Nothing listens on port 1: the query fails as SERVICE_UNAVAILABLE, which is logged.
    const down = new Database({ uri: 'bolt://127.0.0.1:1' });
    const logged: { msg: string; id: string | undefined }[] = [];
    const server = await startApp(down, {}, (msg, _err, id) => {
      logged.push({ msg, id });
    });
    try {
      const res = await gql(server.url, '{ entity(id: "body/wg-firearms") { id } }', {
        'x-request-id': 'trace-me-42',
      });
      const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
      expect(body.errors[0]?.extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(logged).toContainEqual({ msg: 'database unavailable', id: 'trace-me-42' });
    } finally {
      await server.stop();
      await down.close();
    }
  });
});

describe('requestTimeout', () => {
  let httpServer: Server | undefined;
  afterEach(async () => {
    const s = httpServer;
    httpServer = undefined;
    if (s) {
      s.closeAllConnections();
      await new Promise((resolve) => s.close(resolve));
    }
  });

  async function serve(app: express.Express): Promise<string> {
    const s = createServer(app);
    httpServer = s;
    await new Promise<void>((resolve) => {
      s.listen(0, '127.0.0.1', resolve);
    });
    return `http://127.0.0.1:${String((s.address() as AddressInfo).port)}`;
  }

  it('answers 503 TIMEOUT when a request is not answered in time', async () => {
    const app = express();
    app.get('/never', requestTimeout(50), () => {
      // Never answers.
    });
    const url = await serve(app);
    const res = await fetch(`${url}/never`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({
      errors: [
        {
          message: 'The request took longer than 50 ms; try again.',
          extensions: { code: 'TIMEOUT' },
        },
      ],
    });
  });

  it('leaves a request answered in time alone', async () => {
    const app = express();
    app.get('/quick', requestTimeout(200), (_req, res) => {
      res.json({ ok: true });
    });
    const url = await serve(app);
    const res = await fetch(`${url}/quick`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });
});
