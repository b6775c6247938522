// `npm run bench [-- --quick]`: every figure of the scale issue, measured side by side in one
// run; prints a table and writes bench/results.json. Not part of `npm test`.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { repoPath } from '../server/src/paths.js';
import { FIGURE_IDS, type Figure, type FigureId } from './figure.js';
import { measureBulk } from './figures/bulk.js';
import { measureClient } from './figures/client.js';
import { measureExplorerSettle } from './figures/explorer-settle.js';
import { measureIngestion } from './figures/ingestion.js';
import { measureLineageVsDriver } from './figures/lineage-vs-driver.js';
import { measureMemory } from './figures/memory.js';
import { measureQueriesPerRequest } from './figures/queries-per-request.js';
import { measureReadLatencyDuringIngest } from './figures/read-latency-during-ingest.js';
import { measureScale } from './figures/scale.js';
import { measureSearchVsId } from './figures/search-vs-id.js';
import { measureStart } from './figures/start.js';
import { measureThroughput } from './figures/throughput.js';
import { startInstance } from './support/instance.js';
import { openRegistry, type Registry } from './support/registry.js';
import { printTable } from './support/table.js';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
  },
});
const quick = args.quick;
const only = new Set((args.only?.split(',') ?? FIGURE_IDS) as FigureId[]);
const wants = (...ids: FigureId[]) => ids.some((id) => only.has(id));
const log = (m: string) => {
  console.error(`[bench] ${m}`);
};

/** The sizes compared by scale_1m_vs_10k; --quick keeps the whole run under 5 minutes. */
export const PLAN = quick
  ? { small: 10_000, large: 100_000, rounds: 40, throughputS: 10 }
  : { small: 10_000, large: 1_000_000, rounds: 200, throughputS: 30 };

function javaVersion(): string {
  try {
    return (
      execFileSync('java', ['-version'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }).split('\n')[0] ?? ''
    );
  } catch (err) {
    return (err as { stderr?: string }).stderr?.split('\n')[0] ?? 'unknown';
  }
}

const started = Date.now();
const figures: Figure[] = [];
const add = (f: Figure | Figure[]) => {
  for (const x of Array.isArray(f) ? f : [f]) if (only.has(x.id)) figures.push(x);
};

if (wants('bulk_vs_per_row')) {
  log('bulk load: its own fresh database');
  const bulk = await startInstance('bulk', { heap: '2g', pageCache: '1g', fresh: true, log });
  try {
    add(await measureBulk(bulk.db, { quick }));
  } finally {
    await bulk.stop();
  }
}

const serverFigures: FigureId[] = [
  'lineage_vs_driver',
  'queries_per_request',
  'scale_1m_vs_10k',
  'search_vs_id',
  'throughput',
  'server_rss',
  'server_memory_10k',
];
if (wants(...serverFigures)) {
  const registries: Registry[] = [];
  try {
    const small = await openRegistry(
      'registry-small',
      PLAN.small,
      { heap: '1g', pageCache: '512m' },
      log,
    );
    registries.push(small);
    const large = await openRegistry(
      quick ? 'registry-quick' : 'registry-large',
      PLAN.large,
      quick ? { heap: '2g', pageCache: '1g' } : { heap: '4g', pageCache: '4g' },
      log,
    );
    registries.push(large);
    if (wants('queries_per_request')) add(await measureQueriesPerRequest(large));
    if (wants('lineage_vs_driver')) add(await measureLineageVsDriver(large, PLAN.rounds));
    if (wants('scale_1m_vs_10k')) add(await measureScale(small, large, PLAN.rounds));
    if (wants('search_vs_id')) add(await measureSearchVsId(large, PLAN.rounds));
    if (wants('throughput', 'server_rss'))
      add(await measureThroughput(small, large, PLAN.throughputS));
    if (wants('server_memory_10k')) add(await measureMemory(small, { quick }));
  } finally {
    for (const r of registries) await r.stop();
  }
}

if (wants('client_layout', 'webgl_vs_canvas')) add(await measureClient({ quick, log }));
if (wants('explorer_settle')) add(await measureExplorerSettle({ quick, log }));
if (wants('ingestion_pages')) add(await measureIngestion({ quick }));
if (wants('read_latency_during_ingest')) add(await measureReadLatencyDuringIngest({ quick, log }));
// Last: it starts whole stacks of its own (a clone, its Neo4j), with nothing else running.
if (wants('start_warm', 'start_cold', 'recover_after_kill'))
  add(await measureStart({ quick, log }));

const RESULTS = repoPath('bench/results.json');
const measuredAt = new Date().toISOString();
for (const f of figures) Object.assign(f, { measuredAt, mode: quick ? 'quick' : 'full' });
// `--only` measures some figures: the others stay as an earlier run measured them (each figure
// says when), so a partial run never wipes the file's other figures.
const earlier: { machine?: { date?: string; mode?: 'quick' | 'full' }; figures?: Figure[] } =
  args.only && existsSync(RESULTS)
    ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as { figures?: Figure[] })
    : {};
const kept = (earlier.figures ?? [])
  .filter((f) => !figures.some((g) => g.id === f.id))
  .map((f) => ({
    ...f,
    measuredAt: f.measuredAt ?? earlier.machine?.date,
    mode: f.mode ?? earlier.machine?.mode,
  }));
const ordered = FIGURE_IDS.flatMap((id) => [...figures, ...kept].filter((f) => f.id === id));
const results = {
  machine: {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGb: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    java: javaVersion(),
    neo4j: '5.26 Community (embedded, neo4j-local/)',
    date: measuredAt,
    mode: quick ? 'quick' : 'full',
    plan: PLAN,
    seconds: Math.round((Date.now() - started) / 1000),
  },
  figures: ordered,
};
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
printTable(figures);
console.log(
  `\nbench/results.json written (${quick ? 'quick' : 'full'} run, ${String(results.machine.seconds)} s${
    kept.length ? `; ${String(kept.length)} figures kept from an earlier run` : ''
  })`,
);
