// The API server as users run it (server/src/main.ts in its own process), pointed at a bench
// database, so its latency and memory are measured apart from the load generator's.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { findFreePort } from '../../server/src/local-neo4j/launcher.js';
import { repoPath } from '../../server/src/paths.js';

/**
 * The V8 flags `npm start` gives the server (package.json's start script), so the bench runs it
 * as users do. The raw-driver baseline gets them too: a ratio then measures code, not GC settings.
 */
export function startNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(repoPath('package.json'), 'utf8')) as {
    scripts: { start: string };
  };
  return pkg.scripts.start.match(/--max-semi-space-size=\d+/g) ?? [];
}

export interface ServerProcess {
  readonly url: string;
  readonly pid: number;
  /** Resident set size in MB, read from /proc (Linux). */
  rssMb(): Promise<number>;
  stop(): Promise<void>;
}

export async function spawnServer(
  neo4jUri: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const port = await findFreePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [...startNodeFlags(), '--import', 'tsx', repoPath('server/src/main.ts')],
    {
      cwd: repoPath('.'),
      env: {
        ...process.env,
        NEO4J_URI: neo4jUri,
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        // As npm start runs it (graphql-js skips its development-time checks).
        NODE_ENV: 'production',
        RATE_LIMIT_PER_MINUTE: '0',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const pid = child.pid;
  if (pid === undefined || !child.stdout) throw new Error('could not start the API server');
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on('line', (line) => {
      const m = /running at (http:\/\/\S+?)\/? /.exec(line);
      if (m?.[1]) resolve(m[1]);
    });
    child.once('exit', (code) => {
      reject(new Error(`the API server exited with ${String(code)} before it was ready`));
    });
  });
  return {
    url,
    pid,
    async rssMb() {
      const status = await readFile(`/proc/${String(pid)}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
      return kb / 1024;
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
