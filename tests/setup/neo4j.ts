// Tests get their own Neo4j: a free port and a throw-away data folder, so `npm test`
// never touches the graph `npm start` keeps. NEO4J_TEST_URI points them at a disposable
// server instead (it is written to: never give it a database you care about).
// The explorer the browser tests open and the server `npm start` runs are built meanwhile,
// while Neo4j starts.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { build, TARGETS } from '../../scripts/build-if-changed.js';
import { Database } from '../../server/src/db/executor.js';
import { applySchema } from '../../server/src/db/schema.js';
import { findFreePort, startLocalNeo4j } from '../../server/src/local-neo4j/launcher.js';
import { ensureSeed } from '../../server/src/seed/load.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The explorer for the browser tests; the server as `npm start` runs it, for the tests of
  // the built process (its worker threads run the compiled code).
  const built = Promise.all(TARGETS.map((t) => build(t, true)));
  // Awaited below; a failure before then must not go unhandled.
  built.catch(() => {});
  const external = process.env.NEO4J_TEST_URI;
  let stop = async () => {};
  let uri: string;
  if (external) {
    uri = external;
  } else {
    const dataDir = await mkdtemp(join(tmpdir(), 'mandate-lineage-test-'));
    const neo4j = await startLocalNeo4j({
      dataDir,
      boltPort: await findFreePort(),
      heap: '768m',
      pageCache: '128m',
    });
    uri = neo4j.uri;
    stop = async () => {
      await neo4j.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  }
  const db = new Database({ uri });
  try {
    await applySchema(db);
    await ensureSeed(db, () => {});
  } finally {
    await db.close();
  }
  try {
    await built;
  } catch (err) {
    await stop();
    throw err;
  }
  project.provide('neo4jUri', uri);
  return stop;
}
