// `npm run neo4j`: just the database, for people who want to poke at it with their own tools.
import { join, resolve } from 'node:path';
import { findRepoRoot } from './java.js';
import { LocalNeo4jError, startLocalNeo4j } from './launcher.js';

async function main(): Promise<void> {
  const port = Number(process.env.NEO4J_BOLT_PORT ?? '7687');
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new LocalNeo4jError(
      `NEO4J_BOLT_PORT must be a port number, not "${process.env.NEO4J_BOLT_PORT}"`,
    );
  }
  // Same variables and defaults as the app (server/src/config.ts), so both find the same graph.
  const dataDir = resolve(process.env.NEO4J_DATA_DIR ?? join(findRepoRoot(), '.neo4j', 'data'));
  const db = await startLocalNeo4j({ dataDir, boltPort: port });
  console.log(
    `Neo4j is running at ${db.uri} (also neo4j://127.0.0.1:${port}); no auth. Ctrl-C stops it.`,
  );
  const shutdown = (signal: NodeJS.Signals): void => {
    console.error(`[neo4j] ${signal}: stopping`);
    db.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((err: unknown) => {
  console.error(err instanceof LocalNeo4jError ? `[neo4j] ${err.message}` : err);
  process.exit(1);
});
