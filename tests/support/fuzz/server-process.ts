// The real server (server/src/main.ts) in a child process: a crash or an unhandled rejection
// inside it ends that process, which an in-process server would hide or take the test down with.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { findFreePort } from '../../../server/src/local-neo4j/launcher.js';
import { repoPath } from '../../../server/src/paths.js';

export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Everything the server wrote to stderr so far (its JSON log lines), capped. */
  stderr(): string;
  /** Null while it runs; how it ended otherwise. */
  exit(): { code: number | null; signal: NodeJS.Signals | null } | null;
  stop(): Promise<void>;
}

// Enough for every error line of a run; a server that logs without end must not fill memory.
const STDERR_CAP = 4 * 1024 * 1024;

/**
 * The command `npm start` runs once the build is done, from package.json's start script
 * (`… && NAME=value node <flags> dist/server/src/main.js`): its environment and arguments.
 */
function builtStartCommand(): { env: Record<string, string>; args: string[] } {
  const pkg = JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  const words = (pkg.scripts.start.split('&&').at(-1) ?? '').trim().split(/\s+/);
  const env: Record<string, string> = {};
  while (words[0]?.includes('=')) {
    const [name = '', value = ''] = (words.shift() ?? '').split('=');
    env[name] = value;
  }
  if (words.shift() !== 'node') throw new Error(`npm start does not end with a node command`);
  return { env, args: words };
}

export interface ServerProcessOptions {
  /** More environment for the server. */
  env?: Record<string, string>;
  /** Run the built server as `npm start` does (dist/, built by the tests' setup), not the sources. */
  built?: boolean;
}

export async function startServerProcess(
  neo4jUri: string,
  { env = {}, built = false }: ServerProcessOptions = {},
): Promise<ServerProcess> {
  const port = await findFreePort();
  const start = built
    ? builtStartCommand()
    : { env: {}, args: ['--import', 'tsx', 'server/src/main.ts'] };
  const child = spawn(process.execPath, start.args, {
    cwd: repoPath(),
    env: {
      ...process.env,
      ...start.env,
      NEO4J_URI: neo4jUri,
      PORT: String(port),
      HOST: '127.0.0.1',
      // Thousands of requests from one address would otherwise be answered 429.
      RATE_LIMIT_PER_MINUTE: '0',
      // Errors (level 50) and worse are what the test looks for; request lines are noise.
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let stdout = '';
  let exited: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  child.stderr.setEncoding('utf8');
  child.stdout.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    if (stderr.length < STDERR_CAP) stderr += chunk;
  });
  const exitPromise = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      resolve();
    });
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`the server did not start in 90 s; stderr:\n${stderr}`));
    }, 90_000);
    child.stdout.on('data', (chunk: string) => {
      stdout += chunk;
      if (stdout.includes('is running at')) {
        clearTimeout(timer);
        resolve();
      }
    });
    void exitPromise.then(() => {
      clearTimeout(timer);
      reject(new Error(`the server exited during start-up; stderr:\n${stderr}`));
    });
  });
  return {
    url: `http://127.0.0.1:${String(port)}`,
    child,
    stderr: () => stderr,
    exit: () => exited,
    async stop() {
      if (exited) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exitPromise;
      clearTimeout(killer);
    },
  };
}
