// Starts bench/raw-lineage-server.ts in its own process, like the API server.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { findFreePort } from '../../server/src/local-neo4j/launcher.js';
import { repoPath } from '../../server/src/paths.js';
import { startNodeFlags } from './server-process.js';

export async function spawnRawLineage(
  neo4jUri: string,
): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await findFreePort();
  const child = spawn(
    process.execPath,
    [
      ...startNodeFlags(),
      '--import',
      'tsx',
      repoPath('bench/raw-lineage-server.ts'),
      neo4jUri,
      String(port),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise<void>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (l) => {
      if (l.startsWith('ready')) resolve();
    });
    child.once('exit', (code) => {
      reject(new Error(`raw lineage server exited with ${String(code)}`));
    });
  });
  return {
    url: `http://127.0.0.1:${String(port)}`,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

export async function postRaw(url: string, body: unknown): Promise<unknown> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (res.status !== 200) throw new Error(`raw lineage: HTTP ${String(res.status)} ${text}`);
  return JSON.parse(text);
}
