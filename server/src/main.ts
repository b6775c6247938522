// `npm start`: Neo4j (bundled or NEO4J_URI), schema, seed, then the API and the client on one URL.
import { prepareDatabase } from './bootstrap.js';
import { loadConfig } from './config.js';
import { startServer } from './server.js';

const log = (msg: string, err?: unknown) => {
  const detail = err instanceof Error ? `: ${err.message}` : '';
  console.error(`${new Date().toISOString()} ${msg}${detail}`);
};

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const { db, local } = await prepareDatabase(config, (m) => {
    log(m);
  });
  const server = await startServer(db, config.PORT, config.HOST, log);
  console.log(
    `Mandate Lineage is running at ${server.url}/ (GraphQL API at ${server.url}/graphql)`,
  );
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: shutting down`);
    await server.stop();
    log('HTTP server closed');
    await db.close();
    if (local) {
      await local.stop();
      log('Neo4j stopped');
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
