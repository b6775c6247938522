// Starts a real Neo4j Community 5.26 in a child JVM (neo4j-local/) when no NEO4J_URI is configured.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, statfs, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';
import { checkToolchain, defaultLog, LocalNeo4jError, prepareLauncher } from './java.js';

export { LocalNeo4jError, prepareLauncher } from './java.js';

export interface LocalNeo4jOptions {
  dataDir: string; // absolute path; created if missing
  boltPort: number; // 127.0.0.1 only
  pageCache?: string; // default "256m"
  heap?: string; // -Xmx, default "1g"
  startTimeoutMs?: number; // default 180_000 (first run on a cold JVM)
  log?: (line: string) => void; // progress for humans; default: console.error, "[neo4j]" prefix
}

export interface LocalNeo4j {
  readonly uri: string;
  readonly pid: number;
  /** Settles when the JVM exits, however: "exit code 137", "signal SIGKILL". */
  readonly exited: Promise<string>;
  stop(): Promise<void>;
}

const STOP_GRACE_MS = 30_000;
const READY = 'NEO4J_READY ';
const FAILED = 'NEO4J_FAILED ';

export async function findFreePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new LocalNeo4jError('no free port');
  return address.port;
}

/** Why nothing could listen on this port now (EADDRINUSE, EACCES…), or null if it is free. */
export async function listenError(
  port: number,
  host: string,
): Promise<NodeJS.ErrnoException | null> {
  const server = createServer();
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, resolve);
    });
  } catch (err) {
    return err as NodeJS.ErrnoException;
  }
  await new Promise((resolve) => server.close(resolve));
  return null;
}

async function assertPortFree(port: number): Promise<void> {
  const err = await listenError(port, '127.0.0.1');
  if (err) {
    throw new LocalNeo4jError(
      `port ${port} on 127.0.0.1 is not available (${err.code ?? String(err)}), so the bundled ` +
        'Neo4j cannot listen there. Pick another port with NEO4J_BOLT_PORT=<port>, or set ' +
        'NEO4J_URI to use the Neo4j server that may already be running there.',
    );
  }
}

/** Below this, Neo4j cannot create its store and transaction logs. */
const MIN_FREE_MB = 256;

async function assertDiskSpace(dataDir: string): Promise<void> {
  const { bavail, bsize } = await statfs(dataDir);
  const freeMb = Math.floor((bavail * bsize) / 2 ** 20);
  if (freeMb < MIN_FREE_MB) {
    throw new LocalNeo4jError(
      `only ${String(freeMb)} MB are free on the disk that holds ${dataDir}; the bundled Neo4j ` +
        `needs at least ${String(MIN_FREE_MB)} MB. Free some space, or set NEO4J_DATA_DIR to a ` +
        'folder on another disk.',
    );
  }
}

/** Why the JVM could not run at all, in the words of the toolchain check. */
async function javaProblem(fallback: string): Promise<LocalNeo4jError> {
  try {
    await checkToolchain();
    return new LocalNeo4jError(fallback);
  } catch (err) {
    return err instanceof LocalNeo4jError ? err : new LocalNeo4jError(fallback);
  }
}

/** How long after ready a learning start notes the classes its first statements load (less if stopped). */
const LEARN_MS = 20_000;

/**
 * The classes loaded after Neo4j was ready (the first statements' parser and planner), from a
 * JVM class-load log, as the list a later start preloads. Hidden classes (lambdas) are left out:
 * they cannot be loaded by name.
 */
export function classesAfter(logText: string, readyLines: number): string[] {
  const names = new Set<string>();
  for (const line of logText.split('\n').slice(readyLines)) {
    const m = /\[class,load\] (\S+) source: (.*)$/.exec(line);
    if (m?.[1] && m[2] && !m[2].startsWith('__') && !m[1].includes('/')) names.add(m[1]);
  }
  return [...names];
}

async function learnWarmClasses(classLog: string, list: string, readyLines: number) {
  const names = classesAfter(await readFile(classLog, 'utf8'), readyLines);
  if (names.length === 0) return;
  await writeFile(`${list}.tmp`, `${names.join('\n')}\n`);
  await rename(`${list}.tmp`, list);
}

/** The archive a start wrote at exit becomes the archive, unless another start's already is. */
async function keepArchive(written: string, archive: string): Promise<void> {
  try {
    if (existsSync(written) && !existsSync(archive)) await rename(written, archive);
  } finally {
    await rm(written, { force: true });
  }
}

function javaArgs(classpath: string, warm: string[], opts: LocalNeo4jOptions): string[] {
  return [
    // The JVM's own log lines (class data sharing warns about every class it cannot archive)
    // would go to stdout, the launcher's protocol channel: errors only, to stderr.
    '-Xlog:disable',
    '-Xlog:all=error:stderr',
    ...warm,
    '-Xms256m',
    `-Xmx${opts.heap ?? '1g'}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    // As Neo4j's own launcher does on Java 17: without these the page cache and native file
    // access (fadvise, preallocation) fall back to slower paths and fill debug.log with warnings.
    ...['java.nio', 'java.io', 'sun.nio.ch'].map((p) => `--add-opens=java.base/${p}=ALL-UNNAMED`),
    '-Dio.netty.tryReflectionSetAccessible=true',
    // An IPv4 socket, so `ss -ltn` shows a plain 127.0.0.1:PORT rather than [::ffff:127.0.0.1].
    '-Djava.net.preferIPv4Stack=true',
    ...['-cp', classpath, 'org.mandatelineage.neo4j.Launcher'],
    ...['--data', opts.dataDir, '--port', String(opts.boltPort)],
    ...['--pagecache', opts.pageCache ?? '256m'],
  ];
}

export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = opts.log ?? defaultLog;
  const { dataDir, boltPort } = opts;
  const { classpath, warmClasses, classArchive } = await prepareLauncher(log);
  await assertPortFree(boltPort);
  await mkdir(dataDir, { recursive: true });
  await assertDiskSpace(dataDir);
  // The first start notes which classes the first statements load; later ones preload them.
  const learning = !existsSync(warmClasses);
  const classLog = join(dataDir, 'logs', 'class-load.log');
  if (learning) await mkdir(join(dataDir, 'logs'), { recursive: true });
  const warm = learning
    ? [`-Xlog:class+load=info:file=${classLog}`]
    : [`-Dmandatelineage.warmClasses=${warmClasses}`];
  // Without an archive of its classes yet, this start writes one when it exits (to a file of
  // its own: other starts may be writing theirs), which the next starts map.
  const archiving = existsSync(classArchive)
    ? null
    : `${classArchive}.${String(process.pid)}.${String(Date.now())}.tmp`;
  warm.push(
    archiving ? `-XX:ArchiveClassesAtExit=${archiving}` : `-XX:SharedArchiveFile=${classArchive}`,
  );
  const startedAt = Date.now();
  log(`starting Neo4j on bolt://127.0.0.1:${boltPort} (data in ${dataDir})`);
  // stdin stays an open pipe: the JVM shuts down when it reaches EOF, i.e. when this process dies,
  // however it dies. Its own process group keeps a terminal's Ctrl-C from stopping the database
  // behind the app's back: the app stops it, in order, through stop().
  const child = spawn('java', javaArgs(classpath, warm, opts), {
    stdio: 'pipe',
    detached: true,
  });
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => {
      const how = signal ? `signal ${signal}` : `exit code ${code}`;
      if (!archiving) resolve(how);
      // A start that could not keep its archive (say, a full disk) just leaves it to the next.
      else
        void keepArchive(archiving, classArchive).then(
          () => {
            resolve(how);
          },
          () => {
            resolve(how);
          },
        );
    }),
  );

  let ready = false;
  let failure: string | undefined;
  const stderrTail: string[] = [];
  createInterface({ input: child.stderr }).on('line', (line) => {
    if (line.startsWith(FAILED)) failure = line.slice(FAILED.length);
    if (ready)
      log(line); // rare after startup (Neo4j logs to files), so worth showing
    else if (stderrTail.push(line) > 20) stderrTail.shift();
  });

  // A learning start writes its list LEARN_MS after ready, or when stopped before that.
  let learn: (() => Promise<void>) | null = null;
  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      await learn?.().catch(() => undefined);
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exited;
      clearTimeout(timer);
    })());

  let timer: NodeJS.Timeout | undefined;
  try {
    const uri = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout }).on('line', (line) => {
        if (line.startsWith(READY)) resolve(line.slice(READY.length).trim());
      });
      child.on('error', (err) => {
        void javaProblem(`could not run java: ${err.message}`).then(reject);
      });
      // 'close' rather than 'exit': by then stderr has been read, NEO4J_FAILED included.
      child.once('close', (code, signal) => {
        const why = failure ?? (stderrTail.join('\n') || 'no output');
        const hint = why.includes('store_lock')
          ? ` (another Neo4j, e.g. \`npm start\` or \`npm run neo4j\`, is using ${dataDir})`
          : '';
        const how = signal ?? `exit code ${code}`;
        const message = `Neo4j exited during startup (${how}): ${why}${hint}`;
        // A Java older than the launcher's classes: said as the toolchain check says it.
        if (why.includes('UnsupportedClassVersionError')) void javaProblem(message).then(reject);
        else reject(new LocalNeo4jError(message));
      });
      const timeoutMs = opts.startTimeoutMs ?? 180_000;
      timer = setTimeout(() => {
        const tail = stderrTail.length > 0 ? `:\n${stderrTail.join('\n')}` : '';
        reject(new LocalNeo4jError(`Neo4j did not start within ${timeoutMs / 1000} s${tail}`));
      }, timeoutMs);
    });
    const pid = child.pid;
    if (pid === undefined) throw new LocalNeo4jError('java started without a pid');
    ready = true;
    log(
      `Neo4j ready at ${uri} after ${((Date.now() - startedAt) / 1000).toFixed(1)} s (pid ${pid})`,
    );
    void exited.then((how) => {
      if (!stopping) log(`Neo4j stopped unexpectedly (${how}); see ${dataDir}/logs/debug.log`);
    });
    if (learning) {
      const readyLines = (await readFile(classLog, 'utf8').catch(() => '')).split('\n').length - 1;
      const once = () => {
        learn = null;
        return learnWarmClasses(classLog, warmClasses, readyLines);
      };
      learn = once;
      setTimeout(() => {
        if (learn === once) once().catch(() => undefined);
      }, LEARN_MS).unref();
    }
    return { uri, pid, exited, stop };
  } catch (err) {
    await stop(); // on a timeout: SIGTERM, and SIGKILL if the JVM is truly stuck
    throw err;
  } finally {
    clearTimeout(timer);
  }
}
