// `npm start`: Neo4j (bundled or NEO4J_URI), schema, seed, then the API and the client on one URL.
import { randomBytes } from 'node:crypto';
import { prepareDatabase } from './bootstrap.js';
import { loadConfig } from './config.js';
import { createLogger, pinoErrorLogger } from './http/logging.js';
import { startServer } from './server.js';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  // JSON lines on stderr (LOG_LEVEL); the one human line below goes to stdout.
  const logger = createLogger(config.LOG_LEVEL);
  // Errors, with the id of the request they happened in (see http/logging.ts).
  const log = pinoErrorLogger(logger);
  const info = (msg: string) => {
    logger.info(msg);
  };
  const { db, local } = await prepareDatabase(config, info);
  // As Jupyter does: a random token per start unlocks adding documents in the browser that
  // opens the printed link (the fragment never reaches a server log); INGEST_TOKEN fixes it.
  const ingestToken = config.INGEST_TOKEN ?? randomBytes(24).toString('base64url');
  const server = await startServer(db, config.PORT, config.HOST, log, { ingestToken });
  console.log(
    `Mandate Lineage is running at ${server.url}/ (GraphQL API at ${server.url}/graphql)`,
  );
  console.log(
    `To add documents, open ${server.url}/#token=${ingestToken} (scripts: POST ${server.url}/documents with Authorization: Bearer ${ingestToken})`,
  );
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    info(`${signal}: shutting down`);
    await server.stop();
    info('HTTP server closed');
    await db.close();
    if (local) {
      await local.stop();
      info('Neo4j stopped');
    }
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err: unknown) => {
  console.error(
    `Mandate Lineage could not start: ${err instanceof Error ? err.message : String(err)}`,
  );
  process.exit(1);
});
