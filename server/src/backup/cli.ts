// `npm run backup [FILE]` writes the whole graph to one versioned JSON file (default
// backups/mandate-lineage-<time>.json); `npm run restore FILE` rebuilds it in an empty
// database, in one transaction, then migrates it to this release's model.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openToolDatabase } from '../bootstrap.js';
import { countNodes, dumpGraph, restoreGraph } from '../db/dump.js';
import { repoPath } from '../paths.js';
import { migrate, storedModelVersion } from '../seed/migrate.js';
import { parseBackup, toBackup } from './file.js';

const log = (m: string) => {
  console.error(m);
};

async function backup(file: string | undefined): Promise<number> {
  const out =
    file ??
    join(
      repoPath('backups'),
      `mandate-lineage-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
    );
  const database = await openToolDatabase(log);
  try {
    const dump = await dumpGraph(database.db);
    const b = toBackup(dump, await storedModelVersion(database.db));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, JSON.stringify(b));
    console.log(
      `backup: ${out} (${String(b.counts.nodes)} nodes, ${String(b.counts.relationships)} relationships, model ${String(b.modelVersion)})`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

async function restore(file: string | undefined): Promise<number> {
  if (!file) {
    console.error('usage: npm run restore -- FILE');
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    console.error(
      `restore: cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`,
    );
    return 1;
  }
  const b = parseBackup(text, file);
  const database = await openToolDatabase(log, { seed: false });
  try {
    const present = await countNodes(database.db);
    if (present > 0) {
      console.error(
        `restore: the database is not empty (${String(present)} nodes); restore into an empty one ` +
          '(stop npm start and point NEO4J_DATA_DIR at a new folder, or use an empty NEO4J_URI)',
      );
      return 1;
    }
    await restoreGraph(database.db, b);
    const from = await migrate(database.db, log);
    console.log(
      `restore: ${file} → ${String(b.counts.nodes)} nodes, ${String(b.counts.relationships)} relationships (model ${String(from ?? b.modelVersion)})`,
    );
    return 0;
  } finally {
    await database.close();
  }
}

const [command, file] = process.argv.slice(2);
(command === 'restore' ? restore(file) : backup(file)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(
      `${command ?? 'backup'} failed: ${err instanceof Error ? err.message : String(err)}`,
    );
    process.exitCode = 1;
  },
);
