// Loads the curated seed graph in ONE write transaction: a failure leaves nothing half-written.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Database } from '../db/executor.js';
import { entityToProps, relationToProps } from '../db/records.js';
import { CAUSE_AT_START } from '../services/directions.js';
import { readSeedGraph, SEED_FILES, type SeedGraph } from './data-files.js';

const META_KEY = 'seed-data-hash';
// Bump when the way the graph is written changes (e.g. the :CAUSES twins), so existing
// databases are rewritten on the next start even though the data files did not change.
const WRITE_FORMAT = 'causes-twins-1;meeting-sort-2';

function filesHash(): string {
  const h = createHash('sha256').update(WRITE_FORMAT);
  for (const f of [SEED_FILES.reference, ...SEED_FILES.gold]) h.update(readFileSync(f));
  return h.digest('hex');
}

export async function writeGraph(
  db: Database,
  graph: SeedGraph,
  metaValue?: string,
): Promise<void> {
  await db.write(async (tx) => {
    const entities = graph.entities.map((e) => ({
      id: e.id,
      kind: e.kind,
      props: entityToProps(e),
    }));
    await tx.run('upsertEntities', { entities });
    const relations = graph.relations.map((r) => ({
      id: r.id,
      type: r.type,
      fromId: r.fromId,
      toId: r.toId,
      causeAtStart: CAUSE_AT_START.includes(r.type),
      props: relationToProps(r),
    }));
    const [row] = await tx.run('upsertRelations', { relations });
    const written = Number(row?.get('written') ?? 0);
    if (written !== relations.length) {
      throw new Error(`seed: wrote ${written} of ${relations.length} relations; rolled back`);
    }
    if (metaValue) await tx.run('setMeta', { key: META_KEY, value: metaValue });
  });
}

/**
 * Loads the seed on first start, and again whenever the data files change (the write is
 * an idempotent MERGE, so reloading an unchanged graph changes nothing).
 */
export async function ensureSeed(db: Database, log: (m: string) => void): Promise<boolean> {
  const hash = filesHash();
  const [row] = await db.read('getMeta', { key: META_KEY });
  if (row?.get('value') === hash) return false;
  const graph = readSeedGraph();
  await writeGraph(db, graph, hash);
  log(`seed graph loaded: ${graph.entities.length} entities, ${graph.relations.length} relations`);
  return true;
}
