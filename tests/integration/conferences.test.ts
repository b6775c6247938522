// Each conference apart, in a real Neo4j (issue 26): a UNCAC document written into the seeded
// graph adds its own sessions, texts and bodies under `uncac/` and leaves every UNTOC node and
// relationship as it was; UNTOC's ids, as deep links and notebooks use them, still answer.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dumpGraph, type GraphDump } from '../../server/src/db/dump.js';
import { extractFile } from '../../server/src/ingest/extract.js';
import { toGraph } from '../../server/src/ingest/to-graph.js';
import { migrate } from '../../server/src/seed/migrate.js';
import { ensureSeed, writeGraph } from '../../server/src/seed/load.js';
import { curatedEntities } from '../../server/src/seed/seed-graph.js';
import { startPrivateNeo4j, type PrivateNeo4j } from '../support/private-neo4j.js';
import { queryOn } from '../support/api.js';

let neo4j: PrivateNeo4j;
let before: GraphDump;
let after: GraphDump;

beforeAll(async () => {
  neo4j = await startPrivateNeo4j('conferences');
  await migrate(neo4j.db, () => {});
  await ensureSeed(neo4j.db, () => {});
  before = await dumpGraph(neo4j.db);
  const file = 'tests/fixtures/conferences/uncac-note-en.txt';
  const x = await extractFile(readFileSync(file), 'uncac-note-en.txt');
  await writeGraph(neo4j.db, [{ ...toGraph(x, curatedEntities()), curated: false }]);
  after = await dumpGraph(neo4j.db);
}, 180_000);
afterAll(async () => {
  await neo4j.stop();
});

const idOf = (n: GraphDump['nodes'][number]) =>
  typeof n.props.id === 'string' ? n.props.id : n.key;
const byKey = (d: GraphDump) => new Map(d.nodes.map((n) => [n.key, n]));
const relKey = (r: GraphDump['relationships'][number]) =>
  `${r.start}|${r.type}|${r.end}|${JSON.stringify(r.props)}`;

const query = <T>(q: string): Promise<T> => queryOn<T>(neo4j.db, q);

describe('a UNCAC note written into the UNTOC graph', () => {
  it('changes no node and no relationship that was there', () => {
    expect(before.nodes.length).toBeGreaterThan(40);
    const now = byKey(after);
    const changed = before.nodes.filter(
      (n) => JSON.stringify(now.get(n.key)) !== JSON.stringify(n),
    );
    expect(changed.map(idOf)).toEqual([]);
    const kept = new Set(after.relationships.map(relKey));
    expect(before.relationships.filter((r) => !kept.has(relKey(r)))).toEqual([]);
  });

  it('adds only its own: UNCAC entities, its document and its text', () => {
    const old = new Set(before.nodes.map((n) => n.key));
    const added = after.nodes.filter((n) => !old.has(n.key)).map(idOf);
    expect(added).toContain('uncac/session/9');
    expect(added).toContain('uncac/resolution/3/1');
    const untoc = curatedEntities();
    expect(added.filter((id) => untoc.has(id))).toEqual([]);
    // Every new relationship between entities links UNCAC's own, its document, or UNODC.
    const keys = byKey(after);
    const oldRel = new Set(before.relationships.map(relKey));
    const ends = after.relationships
      .filter((r) => !oldRel.has(relKey(r)))
      .flatMap((r) => [keys.get(r.start), keys.get(r.end)])
      .flatMap((n) => (n && typeof n.props.id === 'string' ? [n.props.id] : []));
    expect(ends.length).toBeGreaterThan(0);
    expect(ends.filter((id) => untoc.has(id) && id !== 'body/unodc')).toEqual([]);
  });

  it('answers in GraphQL under its own ids, and UNTOC’s ids answer as before', async () => {
    const data = await query<{
      uncac: { id: string; nameEn: string } | null;
      untoc: { id: string; nameEn: string } | null;
      created: { id: string; nameEn: string } | null;
    }>(
      `{ uncac: entity(id: "uncac/session/9") { id nameEn: name(lang: EN) }
         untoc: entity(id: "session/9") { id nameEn: name(lang: EN) }
         created: entity(id: "uncac/body/implementation-review-group") { id nameEn: name(lang: EN) } }`,
    );
    expect(data.uncac).toEqual({ id: 'uncac/session/9', nameEn: 'Ninth session (UNCAC)' });
    expect(data.created?.nameEn).toBe('Implementation Review Group');
    const seeded = curatedEntities().get('session/9');
    expect(data.untoc).toEqual({ id: 'session/9', nameEn: seeded?.nameEn });
    const lineage = await query<{ lineage: { nodes: { id: string }[] } }>(
      `{ lineage(id: "body/wg-firearms") { nodes { id } } }`,
    );
    const ids = lineage.lineage.nodes.map((n) => n.id);
    expect(ids).toContain('resolution/5/4');
    expect(ids.filter((id) => id.startsWith('uncac/'))).toEqual([]);
  });
});
