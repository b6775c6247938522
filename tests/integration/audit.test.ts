// The audit on a Neo4j of its own (the test plants broken data): clean on the shipped graph,
// and each kind of planted problem reported under its check with the right id.
import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit, type AuditReport } from '../../server/src/audit/run.js';
import { Database } from '../../server/src/db/executor.js';
import { startPrivateNeo4j, type PrivateNeo4j } from '../support/private-neo4j.js';
import { ensureSeed } from '../../server/src/seed/load.js';

const SEED_DOC = 'document/2020-07-01-CTOC-COP-2020-1-items-2-4-5';

let neo4j: PrivateNeo4j;
let db: Database;
beforeAll(async () => {
  neo4j = await startPrivateNeo4j('audit');
  db = neo4j.db;
  await ensureSeed(db, () => {});
}, 180_000);
afterAll(async () => {
  await neo4j.stop();
});

async function runCli(args: string[]): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/audit/cli.ts', ...args], {
    env: { ...process.env, NEO4J_URI: neo4j.uri },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { code, out };
}

describe('audit', () => {
  it('finds no problem in the shipped (seed) graph, and checks the seed quotes', async () => {
    const report = await audit(db);
    expect(report.problems).toEqual([]);
    expect(report.quotesChecked).toBeGreaterThan(0);
    // Every seed quote stands in the stored paragraph (or header line, heading, footnote) it names.
    expect(report.quotesCheckedInParagraphs).toBe(report.quotesChecked);
    expect(report.textNotAvailable.quotes).toBe(0);
    const cli = await runCli([]);
    expect(cli.code).toBe(0);
    expect(cli.out).toContain('audit: no problems');
  }, 60_000);

  it('reports one planted problem of each kind under its check and id', async () => {
    const names = "nameEn: 'Planted', nameRu: 'Планted', aliasesEn: [], aliasesRu: []";
    // An entity without properties its kind requires (a mandate without number and sessionId).
    await db.runRaw(
      `CREATE (:Entity:Mandate {id: 'resolution/99/1', kind: 'MANDATE', type: 'RESOLUTION',
        sortKey: '00099/00001', ${names}})`,
    );
    // A document relation without evidence (with its :CAUSES twin, so only that is wrong).
    await db.runRaw(
      `MATCH (a:Entity {id: 'resolution/7/1'}), (b:Entity {id: 'body/wg-firearms'})
       CREATE (a)-[:GOVERNS {id: 'GOVERNS:resolution/7/1>body/wg-firearms:planted', source: 'DOCUMENT', evidence: [], evidenceDocs: []}]->(b)
       CREATE (a)-[:CAUSES {id: 'GOVERNS:resolution/7/1>body/wg-firearms:planted'}]->(b)`,
    );
    // A relation without its :CAUSES twin.
    await db.runRaw(
      `MATCH (a:Entity {id: 'resolution/5/4'}), (b:Entity {id: 'instrument/untoc'})
       CREATE (a)-[:REFERENCES {id: 'REFERENCES:resolution/5/4>instrument/untoc', source: 'REFERENCE', evidence: []}]->(b)`,
    );
    // A second node for a document symbol (case variant: the constraint cannot see it).
    await db.runRaw(
      `CREATE (:Entity:Document {id: 'document/planted-duplicate', kind: 'DOCUMENT', type: 'REPORT',
        symbol: 'ctoc/cop/wg.4/2020/4', sortKey: 'document/planted-duplicate', ${names}})`,
    );
    // A quote that is not in the seed note's stored paragraph, one of a language version whose
    // text is not stored (checked against the note's file instead), and one from a document
    // whose text is not stored at all.
    const bad = JSON.stringify({
      document: SEED_DOC,
      paragraph: 10,
      context: 'PARAGRAPH',
      quote: 'Этой фразы в документе нет.',
      lang: 'ru',
    });
    const unstoredVersion = JSON.stringify({
      document: SEED_DOC,
      paragraph: 10,
      context: 'PARAGRAPH',
      quote: 'Not in the note.',
      lang: 'en',
    });
    const elsewhere = JSON.stringify({
      document: 'document/ingested-later',
      paragraph: 1,
      context: 'PARAGRAPH',
      quote: 'Some quote.',
      lang: 'en',
    });
    const [edge] = await db.runRaw(
      `MATCH ()-[r]->() WHERE NOT r:CAUSES AND $doc IN r.evidenceDocs
       WITH r ORDER BY r.id LIMIT 1
       SET r.evidence = r.evidence + [$bad, $unstoredVersion, $elsewhere]
       RETURN r.id AS id`,
      { doc: SEED_DOC, bad, unstoredVersion, elsewhere },
    );
    const edgeId = String(edge?.get('id'));
    // The stored text with one block's place taken by the next one's: block 1 is missing and
    // block 2 is there twice (the header line holds no quote, so no quote moves).
    await db.runRaw(`MATCH (p:Paragraph {document: $doc, lang: 'ru', index: 1}) SET p.index = 2`, {
      doc: SEED_DOC,
    });

    const report: AuditReport = await audit(db);
    const found = report.problems.map((p) => [p.check, p.id]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['missing-property', 'resolution/99/1'],
        ['evidence-missing', 'GOVERNS:resolution/7/1>body/wg-firearms:planted'],
        ['causes-twin-missing', 'REFERENCES:resolution/5/4>instrument/untoc'],
        ['duplicate-symbol', 'CTOC/COP/WG.4/2020/4'],
        ['quote-not-in-text', edgeId],
        ['quote-not-in-paragraph', edgeId],
        ['paragraph-missing', `${SEED_DOC} ru`],
        ['paragraph-duplicated', `${SEED_DOC} ru`],
      ]),
    );
    expect(report.problems).toHaveLength(8);
    expect(report.problems.find((p) => p.check === 'paragraph-missing')?.detail).toContain(
      'block 1 is missing',
    );
    const missing = report.problems.find((p) => p.check === 'missing-property');
    expect(missing?.detail).toContain('number, sessionId');
    const dup = report.problems.find((p) => p.check === 'duplicate-symbol');
    expect(dup?.detail).toContain('document/planted-duplicate');
    expect(report.textNotAvailable).toEqual({ quotes: 1, documents: ['document/ingested-later'] });

    const cli = await runCli(['--json']);
    expect(cli.code).toBe(1);
    const json = JSON.parse(cli.out) as AuditReport;
    expect(json.problems).toEqual(report.problems);
  }, 60_000);
});
