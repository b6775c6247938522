// Property-based fuzzing of the real server over HTTP: more than 10,000 malformed or hostile
// requests, and after them the server still runs, answered every one with a documented error
// code and no internals, and the graph is exactly as it was. FUZZ_SEED=<n> replays a run.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Database } from '../../server/src/db/executor.js';
import { exchange, problemsWith } from '../support/fuzz/checks.js';
import { fingerprint, type Fingerprint } from '../support/fuzz/fingerprint.js';
import { garbled, injection, variables } from '../support/fuzz/graphql-families.js';
import { encodings, hugeBodies } from '../support/fuzz/http-families.js';
import { transport } from '../support/fuzz/transport-families.js';
import { exports, gets } from '../support/fuzz/url-families.js';
import {
  FAMILIES,
  postOperation,
  request,
  type Family,
  type FuzzRequest,
} from '../support/fuzz/request.js';
import { argumentLeaves } from '../support/fuzz/schema.js';
import { startServerProcess, type ServerProcess } from '../support/fuzz/server-process.js';
import { aliases, batches, deep } from '../support/fuzz/shape-families.js';

const MIN_REQUESTS = 10_000;
// Requests in flight at once: enough to interleave requests inside the server, few enough for
// a shared two-core machine.
const CONCURRENCY = 12;
const RUNS_PER_JOB = 250;
const RUNS_PER_ARGUMENT = 50;

const PLAN: [Family, fc.Arbitrary<FuzzRequest>, number][] = [
  ['garbled', garbled, 1500],
  ['variables', variables, 1500],
  ['huge', hugeBodies, 150],
  ['deep', deep, 600],
  ['aliases', aliases, 600],
  ['batches', batches, 400],
  ['encodings', encodings, 900],
  ['transport', transport, 1000],
  ['get', gets, 1000],
  ['export', exports, 1000],
];

interface Job {
  name: string;
  arbitrary: fc.Arbitrary<FuzzRequest>;
  runs: number;
}

// Every argument of every root field is a job of its own, so each is fuzzed on every run.
const JOBS: Job[] = [
  ...argumentLeaves.map((leaf) => ({
    name: `injection into ${leaf.field}(${leaf.path.join('.')})`,
    arbitrary: injection(leaf),
    runs: RUNS_PER_ARGUMENT,
  })),
  ...PLAN.flatMap(([family, arbitrary, runs]) =>
    Array.from({ length: Math.ceil(runs / RUNS_PER_JOB) }, (_, i) => ({
      name: `${family} #${String(i + 1)}`,
      arbitrary,
      runs: Math.min(RUNS_PER_JOB, runs - i * RUNS_PER_JOB),
    })),
  ),
];

const baseSeed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 2 ** 31;

let server: ServerProcess;
let db: Database;
let before: Fingerprint;
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onRejection);
  server = await startServerProcess(inject('neo4jUri'));
  db = new Database({ uri: inject('neo4jUri') });
  before = await fingerprint(db);
}, 120_000);

afterAll(async () => {
  process.off('unhandledRejection', onRejection);
  await server.stop();
  await db.close();
});

describe('fuzzing the HTTP API', () => {
  const sent = new Map<Family, number>(FAMILIES.map((f) => [f, 0]));
  const busy = new Map<Family, number>(FAMILIES.map((f) => [f, 0]));
  const failures: string[] = [];

  it(`answers ${String(MIN_REQUESTS)}+ hostile requests without a crash, a 5xx, an undocumented code or a leak`, async () => {
    const queue = JOBS.map((job, index) => ({ job, seed: baseSeed + index }));
    const worker = async () => {
      // After a crash every request fails alike; the first failures name the culprit.
      for (let next = queue.shift(); next && !server.exit(); next = queue.shift()) {
        const { job, seed } = next;
        const property = fc.asyncProperty(job.arbitrary, async (req) => {
          sent.set(req.family, (sent.get(req.family) ?? 0) + 1);
          const start = performance.now();
          const problems = await exchange(req, server.url);
          busy.set(req.family, (busy.get(req.family) ?? 0) + performance.now() - start);
          if (problems.length) throw new Error(problems.join('\n'));
        });
        try {
          await fc.assert(property, { numRuns: job.runs, seed, includeErrorInReport: true });
        } catch (err) {
          failures.push(`${job.name} (FUZZ_SEED=${String(baseSeed)}): ${String(err)}`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));

    const exit = server.exit();
    if (exit) {
      failures.unshift(
        `the server exited (${JSON.stringify(exit)}); its stderr ends:\n${server.stderr().slice(-3000)}`,
      );
    }
    const total = [...sent.values()].reduce((a, b) => a + b, 0);
    const table = FAMILIES.map((f) => {
      const n = sent.get(f) ?? 0;
      const ms = (busy.get(f) ?? 0) / Math.max(n, 1);
      return `  ${f.padEnd(10)} ${String(n).padStart(6)} requests, ${ms.toFixed(1)} ms each`;
    });
    console.log(
      [`fuzz: ${String(total)} requests, FUZZ_SEED=${String(baseSeed)}`, ...table].join('\n'),
    );
    expect(failures.join('\n\n')).toBe('');
    expect(total).toBeGreaterThanOrEqual(MIN_REQUESTS);
    for (const family of FAMILIES) expect(sent.get(family), family).toBeGreaterThan(0);
  }, 600_000);

  it('leaves the server running, healthy and right, and the graph unchanged', async () => {
    expect(server.exit()).toBeNull();
    const stderr = server.stderr();
    expect(stderr).not.toMatch(/unhandled|uncaught/i);
    // pino levels 50 (error) and 60 (fatal): every masked internal error is logged as one.
    expect(stderr.split('\n').filter((l) => /"level":(?:50|60)/.test(l))).toEqual([]);
    expect((await fetch(`${server.url}/health/ready`)).status).toBe(200);
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ entity(id: "session/10") { name(lang: RU) } }' }),
    });
    expect(await res.json()).toEqual({
      data: { entity: { name: 'Десятая сессия Конференции участников' } },
    });
    expect(await fingerprint(db)).toEqual(before);
    expect(rejections).toEqual([]);
  });
});

// The checks must catch what they are for, and must not take an echo of the request for a leak.
describe('the fuzz checks', () => {
  const hostile = 'x" }) MATCH (n) DETACH DELETE n // Neo4jError at f (/work/a.ts:1:2)';
  const req = postOperation(
    'injection',
    'query($id: ID!) { entity(id: $id) { id } }',
    JSON.stringify({ id: hostile }),
  );
  const answer = (message: string, code = 'BAD_USER_INPUT', status = 200) => ({
    status,
    contentType: 'application/json; charset=utf-8',
    body: new TextEncoder().encode(JSON.stringify({ errors: [{ message, extensions: { code } }] })),
  });
  const check = (a: ReturnType<typeof answer>, r: FuzzRequest = req) =>
    problemsWith(r, a, 'http://x');

  it('accepts an echo of the request, whole or cut at 80 characters', () => {
    expect(check(answer(`id: no entity has the id ${JSON.stringify(hostile)}`))).toEqual([]);
    const cut = `${hostile.repeat(3).slice(0, 80)}…`;
    const long = postOperation(
      'injection',
      '{ __typename }',
      JSON.stringify({ id: hostile.repeat(3) }),
    );
    expect(check(answer(`id: no entity has the id ${JSON.stringify(cut)}`), long)).toEqual([]);
  });

  it.each([
    ['a stack frame', 'Internal\n    at Object.run (/srv/app/dist/x.js:1:2)'],
    ['a Neo4j error code', 'Neo.ClientError.Statement.SyntaxError: Invalid input'],
    ['Cypher', `${hostile} was not found by MATCH (n:Entity)`],
    ['a file path', 'cannot read node_modules/neo4j-driver'],
  ])('finds %s the request did not contain', (what, message) => {
    expect(check(answer(message)).join('\n')).toContain(`${what} leaked`);
  });

  it('finds 5xx answers, undocumented or unexpected codes, and bodies that are not JSON', () => {
    expect(check(answer('x', 'BAD_REQUEST', 502))).toContain('HTTP 502');
    expect(check(answer('x', 'OPERATION_RESOLUTION_FAILURE'))[0]).toMatch(/^undocumented code/);
    expect(check(answer('x', 'INTERNAL_SERVER_ERROR'))[0]).toMatch(/from a healthy server/);
    const html = { status: 404, contentType: 'text/html', body: new TextEncoder().encode('<p>') };
    expect(check(html)[0]).toMatch(/not JSON/);
    const file = { ...html, status: 200 };
    expect(check(file, request('export', 'GET', '/export/cyjs?id=x', {}))).toEqual([
      'an export of type text/html',
    ]);
  });
});
