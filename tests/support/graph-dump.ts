// The whole graph compared without database ids (backup round trips, migrations), and the
// backup commands run as a user runs them.
import { spawn } from 'node:child_process';
import type { GraphDump } from '../../server/src/db/dump.js';

export function backupCli(
  uri: string,
  args: string[],
): Promise<{ code: number | null; out: string; err: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/backup/cli.ts', ...args], {
    env: { ...process.env, NEO4J_URI: uri },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise((resolve) => {
    child.on('close', (code) => {
      resolve({ code, out, err });
    });
  });
}

/**
 * The graph without its database ids: nodes by what they hold, relationships by their ends.
 * With `asSets`, a block's statements and facts are compared as sets (a recomputation may list
 * them in another order).
 */
export function canonical(
  dump: GraphDump,
  asSets = false,
): { nodes: string[]; relationships: string[] } {
  const value = (k: string, v: unknown) =>
    asSets && (k === 'statements' || k === 'facts') && Array.isArray(v) ? [...v].sort() : v;
  const node = new Map(
    dump.nodes.map((n) => [
      n.key,
      JSON.stringify([
        n.labels,
        Object.entries(n.props)
          .map(([k, v]) => [k, value(k, v)])
          .sort(([a], [b]) => String(a).localeCompare(String(b))),
      ]),
    ]),
  );
  return {
    nodes: [...node.values()].sort(),
    relationships: dump.relationships
      .map((r) =>
        JSON.stringify([
          node.get(r.start),
          r.type,
          Object.entries(r.props).sort(([a], [b]) => a.localeCompare(b)),
          node.get(r.end),
        ]),
      )
      .sort(),
  };
}
