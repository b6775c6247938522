// The seed graph: curated reference data plus the seed note as ingestion reads it.
import { readFileSync } from 'node:fs';
import { extractDocument } from '../ingest/extract.js';
import { toGraph } from '../ingest/to-graph.js';
import { repoPath } from '../paths.js';
import { readReferenceGraph } from './data-files.js';
import type { EntityRecord } from '../domain/model.js';
import type { GraphBatch } from './load.js';

export const SEED_DOCUMENT = '000_263e9a607d91b81c.txt';

/**
 * What the project vouches for: the reference data and what the seed note names. A document
 * read later proposes only what lies outside it.
 */
export function curatedEntities(): Map<string, EntityRecord> {
  return new Map(seedBatches().flatMap((b) => b.entities.map((e) => [e.id, e] as const)));
}

export function seedBatches(): GraphBatch[] {
  const reference = readReferenceGraph();
  const extraction = extractDocument(
    readFileSync(repoPath('data/seed', SEED_DOCUMENT)),
    SEED_DOCUMENT,
  );
  const byId = new Map(reference.entities.map((e) => [e.id, e]));
  const seed = toGraph(extraction, byId);
  return [
    { ...reference, curated: true },
    // The seed note is the project's own source, read with the reference data: what it names
    // (its reports, its agenda) is vouched for, not proposed.
    {
      ...seed,
      entities: seed.entities.map((e) => ({ ...e, proposal: null })),
      curated: false,
    },
  ];
}
