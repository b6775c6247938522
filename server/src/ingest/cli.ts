// `npm run ingest -- FILE... [--lang ru|en] [--dry-run] [--json] [--trusted]`
// Each file is read, extracted and written in one transaction; a file with bad input is
// reported and writes nothing. Files are read as POST /documents reads them: in a worker
// thread, within the configured limits (INGEST_*); --trusted raises every limit tenfold for
// a batch of one's own files. Without NEO4J_URI it uses the bundled Neo4j: the one
// `npm start` runs if it is up, else it starts one on the same data folder.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openToolDatabase } from '../bootstrap.js';
import { loadConfig, readLimitsOf } from '../config.js';
import type { LangCode } from '../domain/model.js';
import { writeGraph } from '../seed/load.js';
import { ownWarnings, type DocumentReport } from '../../../common/ingest-report.js';
import { TRUSTED_FACTOR, trustedLimits } from './read/limits.js';
import { DocumentReader } from './read/pool.js';
import type { GraphPart } from './to-graph.js';

const USAGE =
  'usage: npm run ingest -- FILE... [--lang ru|en] [--dry-run] [--json] [--trusted]\n' +
  `  --trusted  raise every read limit (INGEST_*) ${String(TRUSTED_FACTOR)}-fold, for files you trust`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      lang: { type: 'string' },
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
      help: { type: 'boolean' },
      trusted: { type: 'boolean' },
    },
  });
  if (values.help || positionals.length === 0) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  if (values.lang !== undefined && values.lang !== 'ru' && values.lang !== 'en') {
    console.error(`--lang must be ru or en, not "${values.lang}"`);
    return 2;
  }
  const lang: LangCode | undefined = values.lang;
  const configured = readLimitsOf(loadConfig(process.env));
  // One file at a time, in one worker: the same reading, bounds and messages as the server's.
  const reader = new DocumentReader({
    limits: values.trusted ? trustedLimits(configured) : configured,
    concurrency: 1,
    queue: 0,
  });
  let failed = 0;
  const refuse = (file: string, err: unknown) => {
    failed++;
    const message = err instanceof Error ? err.message : String(err);
    // Input errors name the file themselves.
    const reason = message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
    console.error(`${file}: not ingested, nothing written: ${reason}`);
  };
  // Every file is read first: a file that cannot be read is refused without a database being
  // started or touched for it.
  const read: { file: string; report: DocumentReport; graph: GraphPart }[] = [];
  try {
    for (const file of positionals) {
      try {
        const { report, graph } = await reader.read({
          bytes: readFileSync(file),
          name: file,
          lang,
        });
        read.push({ file, report, graph });
      } catch (err) {
        refuse(file, err);
      }
    }
  } finally {
    await reader.close();
  }
  const database =
    values['dry-run'] || read.length === 0
      ? null
      : await openToolDatabase((m) => {
          console.error(m);
        });
  const reports: unknown[] = [];
  try {
    for (const { file, report, graph } of read) {
      try {
        if (database) await writeGraph(database.db, [{ ...graph, curated: false }]);
        reports.push(report);
        if (!values.json) printReport(file, report, database !== null);
      } catch (err) {
        refuse(file, err);
      }
    }
  } finally {
    await database?.close();
  }
  if (values.json)
    console.log(JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2));
  return failed > 0 ? 1 : 0;
}

function printReport(file: string, report: DocumentReport, written: boolean): void {
  console.log(
    `${file}: ${report.document.id} (${report.document.lang}) — ${String(report.entities.length)} entities, ` +
      `${String(report.relations.length)} relations${written ? ' written' : ' (dry run, nothing written)'}`,
  );
  console.log(`  ${summary(report)}`);
  for (const p of report.proposals) console.log(`  proposed: ${p.id} ("${p.evidence.quote}")`);
  for (const u of report.unmatched)
    console.log(
      `  unmatched${u.paragraph ? ` (paragraph ${String(u.paragraph)})` : ''}: ${u.text}`,
    );
  // The report restates each unmatched entry as a warning too; printed once above.
  for (const w of ownWarnings(report)) console.log(`  warning: ${w}`);
}

/** "statements: 6 CREATES, 12 GOVERNS, …; proposals: 0; unmatched: 1; warnings: 0". */
function summary(report: DocumentReport): string {
  const byType = new Map<string, number>();
  for (const r of report.relations) byType.set(r.type, (byType.get(r.type) ?? 0) + 1);
  const types = [...byType].sort(([a], [b]) => a.localeCompare(b));
  return [
    `statements: ${types.map(([t, n]) => `${String(n)} ${t}`).join(', ') || 'none'}`,
    `proposals: ${String(report.proposals.length)}${report.proposals.length ? ' (npm run review)' : ''}`,
    `unmatched: ${String(report.unmatched.length)}`,
    `warnings: ${String(ownWarnings(report).length)}`,
  ].join('; ');
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`ingest failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
