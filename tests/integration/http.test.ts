// The real HTTP server, as a browser or a notebook reaches it.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { Database } from '../../server/src/db/executor.js';
import { startServer, type RunningServer } from '../../server/src/server.js';

let db: Database;
let server: RunningServer;
beforeAll(async () => {
  db = new Database({ uri: inject('neo4jUri') });
  server = await startServer(db, 0, '127.0.0.1', () => {});
});
afterAll(async () => {
  await server.stop();
  await db.close();
});

const post = (
  body: string,
  headers: Record<string, string> = { 'content-type': 'application/json' },
) => fetch(`${server.url}/graphql`, { method: 'POST', headers, body });

describe('HTTP', () => {
  it('serves the client at / and the API at /graphql on one port', async () => {
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Mandate Lineage');
    const res = await post(
      JSON.stringify({ query: '{ entity(id: "session/10") { name(lang: RU) } }' }),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({
      data: { entity: { name: 'Десятая сессия Конференции участников' } },
    });
  });

  it('answers a GET query (cacheable) when the CSRF header is present', async () => {
    const q = encodeURIComponent('{ entity(id: "decision/4/4") { id } }');
    const res = await fetch(`${server.url}/graphql?query=${q}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(await res.json()).toEqual({ data: { entity: { id: 'decision/4/4' } } });
  });

  it('refuses a simple cross-site GET without the CSRF header', async () => {
    const q = encodeURIComponent('{ entity(id: "decision/4/4") { id } }');
    const res = await fetch(`${server.url}/graphql?query=${q}`);
    expect(res.status).toBe(400);
  });

  it('answers a body that is not JSON with a JSON error, and keeps serving', async () => {
    const res = await post('{"query": "{ entity(id: ');
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      errors: [
        { message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } },
      ],
    });
    const ok = await post(JSON.stringify({ query: '{ __typename }' }));
    expect(ok.status).toBe(200);
  });

  it('answers a body in a broken encoding without crashing', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: Buffer.from([0x7b, 0x22, 0x71, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]),
    });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect((await post(JSON.stringify({ query: '{ __typename }' }))).status).toBe(200);
  });

  // Found by the fuzz test (fuzz.test.ts): Apollo's refusals of a request it cannot run as
  // sent were masked as INTERNAL_SERVER_ERROR.
  it.each([
    [
      'an operationName the document does not define',
      { query: 'query A { __typename }', operationName: 'B' },
      'Unknown operation named "B".',
    ],
    [
      'several operations and no operationName',
      { query: 'query A { __typename } query B { __typename }' },
      'Must provide operation name if query contains multiple operations.',
    ],
    [
      'a persisted-query hash that does not match the query',
      { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: 'x' } } },
      'provided sha does not match query',
    ],
  ])('answers %s with 400 BAD_REQUEST', async (_, body, message) => {
    const res = await post(JSON.stringify(body));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      errors: [{ message, extensions: { code: 'BAD_REQUEST' } }],
    });
  });

  it('keeps automatic persisted queries working: an unknown hash, then the query registered', async () => {
    const query = '{ entity(id: "decision/4/4") { id } }';
    const persistedQuery = {
      version: 1,
      sha256Hash: createHash('sha256').update(query).digest('hex'),
    };
    const unknown = await post(JSON.stringify({ extensions: { persistedQuery } }));
    // Apollo Client's persisted-query link recognises the message and resends with the query.
    expect(await unknown.json()).toEqual({
      errors: [{ message: 'PersistedQueryNotFound', extensions: { code: 'BAD_REQUEST' } }],
    });
    const registered = await post(JSON.stringify({ query, extensions: { persistedQuery } }));
    expect(await registered.json()).toEqual({ data: { entity: { id: 'decision/4/4' } } });
    const byHash = await post(JSON.stringify({ extensions: { persistedQuery } }));
    expect(await byHash.json()).toEqual({ data: { entity: { id: 'decision/4/4' } } });
  });

  it.each([
    ['GET', '/export'],
    ['GET', '/export/'],
    ['GET', '/export/cyjs/extra?id=body/cop'],
    ['POST', '/export/cyjs?id=body/cop'],
  ])('answers %s %s, which is no export, with a JSON error', async (method, path) => {
    const res = await fetch(`${server.url}${path}`, { method });
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      errors: [
        {
          message: 'Not an export; use GET /export/<format>?id=…',
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
  });

  it('answers a request line over 16 kB with a JSON 431, and keeps serving', async () => {
    const q = encodeURIComponent(`{ search(query: "${'x'.repeat(20_000)}") { id } }`);
    const res = await fetch(`${server.url}/graphql?query=${q}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(res.status).toBe(431);
    expect(await res.json()).toEqual({
      errors: [
        {
          message: 'The request line or headers are larger than 16 kB.',
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
    expect((await post(JSON.stringify({ query: '{ __typename }' }))).status).toBe(200);
  });

  it('reports liveness and readiness', async () => {
    expect((await fetch(`${server.url}/health/live`)).status).toBe(200);
    const ready = await fetch(`${server.url}/health/ready`);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });
});
