import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import neo4j from 'neo4j-driver';
import { allCypherFiles, CYPHER_FILES, cypherFileText } from '../../server/src/db/cypher.js';
import { Database } from '../../server/src/db/executor.js';
import { createApi, type Api } from '../support/api.js';

let db: Database;
let api: Api;
beforeAll(async () => {
  db = new Database({ uri: inject('neo4jUri') });
  api = await createApi();
});
afterAll(async () => {
  await db.close();
  await api.close();
});

describe('cypher/', () => {
  it.each(allCypherFiles())('EXPLAIN %s succeeds on the real database', async (file) => {
    const plan = await db.runRaw(`EXPLAIN ${cypherFileText(file)}`);
    expect(plan).toBeDefined();
  });

  it('has no file the code does not use, and the code names no missing file', () => {
    const registered = new Set<string>(Object.values(CYPHER_FILES));
    const onDisk = allCypherFiles();
    for (const f of onDisk) expect(f.startsWith('schema/') || registered.has(f), f).toBe(true);
    for (const f of registered) expect(onDisk, f).toContain(f);
  });

  it('plans lineage as index seeks and a pruning breadth-first expand (no scans, no path enumeration)', async () => {
    // The shape that stays fast on a registry-sized graph (npm run bench: scale_1m_vs_10k).
    interface Plan {
      operatorType: string;
      children: Plan[];
    }
    const operators = (p: Plan): string[] => [
      p.operatorType.split('@')[0] ?? '',
      ...p.children.flatMap(operators),
    ];
    const driver = neo4j.driver(inject('neo4jUri'));
    try {
      const { summary } = await driver.executeQuery(
        `EXPLAIN ${cypherFileText('read/lineage.cypher')}`,
        {
          id: 'body/wg-firearms',
          up: true,
          down: true,
          maxDepth: neo4j.int(3),
        },
      );
      const ops = operators(summary.plan as unknown as Plan);
      expect(ops.filter((o) => o.startsWith('VarLengthExpand(Pruning,BFS'))).toHaveLength(2);
      expect(ops).toContain('NodeUniqueIndexSeek');
      expect(ops.filter((o) => /Scan|ShortestPath/.test(o))).toEqual([]);
    } finally {
      await driver.close();
    }
  });

  it('splices no values into statements (parameters only)', () => {
    for (const f of allCypherFiles().filter((f) => !f.startsWith('schema/'))) {
      expect(cypherFileText(f), f).not.toMatch(/\$\{|"\s*\+|'\s*\+/);
    }
  });
});

describe('statements per request', () => {
  async function count(query: string, variables?: Record<string, unknown>): Promise<number> {
    const sent: string[] = [];
    const off = api.db.onQuery((s) => sent.push(s));
    try {
      const { errors } = await api.run(query, variables);
      expect(errors).toEqual([]);
    } finally {
      off();
    }
    return sent.length;
  }

  it('lineage sends exactly one Cypher statement, evidence and endpoints included', async () => {
    const n = await count(`{ lineage(id: "CTOC/COP/WG.4/2020/4", direction: BOTH, maxDepth: 10) {
      nodes { id kind name(lang: RU) }
      edges { id type action from { id name } to { id name } basis { id }
              evidence { paragraph quote lang document { id symbol name } } } } }`);
    expect(n).toBe(1);
  });

  it("lineage sends one statement even when a mandate's session is outside the subgraph", async () => {
    // Downstream of a resolution its session (upstream) is not in the subgraph, yet the
    // explorer shows where each mandate was adopted.
    const n = await count(`{ lineage(id: "resolution/7/1", direction: DOWNSTREAM, maxDepth: 1) {
      nodes { id ... on Mandate { number session { id number year } } } } }`);
    expect(n).toBe(1);
  });

  it('whyExists sends exactly one Cypher statement', async () => {
    const n =
      await count(`{ whyExists(id: "body/wg-firearms") { subject { id name } summary ru: summary(lang: RU)
      steps { type from { id } to { id } evidence { quote document { id } } } } }`);
    expect(n).toBe(1);
  });

  it('batches entity look-ups of a list into one statement per field', async () => {
    const n = await count('{ mandates(first: 7) { edges { node { id session { id year } } } } }');
    expect(n).toBe(2);
  });
});
