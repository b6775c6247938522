import type { Database } from './executor.js';
import { schemaStatements } from './cypher.js';

/** The name each schema statement creates: `CREATE [FULLTEXT] INDEX|CONSTRAINT name IF NOT EXISTS`. */
function createdName(text: string): string | null {
  return (
    /\bCREATE\s+(?:\w+\s+)?(?:INDEX|CONSTRAINT)\s+(\w+)\s+IF\s+NOT\s+EXISTS/i.exec(text)?.[1] ??
    null
  );
}

/**
 * Constraints and indexes; every statement is IF NOT EXISTS, so applying twice is a no-op. A
 * start finds them all online in one statement and applies nothing: on a cold JVM the fifteen
 * statements and the wait cost two to three seconds of every `npm start` (issue 14).
 */
export async function applySchema(db: Database): Promise<'present' | 'applied'> {
  const statements = schemaStatements();
  const wanted = statements.map((s) => createdName(s.text));
  // Indexes include those backing constraints, under the constraint's name.
  const rows = await db.runRaw('SHOW INDEXES YIELD name, state RETURN name, state');
  const online = new Set(
    rows.filter((r) => r.get('state') === 'ONLINE').map((r) => r.get('name') as string),
  );
  if (wanted.every((name) => name !== null && online.has(name))) return 'present';
  for (const s of statements) await db.runRaw(s.text);
  // Full-text indexes fill asynchronously; searching before they are online misses hits.
  await db.runRaw('CALL db.awaitIndexes(120)');
  return 'applied';
}
