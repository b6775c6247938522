// Figures start_warm and start_cold: `npm start` as a user runs it, until the API answers a
// query from the graph. Cold: a fresh clone of HEAD (its node_modules linked from this one, so
// `npm install` is not timed) — builds, the Neo4j launcher's compile, a new store, schema and
// seed. Warm: the same clone started again with nothing changed. Next to each, the baseline:
// Neo4j's own start in that run (its launcher's "ready after" line), the floor of any start.
// Recovery: once a warm start answers, its Neo4j is killed with SIGKILL (what an out-of-memory
// exit does); the time until the API answers again, next to that restart's own Neo4j start.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findFreePort } from '../../server/src/local-neo4j/launcher.js';
import { repoPath } from '../../server/src/paths.js';
import { percentile, round, type Figure } from '../figure.js';

const WARM_GOAL_MS = 10_000;
const RECOVER_GOAL_MS = 30_000;
const PROBE = JSON.stringify({ query: '{ entity(id: "body/wg-firearms") { id } }' });

interface Start {
  ms: number;
  neo4jMs: number;
}

interface Recovery {
  ms: number;
  /** The restarted Neo4j's own start, from its second "ready after" line. */
  neo4jMs: number;
}

const readyAfter = (output: string): number[] =>
  [...output.matchAll(/Neo4j ready at \S+ after ([\d.]+) s/g)].map((m) => Number(m[1]) * 1000);

/** Kills the answering start's Neo4j; resolves when the API answers again from the restarted one. */
async function timeRecovery(url: string, output: () => string): Promise<Recovery> {
  const pid = Number(/Neo4j ready at \S+ after [\d.]+ s \(pid (\d+)\)/.exec(output())?.[1]);
  if (!Number.isInteger(pid)) throw new Error(`no Neo4j pid in:\n${output().slice(-2000)}`);
  const t0 = performance.now();
  process.kill(pid, 'SIGKILL');
  while (performance.now() - t0 < 300_000) {
    if (output().includes('Neo4j is back') && (await answers(url))) {
      return { ms: performance.now() - t0, neo4jMs: readyAfter(output())[1] ?? Number.NaN };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the API did not answer again after Neo4j was killed:\n${output().slice(-2000)}`);
}

async function answers(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: PROBE,
      signal: AbortSignal.timeout(5_000),
    });
    return ((await res.json()) as { data?: { entity?: unknown } }).data?.entity != null;
  } catch {
    return false;
  }
}

async function timeStart(
  dir: string,
  log: (m: string) => void,
  then?: (url: string, output: () => string) => Promise<void>,
): Promise<Start> {
  const port = await findFreePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    NEO4J_BOLT_PORT: String(await findFreePort()),
    LOG_LEVEL: 'info',
  };
  delete env.NEO4J_URI;
  const t0 = performance.now();
  // Its own process group: npm, its shell and the server are stopped together.
  const child = spawn('npm', ['start'], { cwd: dir, env, stdio: 'pipe', detached: true });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<void>((resolve) => {
    child.once('close', () => {
      resolve();
    });
  });
  let ms = Number.NaN;
  try {
    const url = `http://127.0.0.1:${String(port)}`;
    while (performance.now() - t0 < 600_000) {
      if (child.exitCode !== null) throw new Error(`npm start exited:\n${output.slice(-2000)}`);
      if (await answers(url)) {
        ms = performance.now() - t0;
        break;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    await then?.(url, () => output);
  } finally {
    if (child.pid) process.kill(-child.pid, 'SIGINT');
    const timer = setTimeout(() => {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    }, 60_000);
    await exited;
    clearTimeout(timer);
  }
  const neo4jMs = readyAfter(output)[0] ?? Number.NaN;
  log(
    `npm start answered after ${(ms / 1000).toFixed(1)} s (Neo4j's own start ${(neo4jMs / 1000).toFixed(1)} s)`,
  );
  return { ms, neo4jMs };
}

export async function measureStart(opts: {
  quick: boolean;
  log: (m: string) => void;
}): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'mandate-lineage-clone-'));
  try {
    execFileSync('git', ['clone', '-q', '--shared', repoPath(), dir]);
    symlinkSync(repoPath('node_modules'), join(dir, 'node_modules'));
    opts.log('start: a fresh clone of HEAD, cold');
    const cold = await timeStart(dir, opts.log);
    const warm: Start[] = [];
    for (let i = 0; i < (opts.quick ? 2 : 5); i++) warm.push(await timeStart(dir, opts.log));
    let recovery: Recovery = { ms: Number.NaN, neo4jMs: Number.NaN };
    await timeStart(dir, opts.log, async (url, output) => {
      recovery = await timeRecovery(url, output);
      opts.log(
        `answered again ${(recovery.ms / 1000).toFixed(1)} s after Neo4j was killed ` +
          `(the restarted Neo4j's own start ${(recovery.neo4jMs / 1000).toFixed(1)} s)`,
      );
    });
    const warmMs = percentile(
      warm.map((w) => w.ms),
      50,
    );
    const warmNeo4j = percentile(
      warm.map((w) => w.neo4jMs),
      50,
    );
    return [
      {
        id: 'start_warm',
        name: 'npm start to the first answered query, nothing changed since the last start (p50)',
        value: round(warmMs, 0),
        unit: 'ms',
        baseline: round(warmNeo4j, 0),
        ratio: round(warmMs / warmNeo4j),
        goal: `≤ ${String(WARM_GOAL_MS / 1000)} s (baseline: Neo4j's own start)`,
        met: warmMs <= WARM_GOAL_MS,
        details: { runs: warm.map((w) => ({ ms: round(w.ms, 0), neo4jMs: w.neo4jMs })) },
      },
      {
        id: 'start_cold',
        name: 'npm start on a fresh clone (after npm install) to the first answered query',
        value: round(cold.ms, 0),
        unit: 'ms',
        baseline: round(cold.neo4jMs, 0),
        ratio: round(cold.ms / cold.neo4jMs),
        goal: 'reported (builds the server, the explorer and the Neo4j launcher; loads the seed)',
        met: Number.isFinite(cold.ms),
      },
      {
        id: 'recover_after_kill',
        name: 'kill -9 of the bundled Neo4j under npm start to the next answered query',
        value: round(recovery.ms, 0),
        unit: 'ms',
        baseline: round(recovery.neo4jMs, 0),
        ratio: round(recovery.ms / recovery.neo4jMs),
        goal: `≤ ${String(RECOVER_GOAL_MS / 1000)} s (baseline: the restarted Neo4j's own start)`,
        met: recovery.ms <= RECOVER_GOAL_MS,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
