// Loads graph batches in ONE write transaction: a failure leaves nothing half-written.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type {
  EntityRecord,
  EvidenceRecord,
  ParagraphRecord,
  ProvenanceRecord,
  RelationRecord,
} from '../domain/model.js';
import { BULK_WRITE_TIMEOUT_MS, type Database, type Tx } from '../db/executor.js';
import {
  entityFromNode,
  entityToParams,
  relationFromRow,
  relationToParams,
} from '../db/records.js';
import { settleFacts } from './facts.js';
import { mergeEvidence, mergeProvenance } from './merge.js';
import { CAUSE_AT_START } from '../services/directions.js';
import { repoPath } from '../paths.js';
import { SEED_DOCUMENT, seedBatches } from './seed-graph.js';
import { SEED_FILES } from './data-files.js';
import { writeTexts } from './texts.js';

const META_KEY = 'seed-data-hash';
// Bump when the way the graph is written changes, so existing databases are rewritten on
// the next start even though the data files did not change.
const WRITE_FORMAT = 'ingested-seed-5-claims';

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
  await db.write(
    async (tx) => {
      const { entities, relations } = await withHeld(tx, batches);
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
    },
    { timeoutMs: BULK_WRITE_TIMEOUT_MS },
  );
}

/**
 * The write's parameters, each entity's provenance and each relation's evidence merged with
 * what the graph already holds (read in the same transaction) and with the other batches'.
 */
async function withHeld(
  tx: Tx,
  batches: GraphBatch[],
): Promise<{ entities: Record<string, unknown>[]; relations: Record<string, unknown>[] }> {
  batches = await withoutRejected(tx, batches);
  const ids = [...new Set(batches.flatMap((b) => b.entities.map((e) => e.id)))];
  const held = new Map(
    (await tx.run('entitiesByIds', { ids })).map((r) => {
      const e = entityFromNode(r.get('n'));
      return [e.id, e];
    }),
  );
  const provenance = new Map<string, ProvenanceRecord[]>(
    [...held.values()].map((e) => [e.id, e.provenance]),
  );
  // Curated data vouches for what it holds; otherwise an entity the graph holds keeps its
  // standing (reference or accepted stays so; a proposal stays the first document's).
  const proposal = (e: EntityRecord, curated: boolean) =>
    curated ? null : held.has(e.id) ? (held.get(e.id)?.proposal ?? null) : (e.proposal ?? null);
  const refs = [
    ...new Map(
      batches.flatMap((b) =>
        b.relations.map((r) => [r.id, { id: r.id, from: r.fromId, to: r.toId }]),
      ),
    ).values(),
  ];
  const evidence = new Map<string, EvidenceRecord[]>(
    (await tx.run('relationsByRefs', { refs })).map((r) => [
      r.get('id') as string,
      relationFromRow(r).evidence,
    ]),
  );
  for (const b of batches)
    for (const r of b.relations)
      evidence.set(r.id, mergeEvidence(evidence.get(r.id) ?? [], r.evidence));

  // Facts settle batch after batch over what the graph holds: a value another source already
  // gave differently stays, and both become claims (seed/facts.ts).
  const state = new Map<string, EntityRecord>(held);
  const settledBatches = batches.map((b) => ({
    ...b,
    entities: b.entities.map((e) => {
      const settled = settleFacts(state.get(e.id), e, b.curated);
      state.set(e.id, settled);
      return settled;
    }),
  }));
  for (const b of settledBatches)
    for (const e of b.entities)
      provenance.set(e.id, mergeProvenance(provenance.get(e.id) ?? [], e.provenance));
  return {
    entities: settledBatches.flatMap((b) =>
      b.entities.map((e) =>
        entityToParams(
          { ...e, provenance: provenance.get(e.id) ?? [], proposal: proposal(e, b.curated) },
          b.curated,
        ),
      ),
    ),
    relations: batches.flatMap((b) =>
      b.relations.map((r) =>
        relationToParams(
          { ...r, evidence: evidence.get(r.id) ?? [] },
          CAUSE_AT_START.includes(r.type),
        ),
      ),
    ),
  };
}

/**
 * The batches without what a reviewer rejected from the document that proposes it again (and
 * without the statements that need it), unless the graph holds it by now on other grounds.
 */
async function withoutRejected(tx: Tx, batches: readonly GraphBatch[]): Promise<GraphBatch[]> {
  const documents = [
    ...new Set(batches.flatMap((b) => b.entities.flatMap((e) => e.proposal?.document ?? []))),
  ];
  if (documents.length === 0) return [...batches];
  const rejected = new Set(
    (await tx.run('rejections', { documents })).map(
      (r) => `${String(r.get('entity'))} ${String(r.get('document'))}`,
    ),
  );
  const candidates = batches.flatMap((b) =>
    b.entities.filter((e) => e.proposal && rejected.has(`${e.id} ${e.proposal.document}`)),
  );
  if (candidates.length === 0) return [...batches];
  const heldIds = new Set(
    (await tx.run('entitiesByIds', { ids: candidates.map((e) => e.id) })).map(
      (r) => entityFromNode(r.get('n')).id,
    ),
  );
  const gone = new Set(candidates.map((e) => e.id).filter((id) => !heldIds.has(id)));
  return batches.map((b) => ({
    ...b,
    entities: b.entities.filter((e) => !gone.has(e.id)),
    relations: b.relations.filter(
      (r) => !gone.has(r.fromId) && !gone.has(r.toId) && !(r.basisId && gone.has(r.basisId)),
    ),
  }));
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
