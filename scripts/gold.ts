// Extraction scored against the gold set (tests/fixtures/gold/), per genre and overall.
//
//   npm run gold [-- --dir D] [--genre X] [--verbose] [--json] [--check]
//
// --dir scores another folder of the same layout (relative to the repository root or absolute),
// e.g. the held-out set tests/fixtures/holdout; the default is tests/fixtures/gold.
// --verbose lists each document's missing and extra statements and silent sentences; --json
// prints the scores as JSON; --check exits 1 unless every genre reaches precision 0.95,
// recall 0.90, 0 silent and 0 refused.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { extractFile } from '../server/src/ingest/extract.js';
import { GOLD_DIR, goldDocuments } from '../server/src/ingest/gold/files.js';
import {
  GENRES,
  passes,
  scoreDocument,
  totals,
  type DocumentScore,
  type Genre,
  type Scored,
  type Totals,
} from '../server/src/ingest/gold/score.js';
import { IngestInputError } from '../server/src/ingest/types.js';
import { repoPath } from '../server/src/paths.js';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: GOLD_DIR },
    genre: { type: 'string' },
    verbose: { type: 'boolean', default: false },
    json: { type: 'boolean', default: false },
    check: { type: 'boolean', default: false },
  },
});

const wanted = values.genre;
if (wanted !== undefined && !(GENRES as readonly string[]).includes(wanted)) {
  console.error(`--genre must be one of ${GENRES.join(', ')}`);
  process.exit(2);
}

async function read(fixture: string): Promise<Pick<Scored, 'extraction' | 'refused'>> {
  try {
    return { extraction: await extractFile(readFileSync(fixture), basename(fixture)) };
  } catch (e) {
    if (e instanceof IngestInputError) return { extraction: null, refused: e.message };
    throw e;
  }
}

const root = repoPath(values.dir);
if (!existsSync(root) || !statSync(root).isDirectory()) {
  console.error(`--dir: ${root} is not a folder`);
  process.exit(2);
}
const docs = goldDocuments(root).filter((d) => wanted === undefined || d.gold.genre === wanted);
const scores: DocumentScore[] = [];
for (const d of docs)
  scores.push(scoreDocument({ name: d.path, gold: d.gold, ...(await read(d.fixture)) }));

const genres = GENRES.filter((g) => scores.some((s) => s.genre === g));
const byGenre = new Map<Genre, Totals>(
  genres.map((g) => [g, totals(scores.filter((s) => s.genre === g))]),
);
const overall = totals(scores);
const ok = [...byGenre.values()].every(passes);

if (values.json) {
  console.log(
    JSON.stringify(
      { genres: Object.fromEntries(byGenre), overall, pass: ok, documents: scores },
      null,
      2,
    ),
  );
} else {
  const row = (name: string, t: Totals) =>
    [
      name.padEnd(11),
      String(t.documents).padStart(4),
      t.precision.toFixed(2).padStart(6),
      t.recall.toFixed(2).padStart(6),
      `${t.hits}/${t.gold}`.padStart(8),
      String(t.extracted).padStart(6),
      String(t.silent).padStart(7),
      String(t.refused).padStart(8),
      String(t.wrongIds).padStart(7),
      String(t.wrongConference).padStart(6),
      String(t.wrongMeetings).padStart(9),
    ].join(' ');
  if (values.verbose) {
    for (const s of scores) {
      const problems = [
        ...(s.refused ? [`  refused: ${s.refused}`] : []),
        ...(s.wrongId ? [`  id: want ${s.wrongId.want}, got ${s.wrongId.got}`] : []),
        ...s.missing.map((m) => `  - missing ${m}`),
        ...s.extra.map((m) => `  + extra   ${m}`),
        ...s.silent.map((m) => `  ! silent  ${m}`),
        ...s.wrongConference.map((m) => `  ! other conference's entity ${m}`),
        ...s.wrongMeetings.map((m) => `  ! ${m}`),
      ];
      if (problems.length > 0) console.log(`${s.name}\n${problems.join('\n')}\n`);
    }
  }
  console.log(
    'genre       docs   prec    rec     hits  extr.  silent  refused  wrongId  conf.  meetings',
  );
  for (const [g, t] of byGenre) console.log(row(g, t));
  console.log(row('overall', overall));
}

if (values.check && !ok) {
  if (!values.json) console.error('gold: below precision 0.95 / recall 0.90 / 0 silent in a genre');
  process.exit(1);
}
