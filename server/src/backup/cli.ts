// `npm run backup [FILE]` writes the whole graph to one versioned JSON file (default
// backups/mandate-lineage-<time>.json); `npm run restore FILE` rebuilds it in an empty
// database, in one transaction, then migrates it to this release's model.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openToolDatabase } from '../bootstrap.js';
import { dumpGraph } from '../db/dump.js';
import { repoPath } from '../paths.js';
import { storedModelVersion } from '../seed/migrate.js';
import {
  BackupFileError,
  parseBackup,
  RestoreRefused,
  restoreInto,
  toBackup,
  type BackupFile,
} from './file.js';

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
  let b: BackupFile;
  try {
    b = parseBackup(text, file);
  } catch (err) {
    if (!(err instanceof BackupFileError)) throw err;
    console.error(`restore: ${err.message}`);
    return 1;
  }
  const database = await openToolDatabase(log, { seed: false });
  try {
    await restoreInto(database.db, b, log);
    console.log(
      `restore: ${file} → ${String(b.counts.nodes)} nodes, ${String(b.counts.relationships)} relationships (written in model ${String(b.modelVersion)})`,
    );
    return 0;
  } catch (err) {
    if (!(err instanceof RestoreRefused)) throw err;
    console.error(`restore: ${err.message}`);
    return 1;
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
