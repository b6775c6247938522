// The bundled Neo4j as a user meets it: data that survives a restart, a clear message when
// the folder is already in use or Java is missing. (Its own throw-away folder and port.)
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, describe, expect, it } from 'vitest';
import { Database } from '../../server/src/db/executor.js';
import { applySchema } from '../../server/src/db/schema.js';
import {
  checkToolchain,
  LocalNeo4jError,
  prepareLauncher,
} from '../../server/src/local-neo4j/java.js';
import { findFreePort, startLocalNeo4j } from '../../server/src/local-neo4j/launcher.js';

const dirs: string[] = [];
afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function count(uri: string): Promise<number> {
  const driver = neo4j.driver(uri);
  try {
    const res = await driver.executeQuery('MATCH (n:Probe) RETURN count(n) AS c');
    return Number(res.records[0]?.get('c'));
  } finally {
    await driver.close();
  }
}

describe('bundled Neo4j', () => {
  it('keeps its data across a restart and refuses a second instance on the same folder', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'mandate-lineage-launcher-'));
    dirs.push(dataDir);
    const first = await startLocalNeo4j({
      dataDir,
      boltPort: await findFreePort(),
      heap: '512m',
      pageCache: '64m',
    });
    try {
      expect(first.uri).toMatch(/^bolt:\/\/127\.0\.0\.1:\d+$/);
      const driver = neo4j.driver(first.uri);
      await driver.executeQuery('CREATE (:Probe {at: datetime()})');
      await driver.close();
      const second = startLocalNeo4j({
        dataDir,
        boltPort: await findFreePort(),
        heap: '512m',
        pageCache: '64m',
      });
      await expect(second).rejects.toThrow(LocalNeo4jError);
      await expect(second).rejects.toThrow(dataDir);
    } finally {
      await first.stop();
    }
    // Whichever start wrote it, an archive of Neo4j's classes is there after a stop, and the
    // next JVM maps it rather than reading its classes from the jars one by one.
    const { classArchive } = await prepareLauncher(() => {});
    expect(existsSync(classArchive)).toBe(true);
    const again = await startLocalNeo4j({
      dataDir,
      boltPort: await findFreePort(),
      heap: '512m',
      pageCache: '64m',
    });
    try {
      expect(readFileSync(`/proc/${String(again.pid)}/maps`, 'utf8')).toContain(classArchive);
      expect(await count(again.uri)).toBe(1);
      // The schema is applied once; a start that finds it whole applies nothing, and one that
      // finds an index missing (dropped by hand) puts it back.
      const db = new Database({ uri: again.uri });
      try {
        expect(await applySchema(db)).toBe('applied');
        expect(await applySchema(db)).toBe('present');
        await db.runRaw('DROP INDEX entity_sort_key');
        expect(await applySchema(db)).toBe('applied');
        const [row] = await db.runRaw(
          "SHOW INDEXES YIELD name, state WHERE name = 'entity_sort_key' RETURN state",
        );
        expect(row?.get('state')).toBe('ONLINE');
      } finally {
        await db.close();
      }
    } finally {
      await again.stop();
    }
  }, 180_000);

  it('says what is missing when Java and Maven are not on PATH', async () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      const check = checkToolchain();
      await expect(check).rejects.toThrow(LocalNeo4jError);
      await expect(check).rejects.toThrow(
        /`java` is not on PATH.*`mvn` is not on PATH.*NEO4J_URI/s,
      );
    } finally {
      process.env.PATH = path;
    }
  });
});
