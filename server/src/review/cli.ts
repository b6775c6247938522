// `npm run review` lists the proposals (entities a document named that the reference data
// lacks); `npm run review -- accept ID...` and `-- reject ID...` decide them (`--all` for
// every one). Without NEO4J_URI it uses the bundled Neo4j, as `npm run ingest` does.
import { parseArgs } from 'node:util';
import { openToolDatabase } from '../bootstrap.js';
import { decide, listProposals, ReviewError } from './proposals.js';

const USAGE = 'usage: npm run review [-- --json]  |  npm run review -- accept|reject ID... [--all]';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { all: { type: 'boolean' }, json: { type: 'boolean' }, help: { type: 'boolean' } },
  });
  const [command, ...ids] = positionals;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (command !== undefined && command !== 'accept' && command !== 'reject') {
    console.error(`unknown command "${command}"; ${USAGE}`);
    return 2;
  }
  if (command && ids.length === 0 && !values.all) {
    console.error(`${command} needs the ids of proposals, or --all; ${USAGE}`);
    return 2;
  }
  const database = await openToolDatabase((m) => {
    console.error(m);
  });
  try {
    if (!command) {
      const proposals = await listProposals(database.db);
      if (values.json) {
        console.log(JSON.stringify(proposals, null, 2));
        return 0;
      }
      if (proposals.length === 0) console.log('no proposals under review');
      for (const p of proposals) {
        const where = p.proposal.evidence.paragraph
          ? `paragraph ${String(p.proposal.evidence.paragraph)}`
          : p.proposal.evidence.context.toLowerCase();
        console.log(`${p.id}  (${p.kind.toLowerCase()}) ${p.nameEn}`);
        console.log(
          `    proposed by ${p.proposal.document}, ${where}: "${p.proposal.evidence.quote}"`,
        );
      }
      if (proposals.length > 0)
        console.log(
          `${String(proposals.length)} under review: npm run review -- accept|reject ID...`,
        );
      return 0;
    }
    const done = await decide(database.db, command, ids, { all: values.all ?? false });
    console.log(`${command === 'accept' ? 'accepted' : 'rejected'}: ${done.join(', ') || 'none'}`);
    return 0;
  } catch (err) {
    if (err instanceof ReviewError) {
      console.error(err.message);
      return 1;
    }
    throw err;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    console.error(`review failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  },
);
