// The real HTTP server, as a browser or a notebook reaches it.
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

  it('reports liveness and readiness', async () => {
    expect((await fetch(`${server.url}/health/live`)).status).toBe(200);
    const ready = await fetch(`${server.url}/health/ready`);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });
});
