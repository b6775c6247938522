// Neo4j goes away while the HTTP server runs, then comes back on the same port and data folder.
// Uses a Neo4j of its own: stopping the shared test instance would break every other test.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4jDriver from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database, DatabaseUnavailableError, mapError } from '../../server/src/db/executor.js';
import { applySchema } from '../../server/src/db/schema.js';
import {
  findFreePort,
  startLocalNeo4j,
  type LocalNeo4j,
} from '../../server/src/local-neo4j/launcher.js';
import { ensureSeed } from '../../server/src/seed/load.js';
import { superviseLocalNeo4j } from '../../server/src/local-neo4j/supervisor.js';
import { startServer, type RunningServer } from '../../server/src/server.js';

const QUERY = '{ entity(id: "body/wg-firearms") { id name } }';
const RECOVERY_DEADLINE_MS = 90_000;
const neo4jOptions = { heap: '512m', pageCache: '64m', log: () => {} };

let neo4j: LocalNeo4j | null = null;
let db: Database;
let server: RunningServer;
let dataDir: string;
let boltPort: number;
const logged: string[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'mandate-lineage-outage-'));
  boltPort = await findFreePort();
  neo4j = await startLocalNeo4j({ dataDir, boltPort, ...neo4jOptions });
  db = new Database({ uri: neo4j.uri });
  await applySchema(db);
  await ensureSeed(db, () => {});
  server = await startServer(db, 0, '127.0.0.1', (m) => {
    logged.push(m);
  });
}, 180_000);

afterAll(async () => {
  await server.stop();
  await db.close();
  await neo4j?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

interface GqlResponse {
  status: number;
  body: {
    data?: { entity: { id: string; name: string } | null } | null;
    errors?: { message: string; extensions?: Record<string, unknown> }[];
  };
  ms: number;
}

async function graphql(): Promise<GqlResponse> {
  const t0 = performance.now();
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: QUERY }),
  });
  const body = (await res.json()) as GqlResponse['body'];
  return { status: res.status, body, ms: performance.now() - t0 };
}

async function health(which: 'live' | 'ready'): Promise<{ status: number; ms: number }> {
  const t0 = performance.now();
  const res = await fetch(`${server.url}/health/${which}`);
  await res.text();
  return { status: res.status, ms: performance.now() - t0 };
}

function timing(label: string, ms: number): void {
  console.log(`[outage] ${label}: ${String(Math.round(ms))} ms`);
}

describe('Neo4j outage and recovery', () => {
  it('answers normally while Neo4j is up', async () => {
    const r = await graphql();
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data?.entity?.id).toBe('body/wg-firearms');
    expect((await health('ready')).status).toBe(200);
  });

  it('answers SERVICE_UNAVAILABLE quickly, without internals, while Neo4j is down', async () => {
    const t0 = performance.now();
    await neo4j?.stop();
    neo4j = null;
    timing('neo4j stop', performance.now() - t0);

    const r = await graphql();
    timing('graphql while down', r.ms);
    expect(r.ms).toBeLessThan(8_000);
    expect(r.body.errors).toHaveLength(1);
    const [error] = r.body.errors ?? [];
    expect(error?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    expect(error?.message).toBe('The graph database is unavailable; try again shortly.');
    const text = JSON.stringify(r.body);
    expect(text).not.toMatch(/stacktrace|Neo4jError|bolt:|127\.0\.0\.1|ECONNREFUSED|\.ts:\d/i);
    expect(logged).toContain('database unavailable');

    // A second request (the pool now knows the server is gone) is just as quick.
    const again = await graphql();
    timing('graphql while down (2nd)', again.ms);
    expect(again.ms).toBeLessThan(8_000);
    expect(again.body.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');

    const ready = await health('ready');
    timing('/health/ready while down', ready.ms);
    expect(ready.status).toBe(503);
    expect(ready.ms).toBeLessThan(8_000);
    expect((await health('live')).status).toBe(200);
  }, 60_000);

  it('recovers by itself when Neo4j is back on the same port, same server and driver', async () => {
    const dbBefore = db;
    const t0 = performance.now();
    neo4j = await startLocalNeo4j({ dataDir, boltPort, ...neo4jOptions });
    timing('neo4j restart', performance.now() - t0);
    const t1 = performance.now();
    let last: GqlResponse | null = null;
    while (performance.now() - t1 < 30_000) {
      last = await graphql();
      if (!last.body.errors) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    timing('first successful query after restart', performance.now() - t1);
    expect(last?.body.errors).toBeUndefined();
    expect(last?.body.data?.entity?.id).toBe('body/wg-firearms');
    expect((await health('ready')).status).toBe(200);
    expect(db).toBe(dbBefore);
  }, 240_000);
});

describe('the bundled Neo4j under supervision (npm start)', () => {
  // How fast is a figure of the bench (recover_after_kill, goal ≤ 30 s), measured on a quiet
  // machine; here, among other test files, only that it recovers by itself. The deadline is a
  // guard against a hang: three Neo4j starts at their slowest seen under a loaded CI.
  it(
    'is started again after a SIGKILL while requests run: the API recovers by itself, nothing committed is lost',
    async () => {
      await neo4j?.stop();
      neo4j = null;
      const lines: string[] = [];
      const supervised = await superviseLocalNeo4j({
        dataDir,
        boltPort,
        ...neo4jOptions,
        log: (l) => lines.push(l),
      });
      try {
        // Committed just before the kill.
        await db.runRaw("MERGE (m:Meta {key: 'outage-marker'}) SET m.value = 'kept'");
        const counts = async () => {
          const [row] = await db.read('graphCounts', {});
          return [Number(row?.get('nodes')), Number(row?.get('relationships'))];
        };
        const before = await counts();
        const killed = supervised.pid;
        let answered = 0;
        let refused = 0;
        let recoveredAt: number | null = null;
        const t0 = performance.now();
        process.kill(killed, 'SIGKILL');
        while (performance.now() - t0 < RECOVERY_DEADLINE_MS) {
          const r = await graphql();
          if (r.body.errors) refused++;
          else {
            answered++;
            if (supervised.restarts > 0) {
              recoveredAt = performance.now() - t0;
              break;
            }
          }
          await new Promise((r) => setTimeout(r, 200));
        }
        timing('answered again after SIGKILL', recoveredAt ?? Number.NaN);
        expect(
          recoveredAt,
          `answered ${String(answered)}, refused ${String(refused)}`,
        ).not.toBeNull();
        expect(supervised.pid).not.toBe(killed);
        expect(lines.some((l) => /exited unexpectedly \(signal SIGKILL\)/.test(l))).toBe(true);
        expect(await counts()).toEqual(before);
        const [marker] = await db.runRaw(
          "MATCH (m:Meta {key: 'outage-marker'}) RETURN m.value AS v",
        );
        expect(marker?.get('v')).toBe('kept');
        expect((await health('ready')).status).toBe(200);
      } finally {
        await supervised.stop();
      }
    },
    RECOVERY_DEADLINE_MS + 120_000,
  );
});

describe('mapError', () => {
  const { Neo4jError } = neo4jDriver;
  const neo4jError = (message: string, code: string) =>
    new Neo4jError(message, code, '50N42', 'error: general processing exception');

  it.each([
    ['ServiceUnavailable', neo4jError('Failed to connect', 'ServiceUnavailable')],
    ['SessionExpired', neo4jError('session expired', 'SessionExpired')],
    [
      'connection refused (wrapped)',
      neo4jError(
        'Failed to connect to server. Caused by: connect ECONNREFUSED 127.0.0.1:7687',
        'N/A',
      ),
    ],
    [
      'connection refused (socket error)',
      Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:7687'), { code: 'ECONNREFUSED' }),
    ],
    ['acquisition timeout', neo4jError('Connection acquisition timed out in 3000 ms.', 'N/A')],
  ])('maps %s to DatabaseUnavailableError', (_label, err) => {
    expect(mapError(err, 'test')).toBeInstanceOf(DatabaseUnavailableError);
  });

  it('keeps query errors and our own errors apart', () => {
    const syntax = neo4jError('bad', 'Neo.ClientError.Statement.SyntaxError');
    expect(mapError(syntax, 'test')).not.toBeInstanceOf(DatabaseUnavailableError);
    const own = new Error('rolled back');
    expect(mapError(own, 'test')).toBe(own);
  });
});
