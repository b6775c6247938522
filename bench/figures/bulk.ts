// Figure 5: bulk load rate with DEFAULT_BATCH rows per transaction, against one transaction
// per row and against batches of 1k, 10k and 50k rows, all in the same database and run.
// Every trial writes a namespace of its own, so each is an insert of new ids, not an update.
import type { Database } from '../../server/src/db/executor.js';
import { round, type Figure } from '../figure.js';
import { generateRegistry, type RegistryChunk } from '../registry/generate.js';
import {
  DEFAULT_BATCH,
  entityRows,
  loadChunks,
  relationRows,
  writeBatch,
} from '../registry/load.js';

const COMPARED = [1_000, 10_000, 50_000];
const log = (m: string) => {
  console.error(`[bench] bulk: ${m}`);
};

const rowsOf = (chunks: RegistryChunk[]) =>
  chunks.reduce((n, c) => n + c.entities.length + c.relations.length, 0);

/** A run number whose namespaces hold nothing yet (the database may keep earlier runs). */
async function freshRun(db: Database): Promise<number> {
  for (let run = 1; ; run++) {
    const [row] = await db.runRaw(
      'MATCH (n:Entity) WHERE n.id STARTS WITH $prefix RETURN count(n) > 0 AS used',
      { prefix: `bulk${run}-` },
    );
    if (row?.get('used') !== true) return run;
  }
}

/** One transaction per row: each chunk's entities, then its relations. */
async function perRow(db: Database, chunks: RegistryChunk[]): Promise<number> {
  const t0 = performance.now();
  for (const chunk of chunks) {
    for (const e of entityRows(chunk)) await writeBatch(db, [e], []);
    for (const r of relationRows(chunk)) await writeBatch(db, [], [r]);
  }
  return (performance.now() - t0) / 1000;
}

async function batched(
  db: Database,
  chunks: RegistryChunk[],
  batch: number,
): Promise<{ rows: number; seconds: number }> {
  const done = await loadChunks(db, chunks, batch);
  return { rows: done.entities + done.relations, seconds: done.ms / 1000 };
}

export async function measureBulk(db: Database, opts: { quick: boolean }): Promise<Figure> {
  // Two rounds in opposite order (1k, 10k, 50k, 50k, 10k, 1k): the JIT keeps warming and the
  // database grows as trials go, and the reversal cancels that drift out of the comparison.
  // Quick: 2 × ~5k rows per size, ~130 single-row transactions (≲ 40 s).
  // Full: 2 × ~130k rows per size, ~2,000 single-row transactions.
  const plan = opts.quick
    ? { nodes: 2_000, sample: 50, warmup: 3_000, rounds: 2 }
    : { nodes: 50_000, sample: 800, warmup: 20_000, rounds: 2 };
  const run = await freshRun(db);
  const registry = (name: string, n: number) => [
    ...generateRegistry({ nodes: n, namespace: `bulk${run}-${name}` }),
  ];
  // Warm-up: plans both statements and warms the JIT before anything is timed.
  await loadChunks(db, registry('warmup', plan.warmup), DEFAULT_BATCH);

  // Half the single-row sample before the batched trials and half after, like the rounds.
  const samples = [registry('row-a', plan.sample / 2), registry('row-b', plan.sample / 2)];
  let rowSeconds = await perRow(db, samples[0] ?? []);
  log(`one transaction per row: ${(rowsOf(samples[0] ?? []) / rowSeconds).toFixed(1)} rows/s`);

  const sizes = COMPARED.includes(DEFAULT_BATCH) ? COMPARED : [...COMPARED, DEFAULT_BATCH];
  const measured = new Map<number, { rows: number; seconds: number }[]>();
  const failures: Record<string, string> = {};
  let rows = 0;
  for (let pass = 0; pass < plan.rounds; pass++) {
    for (const batch of pass % 2 === 0 ? sizes : [...sizes].reverse()) {
      const chunks = registry(`r${pass}-b${batch}`, plan.nodes);
      rows = rowsOf(chunks);
      try {
        const trial = await batched(db, chunks, batch);
        measured.set(batch, [...(measured.get(batch) ?? []), trial]);
        log(
          `${rows} rows in batches of ${batch}: ${Math.round(trial.rows / trial.seconds)} rows/s`,
        );
      } catch (err) {
        // A 50k batch can exceed the transaction memory of a small heap: a result, not a crash.
        const why =
          err instanceof Error ? (err.cause instanceof Error ? err.cause : err).message : '';
        failures[`b${batch}`] = why.slice(0, 200);
        log(`batches of ${batch} failed: ${why}`);
      }
    }
  }
  rowSeconds += await perRow(db, samples[1] ?? []);
  const sampleRows = samples.reduce((n, c) => n + rowsOf(c), 0);
  const rowRate = sampleRows / rowSeconds;
  log(`one transaction per row: ${rowRate.toFixed(1)} rows/s (both halves)`);
  // All rounds of a size together: its rows over its time (0 if a round failed).
  const rate = (batch: number) => {
    const trials = measured.get(batch) ?? [];
    if (trials.length < plan.rounds) return 0;
    return trials.reduce((n, t) => n + t.rows, 0) / trials.reduce((n, t) => n + t.seconds, 0);
  };
  const best = COMPARED.reduce((a, b) => (rate(b) > rate(a) ? b : a));
  const value = Math.round(rate(DEFAULT_BATCH));
  const ratio = value / rowRate;
  return {
    id: 'bulk_vs_per_row',
    name: `Bulk load, batches of ${DEFAULT_BATCH.toLocaleString('en')} rows vs one transaction per row`,
    value,
    unit: 'rows/s',
    baseline: round(rowRate, 1),
    ratio: round(ratio, 1),
    goal: '≥ 100× per-row, and within 1.2× of the best of 1k/10k/50k batches',
    met: ratio >= 100 && value >= rate(best) / 1.2,
    details: {
      rowsPerSecond: Object.fromEntries([
        ['perRow', round(rowRate, 1)],
        ...sizes.map((b) => [`b${b}`, Math.round(rate(b))]),
      ]),
      best: { batch: best, rowsPerSecond: Math.round(rate(best)) },
      defaultBatch: DEFAULT_BATCH,
      perRound: Object.fromEntries(
        sizes.map((b) => [
          `b${b}`,
          (measured.get(b) ?? []).map((t) => Math.round(t.rows / t.seconds)),
        ]),
      ),
      rowsPerTrial: rows,
      perRowSample: sampleRows,
      rounds: plan.rounds,
      ...(Object.keys(failures).length > 0 ? { failures } : {}),
      rows: 'an entity or a relation (each relation also writes its :CAUSES twin)',
    },
  };
}
