// What `npm start` says when it cannot start: one line naming the cause and what to do, exit 1,
// and nothing left running. (The server's own entry, run as npm start runs it, minus the build.)
import { spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '../../server/src/local-neo4j/launcher.js';
import { repoPath } from '../../server/src/paths.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mandate-lineage-start-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs the server's entry until it exits; its output without the JSON log lines. */
function start(env: Record<string, string>): Promise<{ code: number | null; said: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', repoPath('server/src/main.ts')], {
      cwd: repoPath(),
      env: { ...process.env, LOG_LEVEL: 'info', HOST: '127.0.0.1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const said = out.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('{'));
      resolve({ code, said });
    });
  });
}

async function hold(port: number): Promise<Server> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}

describe('npm start refuses to start, in one clear line', () => {
  it('when its port is taken (a second npm start), before starting a Neo4j', async () => {
    const port = await findFreePort();
    const held = await hold(port);
    const dataDir = join(dir, 'second');
    try {
      const { code, said } = await start({
        PORT: String(port),
        NEO4J_DATA_DIR: dataDir,
        NEO4J_BOLT_PORT: String(await findFreePort()),
      });
      expect(code).toBe(1);
      expect(said).toEqual([
        expect.stringMatching(
          new RegExp(
            `^Mandate Lineage could not start: port ${String(port)} .* already in use .*PORT=`,
          ),
        ),
      ]);
    } finally {
      held.close();
    }
    // No Neo4j was started for nothing: it would have created its data folder.
    await expect(rm(dataDir)).rejects.toThrow(/ENOENT/);
  }, 90_000);

  it("when the bundled Neo4j's port is taken", async () => {
    const bolt = await findFreePort();
    const held = await hold(bolt);
    try {
      const { code, said } = await start({
        PORT: String(await findFreePort()),
        NEO4J_DATA_DIR: join(dir, 'bolt'),
        NEO4J_BOLT_PORT: String(bolt),
      });
      expect(code).toBe(1);
      expect(said.filter((l) => l.startsWith('Mandate Lineage could not start:'))).toEqual([
        expect.stringMatching(new RegExp(`port ${String(bolt)} .*not available.*NEO4J_BOLT_PORT`)),
      ]);
    } finally {
      held.close();
    }
  }, 90_000);

  it('when Java is too old to run Neo4j', async () => {
    // A `java` that reports version 11 and refuses class files of Java 17, as Java 11 does.
    const bin = join(dir, 'old-java');
    await mkdir(bin, { recursive: true });
    const java = join(bin, 'java');
    await writeFile(
      java,
      [
        '#!/bin/sh',
        'if [ "$1" = "-version" ]; then echo \'openjdk version "11.0.22" 2024-01-16\' >&2; exit 0; fi',
        "echo 'Error: LinkageError occurred while loading main class org.mandatelineage.neo4j.Launcher' >&2",
        "echo '  java.lang.UnsupportedClassVersionError: class file version 61.0, this version of the Java Runtime only recognizes class file versions up to 55.0' >&2",
        'exit 1',
      ].join('\n'),
    );
    await chmod(java, 0o755);
    const { code, said } = await start({
      PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`,
      PORT: String(await findFreePort()),
      NEO4J_DATA_DIR: join(dir, 'java'),
      NEO4J_BOLT_PORT: String(await findFreePort()),
    });
    expect(code).toBe(1);
    const first = said.find((l) => l.startsWith('Mandate Lineage could not start:'));
    expect(first).toMatch(/Java 17 or newer is needed, but `java` is 11/);
  }, 90_000);
});
