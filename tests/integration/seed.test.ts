import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { Database } from '../../server/src/db/executor.js';
import { readSeedGraph } from '../../server/src/seed/data-files.js';
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
  it('holds exactly the curated graph', async () => {
    const seed = readSeedGraph();
    expect(await counts()).toEqual({
      nodes: seed.entities.length,
      relationships: seed.relations.length,
    });
  });

  it('is idempotent: loading again creates nothing', async () => {
    const before = await counts();
    await writeGraph(db, readSeedGraph());
    expect(await counts()).toEqual(before);
  });

  it('is atomic: a graph with a dangling relation writes nothing at all', async () => {
    const before = await counts();
    const seed = readSeedGraph();
    const broken = {
      ...seed,
      entities: [...seed.entities, { ...seed.entities[0]!, id: 'instrument/should-not-exist' }],
      relations: [
        ...seed.relations,
        { ...seed.relations[0]!, id: 'X', toId: 'body/does-not-exist' },
      ],
    };
    await expect(writeGraph(db, broken)).rejects.toThrow(/rolled back/);
    expect(await counts()).toEqual(before);
    const [row] = await db
      .read('entitiesByIds', { ids: ['instrument/should-not-exist'] })
      .then((r) => r);
    expect(row).toBeUndefined();
  });
});
