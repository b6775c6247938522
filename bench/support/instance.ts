// Benchmark databases: their own Neo4j processes and data folders under bench/.data/
// (git-ignored), never the user's graph in .neo4j/data nor the tests' throw-away folders.
import { mkdir, rm } from 'node:fs/promises';
import { Database } from '../../server/src/db/executor.js';
import { applySchema } from '../../server/src/db/schema.js';
import { findFreePort, startLocalNeo4j } from '../../server/src/local-neo4j/launcher.js';
import { repoPath } from '../../server/src/paths.js';

export interface BenchInstance {
  readonly name: string;
  readonly uri: string;
  readonly db: Database;
  stop(): Promise<void>;
}

export interface InstanceOptions {
  heap: string;
  pageCache: string;
  /** Delete the data folder first (a fresh database). */
  fresh?: boolean;
  log?: (line: string) => void;
}

export const benchDataDir = (name: string): string => repoPath('bench/.data', name);

export async function startInstance(name: string, opts: InstanceOptions): Promise<BenchInstance> {
  const dataDir = benchDataDir(name);
  if (opts.fresh) await rm(dataDir, { recursive: true, force: true });
  await mkdir(dataDir, { recursive: true });
  const neo4j = await startLocalNeo4j({
    dataDir,
    boltPort: await findFreePort(),
    heap: opts.heap,
    pageCache: opts.pageCache,
    log: opts.log ?? (() => {}),
  });
  // Benchmarks may run long statements (bulk batches); the API's own timeout is not the point here.
  const db = new Database({ uri: neo4j.uri, queryTimeoutMs: 600_000 });
  await applySchema(db);
  return {
    name,
    uri: neo4j.uri,
    db,
    async stop() {
      await db.close();
      await neo4j.stop();
    },
  };
}
