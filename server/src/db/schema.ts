import type { Database } from './executor.js';
import { schemaStatements } from './cypher.js';

/** Constraints and indexes; every statement is IF NOT EXISTS, so applying twice is a no-op. */
export async function applySchema(db: Database): Promise<void> {
  for (const s of schemaStatements()) await db.runRaw(s.text);
  // Full-text indexes fill asynchronously; searching before they are online misses hits.
  await db.runRaw('CALL db.awaitIndexes(120)');
}
