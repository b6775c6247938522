// Bulk load of a synthetic registry through the repository's own write statements
// (write/upsert-entities.cypher, write/upsert-relations.cypher), batched: one UNWIND
// transaction per batch instead of one per row. Same parameters as writeGraph builds.
import type { Database } from '../../server/src/db/executor.js';
import { entityToParams, relationToParams } from '../../server/src/db/records.js';
import { CAUSE_AT_START } from '../../server/src/services/directions.js';
import { WriteError } from '../../server/src/seed/load.js';
import { generateRegistry, type RegistryChunk, type RegistryOptions } from './generate.js';

/**
 * Rows (entities or relations) per transaction. Measured on a private Neo4j (heap 2g, page
 * cache 1g, 2 shared cores): measureBulk in full mode (2 × 130k rows per size, in the order
 * 1k 10k 50k 50k 10k 1k) gave 1k 6,693, 10k 6,968, 50k 5,997 rows/s against 63 rows/s for one
 * transaction per row; single 100k-node loads into fresh databases gave 1k 1,501, 2k 1,726,
 * 5k 1,523, 10k 2,051 and 1,777, 20k 1,766, 50k 1,548 rows/s (a busier machine). The rate is
 * flat within the noise from 1k up (the cost is per row, inside Neo4j) and 10k came out on
 * top each time. Transaction memory grows with the batch: ~6.5 kB per entity row and ~4 kB
 * per relation row, so 10k rows stay under 70 MB, where 50k entities (~320 MB) would not fit
 * the transaction limit of a 512m heap.
 */
export const DEFAULT_BATCH = 10_000;

export interface LoadResult {
  entities: number;
  relations: number;
  ms: number;
}

type Row = Record<string, unknown>;

// Names always set: the generator is the one source of these entities, as curated data is.
export const entityRows = (chunk: RegistryChunk): Row[] =>
  chunk.entities.map((e) => entityToParams(e, true));
export const relationRows = (chunk: RegistryChunk): Row[] =>
  chunk.relations.map((r) => relationToParams(r, CAUSE_AT_START.includes(r.type)));

/** One transaction: the entities, then the relations (whose ends must exist by then). */
export async function writeBatch(db: Database, entities: Row[], relations: Row[]): Promise<void> {
  await db.write(async (tx) => {
    if (entities.length > 0) {
      const [row] = await tx.run('upsertEntities', { entities });
      const written = Number(row?.get('written') ?? 0);
      if (written !== entities.length)
        throw new WriteError(`wrote ${written} of ${entities.length} entities; rolled back`);
    }
    if (relations.length > 0) {
      const [row] = await tx.run('upsertRelations', { relations });
      const written = Number(row?.get('written') ?? 0);
      if (written !== relations.length) {
        // As writeGraph: an endpoint is missing, so nothing of the batch is kept.
        throw new WriteError(
          `wrote ${written} of ${relations.length} relations (an entity they name is missing); rolled back`,
        );
      }
    }
  });
}

// On an empty store Neo4j plans upsert-relations' `(a)-[x {id}]->(b)` as a scan of all
// relationships (its statistics say there are none) instead of an expansion between the two
// nodes: every row then scans what the batch wrote so far, and a first batch of 10k rows took
// minutes or ran out of transaction memory. So into an empty store the first chunk goes alone
// (small enough for any plan), and the query caches are cleared so the rest is planned anew.
async function hasRelationships(db: Database): Promise<boolean> {
  const [row] = await db.runRaw('MATCH ()-[r]->() RETURN count(r) > 0 AS some');
  return row?.get('some') === true;
}
async function replan(db: Database): Promise<void> {
  try {
    await db.runRaw('CALL db.clearQueryCaches()');
  } catch {
    // Not allowed on a managed server: the stale plan is then replaced when Neo4j notices.
  }
}

/**
 * Writes chunks in full batches of `batchSize` rows (only the last of each kind is short),
 * entities and relations in separate transactions: one statement per transaction keeps a
 * batch's memory bounded by its size, and mixing them (a chunk's entities and relations in
 * one transaction) measured no faster (three interleaved pairs of 78k rows, mixed vs
 * separate: 4,549 vs 6,356, 8,633 vs 8,431, 4,635 vs 4,042 rows/s). A relation is written
 * only after the entities of its chunk, so it always finds its ends.
 */
export async function loadChunks(
  db: Database,
  chunks: Iterable<RegistryChunk>,
  batchSize: number,
  onProgress?: (done: LoadResult) => void,
): Promise<LoadResult> {
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Error(`bad batch ${batchSize}`);
  const t0 = performance.now();
  const done: LoadResult = { entities: 0, relations: 0, ms: 0 };
  // One write in flight while the next rows are generated: Neo4j runs a transaction on one
  // core and the generator needs the other. Each write starts after the previous one has
  // committed, so the order of batches (entities before their relations) is kept.
  let inFlight: Promise<void> = Promise.resolve();
  const write = async (entities: Row[], relations: Row[]) => {
    await inFlight;
    inFlight = writeBatch(db, entities, relations).then(() => {
      done.entities += entities.length;
      done.relations += relations.length;
      onProgress?.({ ...done, ms: performance.now() - t0 });
    });
    // Failures surface at the next await of inFlight; this only keeps Node from calling
    // them unhandled while the generator runs.
    inFlight.catch(() => undefined);
  };
  const iterator = chunks[Symbol.iterator]();
  if (!(await hasRelationships(db))) {
    const first = iterator.next();
    if (first.done !== true) {
      await write(entityRows(first.value), []);
      await write([], relationRows(first.value));
      await inFlight;
      await replan(db);
    }
  }
  // Pending rows, full batches of each kind. A chunk's relations may go out once the batch
  // with its last entity has: `ends` holds each pending chunk's end in the entity and
  // relation streams, `ready` the end of the relations whose entities are all sent.
  const entities: Row[] = [];
  const relations: Row[] = [];
  const ends: [number, number][] = [];
  const queued = { entities: 0, relations: 0 };
  const sent = { entities: 0, relations: 0 };
  let ready = 0;
  const send = async (all: boolean) => {
    while (entities.length >= (all ? 1 : batchSize)) {
      const batch = entities.splice(0, batchSize);
      sent.entities += batch.length;
      await write(batch, []);
    }
    while (ends[0] && ends[0][0] <= sent.entities) ready = ends.shift()?.[1] ?? ready;
    while (ready - sent.relations >= (all ? 1 : batchSize)) {
      const batch = relations.splice(0, Math.min(batchSize, ready - sent.relations));
      sent.relations += batch.length;
      await write([], batch);
    }
  };
  for (let next = iterator.next(); next.done !== true; next = iterator.next()) {
    entities.push(...entityRows(next.value));
    relations.push(...relationRows(next.value));
    queued.entities += next.value.entities.length;
    queued.relations += next.value.relations.length;
    ends.push([queued.entities, queued.relations]);
    await send(false);
  }
  await send(true);
  await inFlight;
  return { ...done, ms: performance.now() - t0 };
}

/** Generates and loads a registry, one transaction per batch of DEFAULT_BATCH rows. */
export async function loadRegistry(
  db: Database,
  opts: RegistryOptions,
  batchSize: number = DEFAULT_BATCH,
  onProgress?: (done: LoadResult) => void,
): Promise<LoadResult> {
  return loadChunks(db, generateRegistry(opts), batchSize, onProgress);
}
