// Toolchain checks and the cached Maven build of the Java launcher in neo4j-local/.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, open, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export class LocalNeo4jError extends Error {
  override name = 'LocalNeo4jError';
}

export const defaultLog = (line: string): void => {
  console.error(`[neo4j] ${line}`);
};

/** Walks up from this file: it runs from server/src/… under tsx and from dist/server/src/… built. */
export function findRepoRoot(): string {
  const here = fileURLToPath(import.meta.url);
  for (let dir = dirname(here); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'neo4j-local', 'pom.xml'))) return dir;
    if (dirname(dir) === dir) throw new LocalNeo4jError(`no neo4j-local/pom.xml above ${here}`);
  }
}

const ANSI = new RegExp(String.fromCharCode(27) + '\\[[0-9;]*m', 'g'); // Maven colours even with -B

/** Runs a command; resolves with its exit code and the tail of stdout+stderr, interleaved. */
function run(cmd: string, args: readonly string[], cwd?: string) {
  return new Promise<{ code: number | null; output: string }>((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer): void => {
      output = (output + chunk.toString('utf8').replace(ANSI, '')).slice(-65_536);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('error', reject);
    child.once('close', (code) => {
      resolve({ code, output });
    });
  });
}

const isErrno = (err: unknown, code: string): boolean =>
  err instanceof Error && (err as NodeJS.ErrnoException).code === code;

/** Throws one LocalNeo4jError that names everything missing, not just the first thing. */
export async function checkToolchain(): Promise<void> {
  const problems: string[] = [];
  const probe = async (cmd: string, args: string[]) => {
    try {
      const result = await run(cmd, args);
      if (result.code === 0) return result.output;
      const tail = result.output.trim().split('\n').slice(-3).join(' / ');
      problems.push(`\`${cmd} ${args.join(' ')}\` failed (exit ${result.code}): ${tail}`);
    } catch (err) {
      problems.push(
        isErrno(err, 'ENOENT') ? `\`${cmd}\` is not on PATH` : `${cmd}: ${String(err)}`,
      );
    }
    return undefined;
  };
  const [javaOut] = await Promise.all([probe('java', ['-version']), probe('mvn', ['-v', '-B'])]);
  if (javaOut !== undefined) {
    // `openjdk version "17.0.15" …`, or `"1.8.0_392"` up to Java 8.
    const [first, second] = (/version "([^"]+)"/.exec(javaOut)?.[1] ?? '?').split(/[._-]/);
    const major = Number(first === '1' ? second : first);
    if (!(major >= 17))
      problems.push(`Java 17 or newer is needed, but \`java\` is ${first ?? '?'}`);
  }
  if (problems.length === 0) return;
  throw new LocalNeo4jError(
    `Cannot start the bundled Neo4j: ${problems.join('; ')}. It needs a Java 17+ JDK and ` +
      'Maven 3 on PATH (e.g. `apt-get install openjdk-17-jdk-headless maven`). ' +
      'Or set NEO4J_URI to use an existing Neo4j server instead.',
  );
}

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** The launcher's own jar (`jar:jar`; the pom's artifactId and version). */
const LAUNCHER_JAR = 'neo4j-local-0.1.0.jar';

/** The launcher's classpath if the last build is newer than its sources and all jars exist. */
function builtClasspath(moduleDir: string): string | undefined {
  const target = join(moduleDir, 'target');
  const launcherJar = join(target, LAUNCHER_JAR);
  try {
    const sources = Math.max(
      newestMtime(join(moduleDir, 'pom.xml')),
      newestMtime(join(moduleDir, 'src')),
    );
    if (statSync(join(target, '.built')).mtimeMs < sources) return undefined;
    if (!existsSync(launcherJar)) return undefined;
    const jars = readFileSync(join(target, 'classpath.txt'), 'utf8').trim().split(delimiter);
    // A cleaned ~/.m2 also calls for a build, which fetches the jars again.
    return jars.every((jar) => existsSync(jar))
      ? [launcherJar, ...jars].join(delimiter)
      : undefined;
  } catch {
    return undefined;
  }
}

function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return isErrno(err, 'EPERM');
  }
}

/** One build at a time across processes, e.g. `npm start` and `npm test` started together. */
async function withLock<T>(lockFile: string, log: (l: string) => void, fn: () => Promise<T>) {
  await mkdir(dirname(lockFile), { recursive: true });
  for (let waited = 0; ; waited += 500) {
    try {
      const handle = await open(lockFile, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      break;
    } catch (err) {
      if (!isErrno(err, 'EEXIST')) throw err;
    }
    const holder = await readFile(lockFile, 'utf8').catch(() => '');
    const age =
      Date.now() -
      (await stat(lockFile).then(
        (s) => s.mtimeMs,
        () => 0,
      ));
    // Empty means the holder is between open() and write(): stale only if it stays empty.
    if (holder ? !pidAlive(Number(holder)) : age > 5_000) {
      await rm(lockFile, { force: true });
      continue;
    }
    if (waited === 0) log(`waiting for process ${holder || '?'}, which is preparing Neo4j`);
    if (waited > 20 * 60_000) throw new LocalNeo4jError(`gave up waiting for ${lockFile}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  try {
    return await fn();
  } finally {
    const holder = await readFile(lockFile, 'utf8').catch(() => '');
    if (holder === String(process.pid)) await rm(lockFile, { force: true });
  }
}

export interface Launcher {
  classpath: string;
  /** The classes to preload at start (see Launcher.preloadClasses); learnt by the first start. */
  warmClasses: string;
  /**
   * The JVM's class data sharing archive of this classpath: the classes a start loads, parsed
   * and verified, mapped from one file instead of read from a hundred jars. Written when the
   * first start exits, used by every later one (Neo4j's start: about 6 s → 3.5 s here).
   */
  classArchive: string;
}

/** Compiles neo4j-local and resolves its jars (checking Java and Maven first) unless already done. */
export async function prepareLauncher(log = defaultLog): Promise<Launcher> {
  const moduleDir = join(findRepoRoot(), 'neo4j-local');
  // Built already: Java is checked by running it (launcher.ts says what is wrong if it cannot
  // run), which saves a start the two probes (`mvn -v` is a JVM of its own).
  const warmClasses = join(moduleDir, 'target', 'warm-classes.txt');
  const classArchive = join(moduleDir, 'target', 'neo4j.jsa');
  const cached = builtClasspath(moduleDir);
  if (cached) return { classpath: cached, warmClasses, classArchive };
  await checkToolchain();
  return withLock(join(moduleDir, 'target', 'build.lock'), log, async () => {
    const done = builtClasspath(moduleDir); // built by another process while we waited
    if (done) return { classpath: done, warmClasses, classArchive };
    log('preparing Neo4j 5.26 (the first run fetches its jars from Maven Central)');
    // The launcher's jar, and its dependencies' classpath → target/classpath.txt.
    const goals = ['compile', 'jar:jar', 'dependency:build-classpath'];
    const args = ['-q', '-B', '-Dstyle.color=never', '-f', join(moduleDir, 'pom.xml'), ...goals];
    const { code, output } = await run('mvn', args, moduleDir);
    if (code !== 0) {
      // Maven closes with a boilerplate "-> [Help 1]" block; the cause is above it.
      const lines = output.split('\n').filter((l) => l.trim() !== '' && l.trim() !== '[ERROR]');
      const end = lines.findIndex((l) => l.includes('-> [Help 1]'));
      const tail = lines
        .slice(0, end < 0 ? undefined : end)
        .slice(-25)
        .join('\n');
      throw new LocalNeo4jError(`building neo4j-local failed (mvn exit ${code}):\n${tail}`);
    }
    await writeFile(join(moduleDir, 'target', '.built'), new Date().toISOString());
    const classpath = builtClasspath(moduleDir);
    if (!classpath) throw new LocalNeo4jError('mvn succeeded but neo4j-local/target is incomplete');
    // A new build may be another Neo4j: its first start learns the classes again.
    await rm(warmClasses, { force: true });
    await rm(classArchive, { force: true });
    return { classpath, warmClasses, classArchive };
  });
}
