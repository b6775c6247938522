// The gold set's files: tests/fixtures/gold/<genre>/<name>.<lang>.(txt|html), each beside its
// <name>.<lang>.gold.json. Shared by `npm run gold` and the test of the set itself.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoPath } from '../../paths.js';
import { parseGold, type GoldFile } from './score.js';

export const GOLD_DIR = 'tests/fixtures/gold';
/** Held-out documents of the same shapes, in the same layout, that the rules were not tuned on. */
export const HOLDOUT_DIR = 'tests/fixtures/holdout';
export const FIXTURE = /^(?<name>[a-z0-9][a-z0-9-]*)\.(?<lang>en|ru)\.(?<ext>txt|html)$/u;
export const GOLD = /^(?<name>[a-z0-9][a-z0-9-]*)\.(?<lang>en|ru)\.gold\.json$/u;

export interface GoldDocument {
  /** `<genre>/<name>.<lang>.<ext>`, relative to the gold directory. */
  path: string;
  genreDir: string;
  lang: 'en' | 'ru';
  /** Absolute paths. */
  fixture: string;
  goldFile: string;
  gold: GoldFile;
}

/** The genre folders and, in each, every file name (fixtures, gold files and anything else). */
export function goldFolders(root = repoPath(GOLD_DIR)): { genreDir: string; files: string[] }[] {
  return readdirSync(root)
    .filter((d) => statSync(join(root, d)).isDirectory())
    .sort()
    .map((genreDir) => ({ genreDir, files: readdirSync(join(root, genreDir)).sort() }));
}

/** Every fixture that has a gold file, with its gold parsed. */
export function goldDocuments(root = repoPath(GOLD_DIR)): GoldDocument[] {
  return goldFolders(root).flatMap(({ genreDir, files }) =>
    files.flatMap((f) => {
      const m = FIXTURE.exec(f)?.groups;
      if (!m?.name || !m.lang) return [];
      const goldName = `${m.name}.${m.lang}.gold.json`;
      if (!files.includes(goldName)) return [];
      const goldFile = join(root, genreDir, goldName);
      return [
        {
          path: `${genreDir}/${f}`,
          genreDir,
          lang: m.lang === 'ru' ? 'ru' : 'en',
          fixture: join(root, genreDir, f),
          goldFile,
          gold: parseGold(JSON.parse(readFileSync(goldFile, 'utf8')), `${genreDir}/${goldName}`),
        },
      ];
    }),
  );
}
