// `npm start`'s build step: rebuilds the server (tsc) and the explorer (Vite) only when their
// inputs changed since the last build — a content hash of the sources, the configuration and
// the lock file, kept next to each build's output. A warm start then goes straight to the
// server; a changed file, a pulled commit or `npm ci` rebuilds what it touches. The two builds
// run side by side.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { repoPath } from '../server/src/paths.js';

export interface Target {
  name: string;
  /** Files and folders whose content decides the output. */
  inputs: string[];
  /** A file the build writes, and where the hash is kept. */
  output: string;
  stamp: string;
  command: string[];
}

const SKIP = new Set(['node_modules', 'dist', '.git']);
const shared = ['common', 'package-lock.json', 'tsconfig.json'];
export const TARGETS: Target[] = [
  {
    name: 'server',
    inputs: ['server/src', 'tsconfig.build.json', ...shared],
    output: 'dist/server/src/main.js',
    stamp: 'dist/.build-hash',
    command: ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'],
  },
  {
    name: 'explorer',
    inputs: ['client', ...shared],
    output: 'client/dist/index.html',
    stamp: 'client/dist/.build-hash',
    command: [
      'node_modules/vite/bin/vite.js',
      'build',
      '--config',
      'client/vite.config.ts',
      '--logLevel',
      'warn',
    ],
  },
];

function files(path: string): string[] {
  const full = repoPath(path);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [path];
  return readdirSync(full, { withFileTypes: true })
    .filter((e) => !SKIP.has(e.name))
    .flatMap((e) => files(relative(repoPath(), join(full, e.name))));
}

function hashOf(t: Target): string {
  const h = createHash('sha256').update(t.command.join(' '));
  for (const f of t.inputs.flatMap(files).sort())
    h.update(f)
      .update('\0')
      .update(readFileSync(repoPath(f)));
  return h.digest('hex');
}

/** Runs a target's build; with `quiet`, its output is kept and told only when it fails. */
export function build(t: Target, quiet = false): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, t.command, {
      cwd: repoPath(),
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let out = '';
    child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else
        reject(
          new Error(
            `building the ${t.name} failed (exit ${String(code)})${out ? `:\n${out}` : ''}`,
          ),
        );
    });
  });
}

export async function buildIfChanged(): Promise<void> {
  const started = Date.now();
  const stale = TARGETS.map((t) => ({ t, hash: hashOf(t) })).filter(
    ({ t, hash }) =>
      !existsSync(repoPath(t.output)) ||
      !existsSync(repoPath(t.stamp)) ||
      readFileSync(repoPath(t.stamp), 'utf8') !== hash,
  );
  try {
    await Promise.all(
      stale.map(async ({ t, hash }) => {
        await build(t);
        writeFileSync(repoPath(t.stamp), hash);
      }),
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.error(
      stale.length === 0
        ? `build: server and explorer up to date (checked in ${seconds} s)`
        : `build: ${stale.map(({ t }) => t.name).join(' and ')} rebuilt in ${seconds} s`,
    );
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  }
}

// Run as a command (npm start), not when imported (the tests' setup builds the explorer).
if (process.argv[1] && import.meta.filename === process.argv[1]) await buildIfChanged();
