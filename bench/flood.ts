// `npm run bench:flood`: normal users' latency with and without an abusive client flooding
// the API from one address, measured side by side in one run (issue: hardening).
//   phase A  50 users (one connection and one address each) at a steady rate: the baseline
//   phase B  the same users while a flood client sends over-limit and heavy queries unpaced
//   phase C  as B, with the per-address rate limit switched off (what the limit buys)
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { repoPath } from '../server/src/paths.js';
import { round } from './figure.js';
import { startInstance } from './support/instance.js';
import { noGraphqlErrors, runLoad, type LoadResult } from './support/load.js';
import { spawnServer, type ServerProcess } from './support/server-process.js';
import { normalMix } from './support/workload.js';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '20' },
    rate: { type: 'string', default: '50' },
    'flood-connections': { type: 'string', default: '20' },
  },
});
const durationS = Number(args.duration);
const log = (m: string) => {
  console.error(`[bench:flood] ${m}`);
};

// The seed graph's busiest entities: what a user opens first, and the biggest lineage.
const users = normalMix({
  lineageId: 'resolution/7/1',
  whyId: 'body/wg-firearms',
  search: 'working group',
});
const HEAVY = 'body/cop';

function normalLoad(server: ServerProcess): Promise<LoadResult> {
  return runLoad({
    url: server.url,
    connections: 50,
    durationS,
    requests: users,
    overallRate: Number(args.rate),
    headersFor: (i) => ({ 'x-forwarded-for': `10.0.0.${String(i + 1)}` }),
    verifyBody: noGraphqlErrors,
  });
}

function flood(server: ServerProcess): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        repoPath('bench/flood-client.ts'),
        server.url,
        String(durationS),
        args['flood-connections'],
        HEAVY,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => {
      if (code === 0) resolve(JSON.parse(out) as LoadResult);
      else reject(new Error(`flood client exited with ${String(code)}`));
    });
  });
}

async function underFlood(
  server: ServerProcess,
): Promise<{ normal: LoadResult; flood: LoadResult }> {
  const [normal, abusive] = await Promise.all([normalLoad(server), flood(server)]);
  return { normal, flood: abusive };
}

const row = (name: string, r: LoadResult) =>
  `${name.padEnd(34)} ${String(r.requests).padStart(7)} ${round(r.rps, 1).toString().padStart(8)} ${String(r.p50).padStart(6)} ${String(r.p99).padStart(6)} ${String(r.errors + r.non2xx + r.mismatches).padStart(7)}  ${JSON.stringify(r.statusCodes)}`;

const instance = await startInstance('flood', { heap: '1g', pageCache: '256m', log });
const servers: ServerProcess[] = [];
try {
  const env = { TRUST_PROXY: 'loopback', RATE_LIMIT_PER_MINUTE: '600' };
  const limited = await spawnServer(instance.uri, env);
  servers.push(limited);
  log(`warming up ${limited.url}`);
  await runLoad({ url: limited.url, connections: 10, durationS: 5, requests: users });
  log(`phase A: ${String(durationS)} s of normal use`);
  const a = await normalLoad(limited);
  log('phase B: normal use under a flood, rate limit on');
  const b = await underFlood(limited);
  const unlimited = await spawnServer(instance.uri, { ...env, RATE_LIMIT_PER_MINUTE: '0' });
  servers.push(unlimited);
  await runLoad({ url: unlimited.url, connections: 10, durationS: 5, requests: users });
  log('phase C: normal use under a flood, rate limit off');
  const c = await underFlood(unlimited);

  console.log(
    `\n${'run'.padEnd(34)} ${'reqs'.padStart(7)} ${'req/s'.padStart(8)} ${'p50'.padStart(6)} ${'p99'.padStart(6)} ${'errors'.padStart(7)}  status codes`,
  );
  console.log(row('A normal users alone', a));
  console.log(row('B normal users, flood, limit on', b.normal));
  console.log(row('  the flood itself', b.flood));
  console.log(row('C normal users, flood, limit off', c.normal));
  console.log(row('  the flood itself', c.flood));
  const normalErrors = (r: LoadResult) => r.errors + r.non2xx + r.mismatches;
  const ratio = b.normal.p99 / a.p99;
  console.log(
    `\np99 under flood / p99 alone: ${round(ratio)}× (goal ≤ 2×, ${ratio <= 2 ? 'met' : 'NOT met'}); ` +
      `errors for normal users: ${String(normalErrors(b.normal))} (goal 0, ${normalErrors(b.normal) === 0 ? 'met' : 'NOT met'}); ` +
      `without the rate limit: ${round(c.normal.p99 / a.p99)}×, ${String(normalErrors(c.normal))} errors`,
  );
} finally {
  for (const s of servers) await s.stop();
  await instance.stop();
}
