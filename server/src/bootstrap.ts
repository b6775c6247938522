// Which Neo4j to use: NEO4J_URI if set (Desktop, Aura, a cluster), else the bundled one.
import { loadConfig, type Config } from './config.js';
import { Database } from './db/executor.js';
import { applySchema } from './db/schema.js';
import { superviseConfiguredNeo4j, type SupervisedNeo4j } from './local-neo4j/supervisor.js';
import { ensureSeed } from './seed/load.js';
import { migrate, MODEL_KEY } from './seed/migrate.js';

export interface PreparedDatabase {
  db: Database;
  local: SupervisedNeo4j | null;
}

async function waitForConnectivity(db: Database, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await db.ping();
      return;
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}

export async function prepareDatabase(
  config: Config,
  log: (m: string) => void,
  options: {
    seed?: boolean;
    /** The bundled Neo4j, already starting (npm start starts it before loading the server). */
    local?: Promise<SupervisedNeo4j>;
  } = {},
): Promise<PreparedDatabase> {
  let local: SupervisedNeo4j | null = null;
  let uri = config.NEO4J_URI;
  if (!uri) {
    local = await (options.local ?? superviseConfiguredNeo4j(config, log));
    uri = local.uri;
  }
  const db = new Database({
    uri,
    username: local ? undefined : config.NEO4J_USERNAME,
    password: config.NEO4J_PASSWORD,
    database: config.NEO4J_DATABASE,
    queryTimeoutMs: config.QUERY_TIMEOUT_MS,
  });
  const t = Date.now();
  const took: string[] = [];
  const step = async (name: string, work: () => Promise<unknown>) => {
    const t0 = Date.now();
    const result = await work();
    const said = typeof result === 'string' ? ` (${result})` : '';
    took.push(`${name}${said} ${String(Date.now() - t0)} ms`);
  };
  try {
    await step('connect', () => waitForConnectivity(db, 30_000));
    // The first statements on a new JVM pay for Cypher's own warm-up (seconds on a busy
    // machine): the schema check and the reads of migrate and the seed check (one statement,
    // getMeta) are planned side by side, so the latter finds its plan ready.
    await step('schema', async () => {
      const [schema] = await Promise.all([
        applySchema(db),
        db.read('getMeta', { key: MODEL_KEY }).catch(() => []),
      ]);
      return schema;
    });
    // An older release's database is brought up to this model before the seed is checked.
    // (A restore wants the database as it is: empty.)
    if (options.seed !== false) {
      await step('migrate', () => migrate(db, log));
      await step('seed', () => ensureSeed(db, log));
    }
    log(`database prepared in ${String(Date.now() - t)} ms (${took.join(', ')})`);
  } catch (err) {
    await db.close();
    await local?.stop();
    throw err;
  }
  return { db, local };
}

/**
 * For command-line tools (ingest, audit): NEO4J_URI if set; else the bundled Neo4j that
 * `npm start` runs (its data folder is then locked, so connect to it); else start it here.
 */
export async function openToolDatabase(
  log: (m: string) => void,
  options: { seed?: boolean } = {},
): Promise<{ db: Database; close: () => Promise<void> }> {
  const config = loadConfig(process.env);
  if (!config.NEO4J_URI) {
    const running = new Database({ uri: `bolt://127.0.0.1:${String(config.NEO4J_BOLT_PORT)}` });
    try {
      await running.ping();
      return { db: running, close: () => running.close() };
    } catch {
      await running.close();
    }
  }
  const { db, local } = await prepareDatabase(config, log, options);
  return {
    db,
    close: async () => {
      await db.close();
      await local?.stop();
    },
  };
}
