import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Database } from '../../server/src/db/executor.js';
import { seedBatches } from '../../server/src/seed/seed-graph.js';
import { writeGraph } from '../../server/src/seed/load.js';

let db: Database;
beforeAll(() => {
  db = new Database({ uri: inject('neo4jUri') });
});
afterAll(async () => {
  await db.close();
});

async function counts() {
  const [row] = await db.read('graphCounts', {});
  return { nodes: Number(row!.get('nodes')), relationships: Number(row!.get('relationships')) };
}

describe('seed loading', () => {
  it('holds the reference data plus what ingestion reads in the seed note', async () => {
    const batches = seedBatches();
    const ids = new Set(batches.flatMap((b) => b.entities.map((e) => e.id)));
    const rels = new Set(batches.flatMap((b) => b.relations.map((r) => r.id)));
    expect(await counts()).toEqual({ nodes: ids.size, relationships: rels.size });
  });

  it('is idempotent: loading again creates nothing', async () => {
    const before = await counts();
    await writeGraph(db, seedBatches());
    expect(await counts()).toEqual(before);
  });

  it('is atomic: a batch with a dangling relation writes nothing at all', async () => {
    const before = await counts();
    const [reference] = seedBatches();
    const broken = {
      entities: [{ ...reference!.entities[0]!, id: 'instrument/should-not-exist' }],
      relations: [{ ...reference!.relations[0]!, id: 'X', toId: 'body/does-not-exist' }],
      curated: true,
    };
    await expect(writeGraph(db, [broken])).rejects.toThrow(/rolled back/);
    expect(await counts()).toEqual(before);
    expect(await db.read('entitiesByIds', { ids: ['instrument/should-not-exist'] })).toEqual([]);
  });
});
