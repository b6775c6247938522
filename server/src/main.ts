// `npm start`: Neo4j (bundled or NEO4J_URI), schema, seed, then the API and the client on one URL.
import { randomBytes } from 'node:crypto';
import { loadConfig, type Config } from './config.js';
import { createLogger, pinoErrorLogger } from './http/logging.js';
import { listenError } from './local-neo4j/launcher.js';
import { superviseConfiguredNeo4j, type SupervisedNeo4j } from './local-neo4j/supervisor.js';

/** What a start fails on, in one line a user can act on. */
class StartError extends Error {}

function portProblem(err: unknown, config: Config): StartError | null {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'EADDRINUSE') {
    return new StartError(
      `port ${String(config.PORT)} on ${config.HOST} is already in use (is Mandate Lineage already ` +
        `running at http://localhost:${String(config.PORT)}/ ?). Stop it, or start this one on ` +
        'another port with PORT=<port>.',
    );
  }
  if (code === 'EACCES') {
    return new StartError(
      `port ${String(config.PORT)} needs privileges this user lacks; use PORT=<port> above 1023.`,
    );
  }
  return null;
}

/** A second `npm start` is told so at once, before a Neo4j is started for nothing. */
async function assertHttpPortFree(config: Config): Promise<void> {
  if (config.PORT === 0) return;
  const err = await listenError(config.PORT, config.HOST);
  if (err) throw portProblem(err, config) ?? err;
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  const config = loadConfig(process.env);
  // JSON lines on stderr (LOG_LEVEL); the one human line below goes to stdout.
  const logger = createLogger(config.LOG_LEVEL);
  // Errors, with the id of the request they happened in (see http/logging.ts).
  const log = pinoErrorLogger(logger);
  const info = (msg: string) => {
    logger.info(msg);
  };
  await assertHttpPortFree(config);
  // The bundled Neo4j first: its JVM is most of a start, and the server's modules (Apollo, the
  // ingestion rules) load while it starts. A failure is taken up where it is awaited.
  let local: Promise<SupervisedNeo4j> | undefined;
  if (!config.NEO4J_URI) {
    local = superviseConfiguredNeo4j(config, info);
    local.catch(() => undefined);
  }
  const [{ prepareDatabase }, { startServer }] = await Promise.all([
    import('./bootstrap.js'),
    import('./server.js'),
  ]);
  const { db } = await prepareDatabase(config, info, { local });
  // As Jupyter does: a random token per start unlocks adding documents in the browser that
  // opens the printed link (the fragment never reaches a server log); INGEST_TOKEN fixes it.
  const ingestToken = config.INGEST_TOKEN ?? randomBytes(24).toString('base64url');
  const server = await startServer(db, config.PORT, config.HOST, log, { ingestToken }).catch(
    async (err: unknown) => {
      await db.close();
      await (await local)?.stop();
      throw portProblem(err, config) ?? err;
    },
  );
  info(`answering after ${String(Date.now() - startedAt)} ms`);
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
    // Reads in flight are ended with their workers (ingest/read/pool.ts); a connection that
    // still holds on is cut when the drain's grace period ends. Past this, exit regardless.
    const deadline = setTimeout(() => {
      logger.error('shutdown took longer than 20 s; exiting');
      process.exit(1);
    }, 20_000);
    deadline.unref();
    await server.stop();
    info('HTTP server closed');
    await db.close();
    if (local) {
      await (await local).stop();
      info('Neo4j stopped');
    }
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err: unknown) => {
  // One line that says what to do; what follows it (a JVM's last output) is detail.
  const [first, ...rest] = (err instanceof Error ? err.message : String(err)).split('\n');
  console.error(`Mandate Lineage could not start: ${first ?? ''}`);
  if (rest.length > 0) console.error(rest.map((l) => `  ${l}`).join('\n'));
  process.exit(1);
});
