// The seed graph: curated reference data plus the seed note as ingestion reads it.
import { readFileSync } from 'node:fs';
import { extractDocument } from '../ingest/extract.js';
import { toGraph } from '../ingest/to-graph.js';
import { repoPath } from '../paths.js';
import { readReferenceGraph } from './data-files.js';
import type { GraphBatch } from './load.js';

export const SEED_DOCUMENT = '000_263e9a607d91b81c.txt';

export function seedBatches(): GraphBatch[] {
  const reference = readReferenceGraph();
  const extraction = extractDocument(
    readFileSync(repoPath('data/seed', SEED_DOCUMENT)),
    SEED_DOCUMENT,
  );
  const byId = new Map(reference.entities.map((e) => [e.id, e]));
  return [
    { ...reference, curated: true },
    { ...toGraph(extraction, byId), curated: false },
  ];
}
