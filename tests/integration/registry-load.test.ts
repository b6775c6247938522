// The benchmarks' bulk loader on a Neo4j of its own: a small synthetic registry goes in
// whole (entities, relations, :CAUSES twins), the API's lineage of the probes matches the
// generator's own breadth-first search, and a batch naming a missing entity writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRegistry, probes, type RegistryOptions } from '../../bench/registry/generate.js';
import { CausalGraph } from '../../bench/registry/lineage.js';
import { entityRows, loadRegistry, relationRows, writeBatch } from '../../bench/registry/load.js';
import { Database } from '../../server/src/db/executor.js';
import { startPrivateNeo4j, type PrivateNeo4j } from '../support/private-neo4j.js';
import { WriteError } from '../../server/src/seed/load.js';
import { GraphService } from '../../server/src/services/graph.js';

const OPTS: RegistryOptions = { nodes: 1_500, seed: 7 };
const chunks = [...generateRegistry(OPTS)];
const entities = chunks.flatMap((c) => c.entities);
const relations = chunks.flatMap((c) => c.relations);

let neo4j: PrivateNeo4j;
let db: Database;
beforeAll(async () => {
  neo4j = await startPrivateNeo4j('registry');
  db = neo4j.db;
}, 180_000);
afterAll(async () => {
  await neo4j.stop();
});

describe('loadRegistry', () => {
  it('loads every entity and relation, each relation with its :CAUSES twin', async () => {
    const progress: number[] = [];
    // Small batches, so the test also crosses batch and chunk boundaries.
    const done = await loadRegistry(db, OPTS, 500, (d) => progress.push(d.entities + d.relations));
    expect(done).toMatchObject({ entities: entities.length, relations: relations.length });
    expect(progress.at(-1)).toBe(entities.length + relations.length);
    const [counts] = await db.read('graphCounts', {});
    expect(counts?.get('nodes')).toBe(entities.length);
    expect(counts?.get('relationships')).toBe(relations.length);
    const [twins] = await db.runRaw('MATCH ()-[c:CAUSES]->() RETURN count(c) AS n');
    expect(twins?.get('n')).toBe(relations.length);
  }, 60_000);

  it('gives the probes the lineage the generator computes', async () => {
    const p = probes(OPTS);
    const graph = new CausalGraph(relations);
    const service = new GraphService(db);
    const cases = [
      [p.workingGroup, 'UPSTREAM', 10],
      [p.mandate, 'DOWNSTREAM', 3],
      [p.report, 'BOTH', 3],
      [p.session, 'BOTH', 10],
    ] as const;
    for (const [id, direction, depth] of cases) {
      const api = await service.lineage(id, direction, depth);
      const js = graph.lineage(id, direction, depth);
      expect(new Set(api.nodes.map((n) => n.id)), `${id} ${direction}`).toEqual(js.nodes);
      expect(api.edges.map((e) => e.id).sort()).toEqual(js.edges.map((e) => e.id).sort());
    }
    const hits = await service.search(p.searchEn, null, 100);
    expect(hits.map((h) => h.id)).toContain(p.workingGroup);
    expect(hits.length).toBeLessThan(50);
    const [first] = await service.search(p.symbol, null, 5);
    expect(first?.id).toBe(p.report);
  }, 60_000);

  it('writes nothing of a batch whose relation names a missing entity', async () => {
    const [chunk] = [...generateRegistry({ nodes: 300, namespace: 'orphan' })];
    if (!chunk) throw new Error('no chunk');
    // A few of the chunk's entities and all its relations: most relations miss an end.
    const some = { ...chunk, entities: chunk.entities.slice(0, 5) };
    await expect(writeBatch(db, entityRows(some), relationRows(chunk))).rejects.toThrow(WriteError);
    const [row] = await db.runRaw(
      "MATCH (n:Entity) WHERE n.id STARTS WITH 'orphan/' RETURN count(n) AS n",
    );
    expect(row?.get('n')).toBe(0);
  });
});
