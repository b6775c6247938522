// Meetings the documents identify only by body and dates (issue 26), stored and served end to
// end: a working group's report titled "Report on the meeting of … held in Vienna on 2 and 3
// May 2099" (no ordinal), its Russian copy without a symbol, and a background paper headed by
// the same meeting are POSTed to a server on a Neo4j of this file's own, then read through
// GraphQL: the meeting with a null ordinal and its dates, HOLDS and PRODUCES, the reports
// named as reports, the paper a BACKGROUND_PAPER SUBMITTED_TO the meeting.
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Core } from 'cytoscape';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../server/src/ingest/extract.js';
import { migrate } from '../../server/src/seed/migrate.js';
import { ensureSeed } from '../../server/src/seed/load.js';
import { startServer } from '../../server/src/server.js';
import { readyWith, screenshot, SCREENSHOT_DIR, waitForGraph } from '../browser/support.js';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/chromium.js';
import { startPrivateNeo4j, type PrivateNeo4j } from '../support/private-neo4j.js';

const TOKEN = 'test-token-dated-meetings-0123456789';
const MEETING = 'meeting/wg-firearms/2099-05-02';
const REPORT = 'CTOC/COP/WG.6/2099/5';
const PAPER = 'CTOC/COP/WG.6/2099/2';
const FIXTURES = 'tests/fixtures/genres';
// The Russian report prints no symbol: its id comes from its body, genre and date.
const REPORT_RU = extractDocument(
  readFileSync(`${FIXTURES}/report-no-symbol-ru.txt`),
  'report-no-symbol-ru.txt',
).documentId;

let neo4j: PrivateNeo4j;
let base = '';
let stop: () => Promise<void> = () => Promise.resolve();
const posted: Record<string, number> = {};

async function post(name: string): Promise<number> {
  const body = new FormData();
  body.set('file', new Blob([readFileSync(`${FIXTURES}/${name}`)]), name);
  const res = await fetch(`${base}/documents`, {
    method: 'POST',
    body,
    headers: { authorization: `Bearer ${TOKEN}` },
  });
  return res.status;
}

beforeAll(async () => {
  neo4j = await startPrivateNeo4j('dated-meetings');
  await migrate(neo4j.db, () => {});
  await ensureSeed(neo4j.db, () => {});
  const server = await startServer(neo4j.db, 0, '127.0.0.1', () => {}, { ingestToken: TOKEN });
  base = `http://127.0.0.1:${String((server.httpServer.address() as AddressInfo).port)}`;
  stop = () => server.stop();
  for (const name of [
    'report-no-ordinal-en.txt',
    'report-no-symbol-ru.txt',
    'background-paper-en.txt',
  ])
    posted[name] = await post(name);
}, 180_000);
afterAll(async () => {
  await stop();
  await neo4j.stop();
});

async function query<T>(q: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: q, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  expect(body.errors).toBeUndefined();
  if (!body.data) throw new Error(`no data: ${JSON.stringify(body)}`);
  return body.data;
}

interface Link {
  id: string;
  kind: string;
  nameEn: string;
  nameRu: string;
}
const LINK = 'id kind nameEn: name(lang: EN) nameRu: name(lang: RU)';

describe('a report without an ordinal, POSTed', () => {
  it('is written (201), as are its Russian copy without a symbol and the background paper', () => {
    expect(posted).toEqual({
      'report-no-ordinal-en.txt': 201,
      'report-no-symbol-ru.txt': 201,
      'background-paper-en.txt': 201,
    });
  });

  it('gives its meeting: null ordinal, its dates and place, held by the body, producing the reports', async () => {
    const { entity } = await query<{
      entity: {
        id: string;
        nameEn: string;
        nameRu: string;
        ordinal: number | null;
        startDate: string;
        endDate: string;
        place: string;
        status: string;
        body: Link;
        reports: Link[];
        documents: Link[];
      };
    }>(
      `query($id: ID!) { entity(id: $id) { id nameEn: name(lang: EN) nameRu: name(lang: RU)
        ... on Meeting { ordinal startDate endDate place status body { ${LINK} }
          reports { ${LINK} } documents { ${LINK} } } } }`,
      { id: MEETING },
    );
    expect(entity).toMatchObject({
      id: MEETING,
      ordinal: null,
      startDate: '2099-05-02',
      endDate: '2099-05-03',
      place: 'Vienna',
      status: 'HELD',
    });
    // Named by its dates, in both languages.
    expect(entity.nameEn).toMatch(/^Meeting of the Working Group on Firearms, 2.3 May 2099$/);
    expect(entity.nameRu).toMatch(
      /^Совещание Рабочей группы по огнестрельному оружию 2.3 мая 2099 года$/,
    );
    expect(entity.body.id).toBe('body/wg-firearms');
    expect(entity.reports.map((r) => r.id).sort()).toEqual([REPORT, REPORT_RU].sort());
    // The background paper prepared for it.
    expect(entity.documents.map((d) => d.id)).toEqual([PAPER]);
  });

  it('is named a report in both languages, and so is the copy without a symbol', async () => {
    const data = await query<{ en: Link & { type: string }; ru: Link & { type: string } }>(
      `query($en: ID!, $ru: ID!) {
        en: entity(id: $en) { ${LINK} ... on Document { type } }
        ru: entity(id: $ru) { ${LINK} ... on Document { type } } }`,
      { en: REPORT, ru: REPORT_RU },
    );
    for (const doc of [data.en, data.ru]) {
      expect(doc.type).toBe('REPORT');
      expect(doc.nameEn).toMatch(/^Report on the meeting of the Working Group on Firearms/);
      expect(doc.nameRu).toMatch(/^Доклад о работе совещания Рабочей группы по огнестрельному/);
    }
    expect(REPORT_RU).not.toMatch(/report-no-symbol/);
  });

  it('is in the lineage of the Working Group on Firearms: HOLDS the meeting, which PRODUCES the report', async () => {
    const { lineage } = await query<{
      lineage: {
        nodes: { id: string }[];
        edges: { type: string; from: { id: string }; to: { id: string } }[];
      };
    }>(
      `{ lineage(id: "body/wg-firearms", direction: DOWNSTREAM, maxDepth: 3) {
        nodes { id } edges { type from { id } to { id } } } }`,
    );
    const edges = lineage.edges.map((e) => `${e.type} ${e.from.id} > ${e.to.id}`);
    expect(lineage.nodes.map((n) => n.id)).toEqual(expect.arrayContaining([MEETING, REPORT]));
    expect(edges).toEqual(
      expect.arrayContaining([
        `HOLDS body/wg-firearms > ${MEETING}`,
        `PRODUCES ${MEETING} > ${REPORT}`,
      ]),
    );
  });

  it("lists the body's dated meeting after its numbered ones", async () => {
    const { entity } = await query<{
      entity: { meetings: { id: string; ordinal: number | null }[] };
    }>(
      `{ entity(id: "body/wg-firearms") { ... on Body { meetings { id ... on Meeting { ordinal } } } } }`,
    );
    // By ordinal, then (no ordinal) by first day: the dated one of 2099 comes last.
    expect(entity.meetings.at(-1)).toEqual({ id: MEETING, ordinal: null });
    const numbered = entity.meetings.slice(0, -1).map((m) => m.ordinal);
    expect(numbered.length).toBeGreaterThan(0);
    expect(numbered).toEqual([...numbered].sort((a, b) => (a ?? 0) - (b ?? 0)));
  });
});

describe('a background paper headed by the meeting, POSTed', () => {
  it('is a BACKGROUND_PAPER, SUBMITTED_TO the meeting (sentTo), and to no session (submittedTo)', async () => {
    const { entity } = await query<{
      entity: { type: string; nameEn: string; sentTo: Link[]; submittedTo: { id: string }[] };
    }>(
      `query($id: ID!) { entity(id: $id) { nameEn: name(lang: EN)
        ... on Document { type sentTo { ${LINK} } submittedTo { id } } } }`,
      { id: PAPER },
    );
    expect(entity.type).toBe('BACKGROUND_PAPER');
    expect(entity.nameEn).toMatch(/^Background paper: Marking firearms/);
    expect(entity.sentTo.map((s) => [s.id, s.kind])).toEqual([[MEETING, 'MEETING']]);
    // The old field keeps its meaning: sessions only.
    expect(entity.submittedTo).toEqual([]);
  });

  it('says so in the summaries: "goes to the meeting …", "представлен совещанию …"', async () => {
    const { whyExists } = await query<{ whyExists: { summaryEn: string; summaryRu: string } }>(
      `query($id: ID!) { whyExists(id: $id) { summaryEn: summary(lang: EN) summaryRu: summary(lang: RU) } }`,
      { id: MEETING },
    );
    expect(whyExists.summaryEn).toContain(
      `${PAPER} goes to the meeting of the Working Group on Firearms`,
    );
    expect(whyExists.summaryEn).toMatch(
      /The Working Group on Firearms holds a meeting \(2.3 May 2099, held\)/,
    );
    expect(whyExists.summaryRu).toContain(`Документ ${PAPER} представлен совещанию «Совещание`);
    expect(whyExists.summaryRu).not.toContain('Конференции на сессии');
  });
});

describe('a session report, as before', () => {
  it('still goes to its session in submittedTo and sentTo', async () => {
    const { entity } = await query<{
      entity: { submittedTo: { id: string }[]; sentTo: { id: string; kind: string }[] };
    }>(
      `{ entity(id: "CTOC/COP/WG.4/2020/4") { ... on Document { submittedTo { id } sentTo { id kind } } } }`,
    );
    expect(entity.submittedTo).toEqual([{ id: 'session/10' }]);
    expect(entity.sentTo).toEqual([{ id: 'session/10', kind: 'SESSION' }]);
  });
});

describe('the explorer', () => {
  // ICU spaces date ranges as it likes ("2 – 3", no-break spaces): compare with plain ones.
  const plain = (s: string | null) =>
    (s ?? '').replace(/[\u00a0\u2009\u202f]/g, ' ').replace(/ ?– ?/g, '–');

  it('labels the dated meeting by its dates in the graph, the timeline and the details, in English and Russian', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      page.setDefaultTimeout(15_000);
      const labelOf = (id: string) =>
        page.evaluate(
          (nodeId) =>
            String(
              (globalThis as unknown as { __cy: Core }).__cy.getElementById(nodeId).data('label'),
            ),
          id,
        );
      const views: [string, 'en' | 'ru', { width: number; height: number }, string, string][] = [
        ['graph', 'en', { width: 1440, height: 900 }, 'Meeting, 2–3 May 2099', 'Background paper'],
        [
          'timeline',
          'en',
          { width: 1440, height: 900 },
          'Meeting, 2–3 May 2099',
          'Background paper',
        ],
        ['graph', 'ru', { width: 1440, height: 900 }, 'Совещание 2–3 мая 2099 г.', 'Справочный'],
        ['timeline', 'ru', { width: 390, height: 844 }, 'Совещание 2–3 мая 2099 г.', 'Справочный'],
        ['graph', 'en', { width: 390, height: 844 }, 'Meeting, 2–3 May 2099', 'Background paper'],
      ];
      for (const [mode, lang, viewport, label, paper] of views) {
        await page.setViewportSize(viewport);
        const q = new URLSearchParams({ id: MEETING, dir: 'BOTH', lang, mode });
        await page.goto(`${base}/?${q.toString()}`);
        await waitForGraph(page, readyWith(MEETING, REPORT, PAPER), { what: `${mode} ${lang}` });
        expect(plain(await labelOf(MEETING)), `${mode} ${lang}`).toBe(label);
        const details = page.getByTestId('details-panel');
        await details.waitFor();
        expect(plain(await page.locator('#details-title').textContent())).toContain(
          lang === 'ru'
            ? 'Совещание Рабочей группы по огнестрельному оружию 2–3 мая 2099'
            : 'Meeting of the Working Group on Firearms, 2–3 May 2099',
        );
        // The paper prepared for it is listed, under its name.
        expect(await details.textContent()).toContain(paper);
        const name = `dated-meeting-${mode}-${lang}-${String(viewport.width)}`;
        await screenshot(page, name);
        // The graph and the panel alone, to look at without the page's whole height.
        await page.getByTestId('graph').screenshot({ path: `${SCREENSHOT_DIR}/${name}-view.png` });
        await details.screenshot({ path: `${SCREENSHOT_DIR}/${name}-details.png` });
      }
      // The paper's details: its kind and the meeting it goes to.
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto(
        `${base}/?${new URLSearchParams({ id: PAPER, dir: 'BOTH', lang: 'ru' }).toString()}`,
      );
      await waitForGraph(page, readyWith(PAPER, MEETING));
      const details = page.getByTestId('details-panel');
      await details.waitFor();
      const text = plain(await details.textContent());
      expect(text).toContain('Вид документа');
      expect(text).toContain('Справочный документ');
      expect(text).toContain('Совещание Рабочей группы по огнестрельному оружию 2–3 мая 2099');
      await screenshot(page, 'dated-meeting-paper-details-ru-1440');
      await details.screenshot({
        path: `${SCREENSHOT_DIR}/dated-meeting-paper-details-ru-1440-details.png`,
      });
    } finally {
      await browser.close();
    }
  }, 120_000);
});
