// `npm run audit [-- --json]`: checks the graph for what Neo4j Community cannot enforce.
// Exit code 0 when the graph is clean, 1 when problems were found, 2 on bad usage.
// Without NEO4J_URI it uses the bundled Neo4j: the one `npm start` runs if it is up, else
// it starts one on the same data folder (as `npm run ingest` does).
import { parseArgs } from 'node:util';
import { openToolDatabase } from '../bootstrap.js';
import { audit, AUDIT_CHECKS, type AuditCheck, type AuditReport } from './run.js';

const USAGE = 'usage: npm run audit [-- --json]';

function printReport(report: AuditReport): void {
  const counts = new Map<AuditCheck, number>();
  for (const p of report.problems) counts.set(p.check, (counts.get(p.check) ?? 0) + 1);
  const checks = Object.keys(AUDIT_CHECKS) as AuditCheck[];
  const width = Math.max(...checks.map((c) => c.length));
  console.log('check'.padEnd(width), ' problems  meaning');
  for (const c of checks) {
    const n = String(counts.get(c) ?? 0);
    console.log(c.padEnd(width), ' ', n.padStart(8), ' ', AUDIT_CHECKS[c]);
  }
  if (report.problems.length > 0) {
    console.log('');
    for (const p of report.problems) console.log(`${p.check}\t${p.id}\t${p.detail}`);
  }
  console.log('');
  console.log(
    `sources that disagree (kept with every value cited; not problems): ${String(report.conflicts.length)}`,
  );
  for (const c of report.conflicts) {
    console.log(`conflict\t${c.id}\t${c.field}${c.asOf ? ` as of ${c.asOf}` : ''}`);
    for (const v of c.values)
      console.log(`\t${v.held ? 'shown' : 'also '}\t${v.value}\t${v.source}\t${v.cited}`);
  }
  console.log('');
  console.log(`quotes checked against their document's text: ${String(report.quotesChecked)}`);
  console.log(
    `quotes checked against the stored paragraph they name: ${String(report.quotesCheckedInParagraphs)}`,
  );
  const na = report.textNotAvailable;
  console.log(
    `quotes not checked (text not available, not a problem): ${String(na.quotes)}` +
      (na.documents.length > 0 ? ` in ${String(na.documents.length)} document(s)` : ''),
  );
  console.log(
    report.problems.length === 0
      ? 'audit: no problems'
      : `audit: ${String(report.problems.length)} problem(s)`,
  );
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { json: { type: 'boolean' }, help: { type: 'boolean' } },
  });
  if (values.help) {
    console.error(USAGE);
    return 0;
  }
  const database = await openToolDatabase((m) => {
    console.error(m);
  });
  let report: AuditReport;
  try {
    report = await audit(database.db);
  } finally {
    await database.close();
  }
  if (values.json) console.log(JSON.stringify(report, null, 2));
  else printReport(report);
  return report.problems.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`audit failed: ${err instanceof Error ? err.message : String(err)}\n${USAGE}`);
    process.exitCode = 2;
  },
);
