// A benchmark database holding a synthetic registry of a given size. The load is kept
// between runs (bench/.data/<name>) and redone when the size or the generator changes.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { repoPath } from '../../server/src/paths.js';
import { probes, type Probes, type RegistryOptions } from '../registry/generate.js';
import { loadRegistry } from '../registry/load.js';
import { startInstance, type BenchInstance } from './instance.js';
import { spawnServer, type ServerProcess } from './server-process.js';

export interface Registry {
  readonly nodes: number;
  readonly instance: BenchInstance;
  readonly server: ServerProcess;
  readonly probes: Probes;
  /** Seconds the load took in this run; null when a previous run's load was reused. */
  readonly loadSeconds: number | null;
  stop(): Promise<void>;
}

const META_KEY = 'bench-registry';

/** What the stored graph was generated from: the size and the generator's own source. */
function fingerprint(opts: RegistryOptions): string {
  const h = createHash('sha256').update(JSON.stringify(opts));
  const dir = repoPath('bench/registry');
  for (const f of readdirSync(dir).sort()) h.update(readFileSync(`${dir}/${f}`));
  return h.digest('hex');
}

export async function openRegistry(
  name: string,
  nodes: number,
  memory: { heap: string; pageCache: string },
  log: (m: string) => void,
): Promise<Registry> {
  const opts: RegistryOptions = { nodes, seed: 1 };
  const want = fingerprint(opts);
  let instance: BenchInstance = await startInstance(name, { ...memory, log });
  const [row] = await instance.db.read('getMeta', { key: META_KEY });
  let loadSeconds: number | null = null;
  if (row?.get('value') !== want) {
    await instance.stop();
    instance = await startInstance(name, { ...memory, fresh: true, log });
    log(`${name}: loading a registry of ${nodes.toLocaleString('en')} nodes`);
    const t0 = Date.now();
    let last = 0;
    const result = await loadRegistry(instance.db, opts, undefined, (done) => {
      if (done.entities - last >= 100_000) {
        last = done.entities;
        log(
          `${name}: ${done.entities.toLocaleString('en')} entities, ${done.relations.toLocaleString('en')} relations`,
        );
      }
    });
    loadSeconds = (Date.now() - t0) / 1000;
    log(
      `${name}: loaded ${result.entities.toLocaleString('en')} entities and ${result.relations.toLocaleString('en')} relations in ${loadSeconds.toFixed(0)} s`,
    );
    await instance.db.write((tx) => tx.run('setMeta', { key: META_KEY, value: want }));
  } else {
    log(`${name}: reusing the registry of ${nodes.toLocaleString('en')} nodes from a previous run`);
  }
  const server = await spawnServer(instance.uri);
  return {
    nodes,
    instance,
    server,
    probes: probes(opts),
    loadSeconds,
    async stop() {
      await server.stop();
      await instance.stop();
    },
  };
}
