// A Neo4j of a test file's own, for tests that write (planted problems, bulk loads): a free
// port and a throw-away folder, schema applied; never the shared instance other files count.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from '../../server/src/db/executor.js';
import { applySchema } from '../../server/src/db/schema.js';
import { findFreePort, startLocalNeo4j } from '../../server/src/local-neo4j/launcher.js';

export interface PrivateNeo4j {
  uri: string;
  db: Database;
  stop(): Promise<void>;
}

export async function startPrivateNeo4j(name: string): Promise<PrivateNeo4j> {
  const dataDir = await mkdtemp(join(tmpdir(), `mandate-lineage-${name}-`));
  const neo4j = await startLocalNeo4j({
    dataDir,
    boltPort: await findFreePort(),
    heap: '512m',
    pageCache: '64m',
    log: () => {},
  });
  const db = new Database({ uri: neo4j.uri });
  const stop = async () => {
    await db.close();
    await neo4j.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await applySchema(db);
  } catch (err) {
    await stop();
    throw err;
  }
  return { uri: neo4j.uri, db, stop };
}
