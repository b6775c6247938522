// The bundled Neo4j under supervision: when it exits without being asked to (an out-of-memory
// exit, a kill), it is started again on the same port and data folder, after a pause that
// doubles on each failed try (1 s … 30 s), and each event is logged. The driver reconnects by
// itself: the API answers SERVICE_UNAVAILABLE meanwhile and recovers when Neo4j is back, its
// committed data recovered from Neo4j's transaction log.
import type { Config } from '../config.js';
import { repoPath } from '../paths.js';
import { startLocalNeo4j, type LocalNeo4j, type LocalNeo4jOptions } from './launcher.js';

export interface SupervisedNeo4j {
  readonly uri: string;
  /** The running JVM's pid (another after a restart). */
  readonly pid: number;
  /** How many times it was started again. */
  readonly restarts: number;
  stop(): Promise<void>;
}

const FIRST_PAUSE_MS = 1_000;
const MAX_PAUSE_MS = 30_000;

export async function superviseLocalNeo4j(
  opts: LocalNeo4jOptions & { log: (line: string) => void },
): Promise<SupervisedNeo4j> {
  // The first start is not retried: what keeps it from starting (a port taken, the folder
  // locked by another Neo4j, Java missing) is for the user to fix, and is said once.
  let current: LocalNeo4j = await startLocalNeo4j(opts);
  let stopping = false;
  // A call, not a narrowed variable: a check after an await must see a stop() made meanwhile.
  const stopped = () => stopping;
  let restarts = 0;
  let wake: (() => void) | null = null;

  const watch = (n: LocalNeo4j): void => {
    void n.exited.then(async (how) => {
      if (stopped()) return;
      let pause = FIRST_PAUSE_MS;
      for (;;) {
        opts.log(
          `Neo4j exited unexpectedly (${how}); starting it again in ${String(pause / 1000)} s`,
        );
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, pause);
        });
        wake = null;
        if (stopped()) return;
        try {
          current = await startLocalNeo4j(opts);
          restarts++;
          opts.log(`Neo4j is back (restart ${String(restarts)})`);
          watch(current);
          return;
        } catch (err) {
          how = err instanceof Error ? err.message : String(err);
          pause = Math.min(pause * 2, MAX_PAUSE_MS);
        }
      }
    });
  };
  watch(current);

  return {
    get uri() {
      return current.uri;
    },
    get pid() {
      return current.pid;
    },
    get restarts() {
      return restarts;
    },
    async stop() {
      stopping = true;
      wake?.();
      await current.stop();
    },
  };
}

/** The bundled Neo4j as configured (NEO4J_DATA_DIR, NEO4J_BOLT_PORT), supervised, its lines prefixed. */
export function superviseConfiguredNeo4j(
  config: Config,
  log: (line: string) => void,
): Promise<SupervisedNeo4j> {
  return superviseLocalNeo4j({
    dataDir: config.NEO4J_DATA_DIR ?? repoPath('.neo4j/data'),
    boltPort: config.NEO4J_BOLT_PORT,
    log: (l) => {
      log(`[neo4j] ${l}`);
    },
  });
}
