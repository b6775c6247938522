// Loads graph batches in ONE write transaction: a failure leaves nothing half-written.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { EntityRecord, ParagraphRecord, RelationRecord } from '../domain/model.js';
import type { Database } from '../db/executor.js';
import { entityToParams, relationToParams } from '../db/records.js';
import { CAUSE_AT_START } from '../services/directions.js';
import { repoPath } from '../paths.js';
import { SEED_DOCUMENT, seedBatches } from './seed-graph.js';
import { SEED_FILES } from './data-files.js';
import { writeTexts } from './texts.js';

const META_KEY = 'seed-data-hash';
// Bump when the way the graph is written changes, so existing databases are rewritten on
// the next start even though the data files did not change.
const WRITE_FORMAT = 'ingested-seed-3-facts';

export interface GraphBatch {
  entities: EntityRecord[];
  relations: RelationRecord[];
  /** Curated data: its names replace stored ones. Ingested entities keep their first names. */
  curated: boolean;
  /** Documents' text as read (ingested documents). */
  texts?: ParagraphRecord[];
}

export class WriteError extends Error {}

export async function writeGraph(
  db: Database,
  batches: GraphBatch[],
  meta?: { key: string; value: string },
): Promise<void> {
  const entities = batches.flatMap((b) => b.entities.map((e) => entityToParams(e, b.curated)));
  const relations = batches.flatMap((b) =>
    b.relations.map((r) => relationToParams(r, CAUSE_AT_START.includes(r.type))),
  );
  await db.write(async (tx) => {
    await tx.run('upsertEntities', { entities });
    const [row] = await tx.run('upsertRelations', { relations });
    const written = Number(row?.get('written') ?? 0);
    if (written !== relations.length) {
      // An endpoint is missing: refuse the whole batch rather than store part of a document.
      throw new WriteError(
        `wrote ${written} of ${relations.length} relations (an entity they name is missing); rolled back`,
      );
    }
    await writeTexts(
      tx,
      batches.flatMap((b) => b.texts ?? []),
    );
    if (meta) await tx.run('setMeta', meta);
  });
}

function filesHash(): string {
  const h = createHash('sha256').update(WRITE_FORMAT);
  for (const f of [SEED_FILES.reference, repoPath('data/seed', SEED_DOCUMENT)])
    h.update(readFileSync(f));
  return h.digest('hex');
}

/**
 * The seed graph on first start (and again when the data files change): the reference data
 * plus what ingestion extracts from the seed note. The write is an idempotent MERGE.
 */
export async function ensureSeed(db: Database, log: (m: string) => void): Promise<boolean> {
  const hash = filesHash();
  const [row] = await db.read('getMeta', { key: META_KEY });
  if (row?.get('value') === hash) return false;
  const batches = seedBatches();
  await writeGraph(db, batches, { key: META_KEY, value: hash });
  const entities = batches.reduce((n, b) => n + b.entities.length, 0);
  const relations = batches.reduce((n, b) => n + b.relations.length, 0);
  log(
    `seed graph loaded: ${entities} entities, ${relations} relations (reference data + ingestion of ${SEED_DOCUMENT})`,
  );
  return true;
}
