// Keep what users added: `npm run backup` then `npm run restore` into an empty Neo4j gives the
// same graph (every node, relationship and property, the stored text and the facts included);
// a bad backup or a database that is not empty is refused and nothing is written; a database
// written by an older release is migrated on start. Over a Neo4j of this file's own.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBackup, restoreInto } from '../../server/src/backup/file.js';
import { dumpGraph, type GraphDump } from '../../server/src/db/dump.js';
import { Database } from '../../server/src/db/executor.js';
import { applySchema } from '../../server/src/db/schema.js';
import { extractDocument } from '../../server/src/ingest/extract.js';
import { toGraph } from '../../server/src/ingest/to-graph.js';
import {
  findFreePort,
  startLocalNeo4j,
  type LocalNeo4j,
} from '../../server/src/local-neo4j/launcher.js';
import { readReferenceGraph } from '../../server/src/seed/data-files.js';
import { ensureSeed, writeGraph } from '../../server/src/seed/load.js';
import { migrate, MODEL_VERSION, storedModelVersion } from '../../server/src/seed/migrate.js';

let neo4j: LocalNeo4j;
let db: Database;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mandate-lineage-backup-'));
  neo4j = await startLocalNeo4j({
    dataDir: join(dir, 'data'),
    boltPort: await findFreePort(),
    heap: '512m',
    pageCache: '64m',
  });
  db = new Database({ uri: neo4j.uri });
  await applySchema(db);
  await migrate(db, () => {});
  await ensureSeed(db, () => {});
  // What a user added: the English version of the note.
  const file = 'tests/fixtures/ingest/seed-en.txt';
  const reference = new Map(readReferenceGraph().entities.map((e) => [e.id, e]));
  await writeGraph(db, [
    { ...toGraph(extractDocument(readFileSync(file), file), reference), curated: false },
  ]);
}, 180_000);
afterAll(async () => {
  await db.close();
  await neo4j.stop();
  await rm(dir, { recursive: true, force: true });
});

function cli(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/backup/cli.ts', ...args], {
    env: { ...process.env, NEO4J_URI: neo4j.uri },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      resolve({ code, out, err });
    });
  });
}

/**
 * The graph without its database ids: nodes by what they hold, relationships by their ends.
 * With `asSets`, a block's statements and facts are compared as sets (a recomputation may list
 * them in another order).
 */
function canonical(dump: GraphDump, asSets = false): { nodes: string[]; relationships: string[] } {
  const value = (k: string, v: unknown) =>
    asSets && (k === 'statements' || k === 'facts') && Array.isArray(v) ? [...v].sort() : v;
  const node = new Map(
    dump.nodes.map((n) => [
      n.key,
      JSON.stringify([
        n.labels,
        Object.entries(n.props)
          .map(([k, v]) => [k, value(k, v)])
          .sort(([a], [b]) => String(a).localeCompare(String(b))),
      ]),
    ]),
  );
  return {
    nodes: [...node.values()].sort(),
    relationships: dump.relationships
      .map((r) =>
        JSON.stringify([
          node.get(r.start),
          r.type,
          Object.entries(r.props).sort(([a], [b]) => a.localeCompare(b)),
          node.get(r.end),
        ]),
      )
      .sort(),
  };
}

const wipe = () => db.runRaw('MATCH (n) DETACH DELETE n');

describe('backup and restore', () => {
  it('rebuilds the same graph in an empty database with npm run backup and npm run restore', async () => {
    const before = canonical(await dumpGraph(db));
    expect(before.nodes.some((n) => n.includes('"Paragraph"') && n.includes('"en"'))).toBe(true);
    const file = join(dir, 'graph.json');
    const saved = await cli(['backup', file]);
    expect(saved.code, saved.err).toBe(0);
    const backup = parseBackup(await readFile(file, 'utf8'), file);
    expect(backup.modelVersion).toBe(MODEL_VERSION);

    await wipe();
    const restored = await cli(['restore', file]);
    expect(restored.code, restored.err).toBe(0);
    expect(canonical(await dumpGraph(db))).toEqual(before);
  }, 120_000);

  it('refuses a database that is not empty, and a cut or foreign backup by name, writing nothing', async () => {
    const file = join(dir, 'graph.json');
    const whole = await readFile(file, 'utf8');
    const before = canonical(await dumpGraph(db));
    await expect(restoreInto(db, parseBackup(whole, file), () => {})).rejects.toThrow(
      /the database is not empty/,
    );
    expect(canonical(await dumpGraph(db))).toEqual(before);

    expect(() => parseBackup(whole.slice(0, Math.floor(whole.length / 2)), 'cut.json')).toThrow(
      /^cut\.json: not a backup \(not JSON/,
    );
    expect(() =>
      parseBackup(JSON.stringify({ nodes: [], relationships: [] }), 'foreign.json'),
    ).toThrow(/^foreign\.json: not a Mandate Lineage backup/);
    const short = JSON.parse(whole) as { nodes: unknown[] };
    short.nodes.pop();
    expect(() => parseBackup(JSON.stringify(short), 'short.json')).toThrow(
      /^short\.json: incomplete/,
    );
    // Through the command: the file is refused before any database is opened.
    await writeFile(join(dir, 'cut.json'), whole.slice(0, 100));
    const res = await cli(['restore', join(dir, 'cut.json')]);
    expect(res.code).toBe(1);
    expect(res.err).toMatch(/cut\.json: not a backup/);
    expect(canonical(await dumpGraph(db))).toEqual(before);
  }, 120_000);
});

describe('a database written by an older release', () => {
  it('is migrated on start: its stored blocks get the facts they state, the model version is recorded', async () => {
    const expected = canonical(await dumpGraph(db), true);
    // As model 2 left it: blocks without facts, a timestamp as a date-time, version 2.
    await db.runRaw('MATCH (p:Paragraph) REMOVE p.facts');
    await db.runRaw("MATCH (m:Meta) SET m.updatedAt = datetime('2026-01-01T00:00:00Z')");
    await db.runRaw("MATCH (m:Meta {key: 'model-version'}) SET m.value = '2'");
    expect(await storedModelVersion(db)).toBe(2);
    const logged: string[] = [];
    expect(await migrate(db, (m) => logged.push(m))).toBe(2);
    expect(logged.map((l) => l.replace(/:.*/, ''))).toEqual([
      'database migrated to model 3',
      'database migrated to model 4',
    ]);
    expect(await storedModelVersion(db)).toBe(MODEL_VERSION);
    const after = canonical(await dumpGraph(db), true);
    // Every block's facts (and statements) are back as they were, in whatever order; only the
    // timestamps moved.
    const noTime = (c: { nodes: string[] }) =>
      c.nodes.map((n) => n.replace(/"updatedAt","[^"]*"/, '')).sort();
    expect(noTime(after)).toEqual(noTime(expected));
    expect(after.relationships).toEqual(expected.relationships);
  }, 120_000);
});
