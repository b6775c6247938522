// The explorer in a real browser: Debian's Chromium (installed by scripts/ensure-chromium.sh
// when missing) on the real server over the test Neo4j, checking what a researcher sees and
// does, by the data-testid contract of client/src. The tests run in order and share one page
// where the flow is natural (search → lineage → language → edge → reload → export). No request
// may leave 127.0.0.1 and the page must log no errors. Screenshots (and one per failed test)
// go to test-results/screenshots/.
import { readFile } from 'node:fs/promises';
import { MultiGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import type { Page, Request, Route } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { measureReadability, readabilityProblems } from './readability.js';
import {
  activeSuggestionId,
  bareQuote,
  doubleTapNode,
  ensureChromium,
  evidenceItems,
  failOnCspViolations,
  focusedTestIds,
  graphNodeIds,
  nodeOnScreen,
  nodePosition,
  nodePositions,
  openExplorer,
  readGraph,
  readyWith,
  screenshot,
  showInPage,
  seedEntities,
  tapEdge,
  waitForGraph,
  type EvidenceItem,
  type Explorer,
  type Position,
} from './support.js';

const WG_TIP = 'body/wg-trafficking-in-persons';
const EDGE_4_4 = `CREATES:decision/4/4>${WG_TIP}`;
const QUOTE_4_4 = 'В соответствии с решением 4/4';
const WORKING_GROUPS = [
  WG_TIP,
  'body/wg-smuggling-of-migrants',
  'body/wg-firearms',
  'body/wg-international-cooperation',
  'body/wg-technical-assistance',
];
const CYRILLIC = /[\u0400-\u04FF]/;

let x: Explorer;
const page = (): Page => x.page;
const at = (params: Record<string, string>): string =>
  `${x.baseUrl}/?${new URLSearchParams(params).toString()}`;
const param = (name: string): string | null => new URL(page().url()).searchParams.get(name);
/** Vitest's expect.poll with a patience suited to a browser (its default is 1 s). */
const eventually = <T>(fn: () => T | Promise<T>) =>
  expect.poll(fn, { timeout: 10_000, interval: 100 });
const byTestId = (id: string) => page().getByTestId(id);
/** Text a control shows, or its accessible name when it is an icon. */
const shownText = async (id: string): Promise<string> => {
  const el = byTestId(id);
  return ((await el.textContent()) ?? '').trim() || ((await el.getAttribute('aria-label')) ?? '');
};
const modeTexts = () =>
  Promise.all(['mode-graph', 'mode-timeline', 'mode-table'].map((id) => shownText(id)));
const isQuote44 = (e: EvidenceItem): boolean =>
  bareQuote(e.quote).startsWith(QUOTE_4_4) && /(^|\D)4(\D|$)/.test(e.paragraph);

/** The little of the DOM the reader check reads (the tests compile without lib.dom). */
interface ReaderNode {
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<ReaderNode>;
  getBoundingClientRect(): { top: number; bottom: number };
}
interface ReaderDom {
  readonly documentElement: { clientHeight: number };
  querySelectorAll(selector: string): ArrayLike<ReaderNode>;
}

describe('the explorer in Chromium', () => {
  failOnCspViolations(() => x);
  beforeAll(async () => {
    ensureChromium();
    x = await openExplorer();
  }, 120_000);

  afterAll(async () => {
    await x.close();
  });

  beforeEach(({ task, onTestFailed }) => {
    onTestFailed(async () => {
      await screenshot(page(), `failed-${task.name.slice(0, 60)}`).catch(() => {});
    });
  });

  it('opens /?lang=ru with the app in Russian, not a blank page', async () => {
    const res = await page().goto(at({ lang: 'ru' }));
    expect(res?.status()).toBe(200);
    await byTestId('search-input').waitFor();
    expect((await page().locator('#root').innerText()).trim()).not.toBe('');
    await eventually(() => byTestId('lang-select').inputValue()).toBe('ru');
    await eventually(modeTexts).toSatisfy((texts: string[]) =>
      texts.every((t) => CYRILLIC.test(t)),
    );
  });

  it('suggests entities with kind badges and selects one with the keyboard', async () => {
    if (param('lang') !== 'ru' || new URL(page().url()).searchParams.has('id')) {
      await page().goto(at({ lang: 'ru' }));
    }
    const input = byTestId('search-input');
    expect(await input.getAttribute('role')).toBe('combobox');
    await input.click();
    await input.pressSequentially('торговле людьми');

    const suggestions = byTestId('suggestions');
    await suggestions.waitFor();
    expect(await suggestions.getAttribute('role')).toBe('listbox');
    const target = suggestions.locator(`[data-testid="suggestion"][data-id="${WG_TIP}"]`);
    await target.waitFor();
    const options = suggestions.getByTestId('suggestion');
    const count = await options.count();
    expect(count).toBeGreaterThan(1);
    // Every suggestion says what kind of thing it is, in the interface language.
    expect(await suggestions.getByTestId('kind-badge').count()).toBe(count);
    expect((await target.getByTestId('kind-badge').innerText()).trim()).toMatch(CYRILLIC);

    // Down the list to the working group, by keyboard only.
    await expect.poll(() => focusedTestIds(page())).toContain('search-input');
    for (let i = 0; i <= count; i++) {
      const active = await activeSuggestionId(page());
      if (active === WG_TIP) break;
      await page().keyboard.press('ArrowDown');
      // Let the highlight move before reading it again, so no key press is wasted or doubled.
      for (let t = 0; t < 20 && (await activeSuggestionId(page())) === active; t++) {
        await page().waitForTimeout(50);
      }
    }
    expect(await activeSuggestionId(page())).toBe(WG_TIP);
    await page().keyboard.press('Enter');

    await eventually(() => param('id')).toBe(WG_TIP);
    expect(page().url()).toContain('id=body%2Fwg-trafficking-in-persons');
  });

  it('draws the lineage and explains it, step by step with quotes', async () => {
    await waitForGraph(page(), readyWith(WG_TIP, 'decision/4/4', 'resolution/7/1'), {
      what: 'the upstream lineage of the working group',
    });
    const why = byTestId('why-panel');
    await why.waitFor();
    await eventually(() => why.getByTestId('why-step').count()).toBeGreaterThan(0);
    const stepEdges = await Promise.all(
      (await why.getByTestId('why-step').all()).map((step) => step.getAttribute('data-edge-id')),
    );
    expect(stepEdges).toContain(EDGE_4_4);
    expect((await byTestId('why-summary').innerText()).trim()).toMatch(CYRILLIC);
    // Paragraph 4 of the source document, quoted in Russian.
    await eventually(() => evidenceItems(page(), 'why-panel')).toSatisfy((items: EvidenceItem[]) =>
      items.some(isQuote44),
    );
    await screenshot(page(), 'lineage-ru');
  });

  it('switches the interface and the summary to English', async () => {
    await byTestId('lang-select').selectOption('en');
    await eventually(modeTexts).toSatisfy((texts: string[]) =>
      texts.every((t) => t !== '' && !CYRILLIC.test(t)),
    );
    await eventually(async () => (await byTestId('why-summary').innerText()).trim()).toContain(
      'Decision 4/4',
    );
    expect(param('lang')).toBe('en');
    expect(param('id')).toBe(WG_TIP);
    await waitForGraph(page(), readyWith(WG_TIP, 'decision/4/4'));
    await screenshot(page(), 'lineage-en');
  });

  it("opens an edge's evidence when the edge is tapped", async () => {
    await waitForGraph(page(), readyWith(WG_TIP, 'decision/4/4'));
    expect((await readGraph(page())).edges).toContain(EDGE_4_4);
    await tapEdge(page(), EDGE_4_4);
    const panel = byTestId('edge-evidence');
    await panel.waitFor();
    await eventually(() => evidenceItems(page(), 'edge-evidence')).toSatisfy(
      (items: EvidenceItem[]) => items.some(isQuote44),
    );
    await eventually(() => param('edge')).toBe(EDGE_4_4);
    expect(page().url()).toContain('edge=');
    // Who states it: the seed note only, in Russian (the English version is not in the seed).
    expect(
      await page().getByTestId('edge-evidence').getByTestId('corroboration').textContent(),
    ).toBe('Stated in 1 document, 1 paragraph — Russian');
    // The Russian quote in the English interface says it is the original.
    expect(await byTestId('evidence-original').first().textContent()).toContain('Russian original');
  });

  it('restores the same view from the deep link on reload', async () => {
    const before = {
      search: new URL(page().url()).search,
      lang: await byTestId('lang-select').inputValue(),
      direction: await byTestId('direction-select').inputValue(),
      nodes: await graphNodeIds(page()),
    };
    expect(before.nodes.length).toBeGreaterThan(2);
    await page().reload();
    const after = await waitForGraph(
      page(),
      (g) => g.ready && [...g.nodes].sort().join('\n') === before.nodes.join('\n'),
      { what: `the same ${before.nodes.length} nodes as before the reload` },
    );
    expect(after.nodes.sort()).toEqual(before.nodes);
    expect(new URL(page().url()).search).toBe(before.search);
    expect(param('id')).toBe(WG_TIP);
    expect(param('edge')).toBe(EDGE_4_4);
    expect(await byTestId('lang-select').inputValue()).toBe(before.lang);
    expect(await byTestId('direction-select').inputValue()).toBe(before.direction);
    await byTestId('edge-evidence').waitFor();
    await eventually(() => evidenceItems(page(), 'edge-evidence')).toSatisfy(
      (items: EvidenceItem[]) => items.some(isQuote44),
    );
  });

  it('exports GraphML with the nodes of the graph', async () => {
    const shown = await graphNodeIds(page());
    expect(shown.length).toBeGreaterThan(2);
    const button = byTestId('export-graphml');
    // The export buttons may sit in a collapsed menu: open it as a user would.
    if (!(await button.isVisible())) {
      await page().locator('details:has([data-testid="export-graphml"]) > summary').click();
    }
    await eventually(() => button.isEnabled()).toBe(true);
    const [download] = await Promise.all([page().waitForEvent('download'), button.click()]);
    expect(download.suggestedFilename()).toMatch(/\.graphml$/);
    const xml = await readFile(await download.path(), 'utf8');
    const graph = parseGraphml(MultiGraph, xml);
    expect(graph.nodes().sort()).toEqual(shown);
    expect(graph.size).toBeGreaterThan(0);
  });

  it('follows the direction and depth controls', async () => {
    await page().goto(at({ id: 'resolution/7/1', dir: 'DOWNSTREAM', lang: 'en' }));
    await waitForGraph(page(), readyWith('resolution/7/1', ...WORKING_GROUPS), {
      what: 'the five working groups downstream of resolution 7/1',
    });
    expect(await byTestId('direction-select').inputValue()).toBe('DOWNSTREAM');

    // Depth 1: the bodies it governs, not their meetings.
    await byTestId('depth-input').fill('1');
    await byTestId('depth-input').press('Enter');
    await eventually(() => param('depth')).toBe('1');
    await waitForGraph(
      page(),
      (g) => readyWith(...WORKING_GROUPS)(g) && !g.nodes.some((id) => id.startsWith('meeting/')),
      { what: 'depth 1: the working groups without their meetings' },
    );

    // Upstream: where it comes from, and none of what it created.
    await byTestId('direction-select').selectOption('UPSTREAM');
    await waitForGraph(
      page(),
      (g) => readyWith('resolution/7/1', 'session/7')(g) && !g.nodes.includes(WG_TIP),
      { what: 'resolution 7/1 upstream' },
    );
    expect([null, 'UPSTREAM']).toContain(param('dir'));
  });

  it('keeps the other nodes where they are when a node is expanded', async () => {
    await page().goto(at({ id: 'resolution/7/1', dir: 'DOWNSTREAM', depth: '1', lang: 'en' }));
    let before = await waitForGraph(page(), readyWith('resolution/7/1', ...WORKING_GROUPS));
    let positions = await settledPositions(page());

    // The details panel's expand button adds the neighbours of the entity on view.
    await byTestId('details-panel').waitFor();
    await byTestId('expand-button').click();
    await eventually(() => (param('expand') ?? '').split(',')).toContain('resolution/7/1');
    await waitForGraph(page(), (g) => g.ready && g.nodes.length > before.nodes.length, {
      what: 'the neighbours of resolution/7/1',
    });
    expect(movedNodes(before.nodes, positions, await settledPositions(page()))).toEqual([]);
    await byTestId('collapse-button').waitFor();

    // Double-tapping another node adds its neighbours too.
    before = await readGraph(page());
    positions = await settledPositions(page());
    await doubleTapNode(page(), 'body/wg-firearms');
    await eventually(() => (param('expand') ?? '').split(',')).toContain('body/wg-firearms');
    await waitForGraph(page(), (g) => g.ready && g.nodes.length > before.nodes.length, {
      what: 'the neighbours of body/wg-firearms',
    });
    expect(movedNodes(before.nodes, positions, await settledPositions(page()))).toEqual([]);
  });

  it('expands on a real double-click and opens on a real click', async () => {
    await page().goto(at({ id: 'resolution/7/1', dir: 'DOWNSTREAM', depth: '1', lang: 'en' }));
    const before = await waitForGraph(page(), readyWith('resolution/7/1', ...WORKING_GROUPS));
    const positions = await settledPositions(page());
    const at1 = await nodeOnScreen(page(), 'body/wg-smuggling-of-migrants');
    await page().mouse.dblclick(at1.x, at1.y);
    await eventually(() => (param('expand') ?? '').split(',')).toContain(
      'body/wg-smuggling-of-migrants',
    );
    expect(param('id')).toBe('resolution/7/1');
    await waitForGraph(
      page(),
      (g) => g.ready && g.nodes.includes('meeting/wg-smuggling-of-migrants/7'),
      {
        what: 'the neighbours of the double-clicked group',
      },
    );
    expect(movedNodes(before.nodes, positions, await settledPositions(page()))).toEqual([]);

    const at2 = await nodeOnScreen(page(), 'body/wg-firearms');
    await page().mouse.click(at2.x, at2.y);
    await eventually(() => param('id')).toBe('body/wg-firearms');
    // Opening keeps the depth (1) and asks the group's own question: why it exists.
    await waitForGraph(page(), readyWith('body/wg-firearms', 'resolution/5/4'), {
      what: 'the clicked group',
    });
  });

  it('caps a large view at the nearest nodes, marks the frontier and grows on request', async () => {
    // The seed lineages are small; a deep link with a low limit shows what a large one does.
    await page().goto(at({ id: 'resolution/7/1', dir: 'DOWNSTREAM', limit: '4', lang: 'en' }));
    const capped = await waitForGraph(page(), readyWith('resolution/7/1'), {
      what: 'the capped view of resolution 7/1',
    });
    expect(capped.nodes).toHaveLength(4);
    const notice = byTestId('cap-notice');
    await notice.waitFor();
    expect(await notice.innerText()).toMatch(/Showing 4 of \d+ entities/);
    // Nodes with hidden neighbours end their label in "+N".
    const frontier = await page().evaluate<[string, string][]>(
      "window.__cy.nodes('.frontier').map((n) => [n.id(), n.data('label')])",
    );
    expect(frontier.length).toBeGreaterThan(0);
    for (const [, label] of frontier) expect(label).toMatch(/ \+\d+$/);
    await screenshot(page(), 'capped-en');
    await byTestId('lang-select').selectOption('ru');
    await eventually(() => notice.innerText()).toMatch(/Показано 4 из \d+ сущност/);

    // Double-clicking a frontier node shows its hidden neighbours, the rest stays.
    const [grown] = frontier[0] ?? [''];
    await doubleTapNode(page(), grown);
    await eventually(() => (param('expand') ?? '').split(',')).toContain(grown);
    const expanded = await waitForGraph(page(), (g) => g.ready && g.nodes.length > 4, {
      what: `the neighbours of ${grown}`,
    });
    expect(expanded.nodes).toEqual(expect.arrayContaining(capped.nodes));

    // "Show more" shows the next batch (here: all of it), and the URL keeps it.
    await byTestId('show-more').click();
    await eventually(() => Number(param('limit'))).toBeGreaterThan(4);
    await notice.waitFor({ state: 'detached' });
    await waitForGraph(page(), (g) => g.ready && g.nodes.length > expanded.nodes.length, {
      what: 'the whole lineage after "Show more"',
    });
  });

  it('draws every seed view readably at 1440×900 and 1280×720, settled before it says ready', async () => {
    const entities = await seedEntities(x.baseUrl);
    expect(entities.length).toBeGreaterThanOrEqual(40);
    expect(new Set(entities.map((e) => e.kind)).size).toBe(6);
    const problems: string[] = [];
    try {
      for (const size of [
        { width: 1440, height: 900 },
        { width: 1280, height: 720 },
      ]) {
        await page().setViewportSize(size);
        for (const [i, { id }] of entities.entries()) {
          // The first view of each size is a page load, the others are shown in the page (as
          // Back and Forward do): the picture must be as readable either way.
          if (i === 0) await page().goto(at({ id, lang: 'en' }), { waitUntil: 'commit' });
          else await showInPage(page(), new URL(at({ id, lang: 'en' })).search);
          // Patient: this test is about the picture, not the time (that is `npm run bench`).
          await waitForGraph(page(), readyWith(id), {
            what: `the lineage of ${id}`,
            timeout: 60_000,
          });
          // Ready means final: nothing still waiting to be placed, no "laying out" notice.
          const pending = await page().evaluate<number>(
            "window.__cy ? window.__cy.elements('.placing').length : 0",
          );
          if (pending) problems.push(`${id}: ready with ${String(pending)} elements unplaced`);
          if (await byTestId('graph-busy').isVisible()) problems.push(`${id}: ready but busy`);
          const measured = await measureReadability(page());
          for (const p of readabilityProblems(measured)) {
            problems.push(`${id} at ${String(size.width)}×${String(size.height)}: ${p}`);
          }
        }
      }
    } finally {
      await page().setViewportSize({ width: 1440, height: 900 });
    }
    expect(problems).toEqual([]);
  }, 900_000);

  it('opens a new pick in the direction its kind asks, unless the URL says otherwise', async () => {
    await page().goto(at({ id: 'resolution/7/1', lang: 'en' }));
    await waitForGraph(page(), readyWith('resolution/7/1', ...WORKING_GROUPS), {
      what: 'what resolution 7/1 created',
    });
    expect(await byTestId('direction-select').inputValue()).toBe('DOWNSTREAM');
    const wg = await nodeOnScreen(page(), 'body/wg-firearms');
    await page().mouse.click(wg.x, wg.y);
    await eventually(() => param('id')).toBe('body/wg-firearms');
    // A working group opens on why it exists: the mandates behind it, not its meetings.
    await waitForGraph(page(), readyWith('body/wg-firearms', 'resolution/5/4', 'resolution/7/1'), {
      what: 'why the Working Group on Firearms exists',
    });
    expect(await byTestId('direction-select').inputValue()).toBe('UPSTREAM');
    await page().goto(at({ id: 'body/wg-firearms', dir: 'DOWNSTREAM', lang: 'en' }));
    await waitForGraph(page(), readyWith('body/wg-firearms', 'meeting/wg-firearms/7'));
    expect(await byTestId('direction-select').inputValue()).toBe('DOWNSTREAM');
  });

  it('reloads an expanded deep link to the same positions, all in view, none stacked', async () => {
    const link = at({ id: 'resolution/7/1', expand: 'body/cop,body/wg-firearms', lang: 'en' });
    const layouts: Record<string, Position>[] = [];
    for (let i = 0; i < 3; i++) {
      await page().goto(link);
      await waitForGraph(page(), readyWith('resolution/7/1', 'body/cop', 'session/10'), {
        what: 'resolution 7/1 with the Conference expanded',
        timeout: 60_000,
      });
      layouts.push(await nodePositions(page()));
      expect(readabilityProblems(await measureReadability(page()))).toEqual([]);
    }
    expect(layouts[1]).toEqual(layouts[0]);
    expect(layouts[2]).toEqual(layouts[0]);
    const points = Object.entries(layouts[0] ?? {});
    const stacked = points.flatMap(([a, p], i) =>
      points
        .slice(i + 1)
        .filter(([, q]) => Math.hypot(p.x - q.x, p.y - q.y) < 10)
        .map(([b]) => `${a} × ${b}`),
    );
    expect(stacked).toEqual([]);
  }, 240_000);

  it("asks a deep link's questions once each, while its code is still loading", async () => {
    // The explorer's code is held back: whatever asks the API before it arrives is the page's
    // early script, and the explorer must then use those answers instead of asking again.
    const HOLD_MS = 800;
    let codeArrived = Number.POSITIVE_INFINITY;
    await page().route(/\/assets\/main-[^/]+\.js$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, HOLD_MS));
      codeArrived = Date.now();
      await route.fallback();
    });
    const asked: { what: string; at: number }[] = [];
    const onRequest = (r: Request): void => {
      if (r.method() !== 'POST' || !r.url().endsWith('/graphql')) return;
      const body = z
        .object({ operationName: z.string(), variables: z.record(z.string(), z.unknown()) })
        .parse(r.postDataJSON());
      asked.push({
        what: `${body.operationName} ${JSON.stringify(body.variables)}`,
        at: Date.now(),
      });
    };
    page().on('request', onRequest);
    try {
      await page().goto(at({ id: 'resolution/7/1', expand: 'body/cop', lang: 'en' }));
      await waitForGraph(page(), readyWith('resolution/7/1', 'body/cop', 'session/10'), {
        what: 'resolution 7/1 with the Conference expanded',
      });
      await byTestId('why-panel').waitFor();
    } finally {
      page().off('request', onRequest);
      await page().unroute(/\/assets\/main-[^/]+\.js$/);
    }
    expect(asked.map((a) => a.what).sort()).toEqual(
      [
        'Details {"id":"resolution/7/1"}',
        'Status {"id":"resolution/7/1"}',
        'Lineage {"id":"body/cop","direction":"BOTH","maxDepth":1,"dated":false}',
        'Lineage {"id":"resolution/7/1","direction":"DOWNSTREAM","maxDepth":6,"dated":false}',
        'WhyExists {"id":"resolution/7/1"}',
      ].sort(),
    );
    expect(asked.filter((a) => a.at >= codeArrived)).toEqual([]);
  }, 60_000);

  it("opens the reader at every quote's paragraph with exactly that quote marked (links and facts)", async () => {
    const res = await fetch(`${x.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ lineage(id: "instrument/untoc", direction: BOTH, maxDepth: 20) {
          nodes { id provenance { evidence { quote url } } }
          edges { id source evidence { quote url } } } }`,
      }),
    });
    const body = z
      .object({
        data: z.object({
          lineage: z.object({
            nodes: z.array(
              z.object({
                id: z.string(),
                provenance: z.array(
                  z.object({
                    evidence: z.object({ quote: z.string(), url: z.string() }).nullable(),
                  }),
                ),
              }),
            ),
            edges: z.array(
              z.object({
                id: z.string(),
                source: z.string(),
                evidence: z.array(z.object({ quote: z.string(), url: z.string() })),
              }),
            ),
          }),
        }),
      })
      .parse(await res.json());
    // A relation's quote is marked with its id; an entity's fact with `of:<entity id>`.
    const cited = [
      ...body.data.lineage.edges
        .filter((e) => e.source === 'DOCUMENT')
        .map((e) => ({ id: e.id, evidence: e.evidence })),
      ...body.data.lineage.nodes.map((n) => ({
        id: `of:${n.id}`,
        evidence: n.provenance.flatMap((p) => (p.evidence ? [p.evidence] : [])),
      })),
    ].filter((c) => c.evidence.length > 0);
    expect(cited.filter((c) => !c.id.startsWith('of:')).length).toBeGreaterThan(20);
    expect(cited.filter((c) => c.id.startsWith('of:')).length).toBeGreaterThan(20);
    await page().goto(at({ lang: 'en' }));
    const problems: string[] = [];
    for (const edge of cited) {
      for (const ev of edge.evidence) {
        const url = new URL(ev.url, x.baseUrl);
        await showInPage(page(), `${url.search}&lang=en`);
        const para = url.searchParams.get('para') ?? '';
        const version = url.searchParams.get('version') ?? '';
        const marked = page().locator(
          `[data-testid="reader-block"][data-lang="${version}"] [data-testid="reader-quote"][data-active="true"]`,
        );
        await marked.first().waitFor();
        const found = await page().evaluate(
          ([relation]) => {
            const doc = (globalThis as unknown as { document: ReaderDom }).document;
            const blocks = Array.from(doc.querySelectorAll('[data-testid="reader-block"]'));
            return blocks
              .map((b) => {
                const marks = Array.from(
                  b.querySelectorAll('[data-testid="reader-quote"][data-active="true"]'),
                );
                const box = b.getBoundingClientRect();
                return {
                  para: b.getAttribute('data-para') ?? '',
                  lang: b.getAttribute('data-lang') ?? '',
                  text: marks.map((m) => m.textContent ?? '').join(''),
                  all: marks.every((m) =>
                    (m.getAttribute('data-relations') ?? '').split(' ').includes(relation ?? ''),
                  ),
                  inView: box.bottom > 0 && box.top < doc.documentElement.clientHeight,
                };
              })
              .filter((b) => b.text !== '');
          },
          [edge.id],
        );
        // Header lines are blocks of their own: an entity's facts may be marked in two of them.
        const there = found.filter((b) => b.lang === version && b.para === para);
        const here = there.find((b) => b.text.includes(ev.quote) || ev.quote.includes(b.text));
        if (there.length === 0) problems.push(`${edge.id}: nothing marked in ${version} ${para}`);
        else if (!here)
          problems.push(
            `${edge.id}: marked "${there.map((b) => b.text).join('", "')}", not its quote`,
          );
        else if (!here.inView) problems.push(`${edge.id}: ${version} ${para} is not in view`);
        if (found.some((b) => !b.all)) problems.push(`${edge.id}: another relation marked`);
      }
    }
    expect(problems).toEqual([]);
    await screenshot(page(), 'reader-desktop-en');
  }, 240_000);

  it("opens a document's text from its details", async () => {
    const note = 'document/2020-07-01-CTOC-COP-2020-1-items-2-4-5';
    await page().goto(at({ id: note, lang: 'en' }));
    await byTestId('details-read').waitFor();
    expect(await byTestId('details-read').innerText()).toBe('Read it (Russian)');
    await byTestId('details-read').click();
    await byTestId('reader').waitFor();
    expect(new URL(page().url()).searchParams.get('doc')).toBe(note);
    expect(await byTestId('reader-block').count()).toBeGreaterThan(18);
  });

  it('re-lays out when kinds are hidden and says how many are shown', async () => {
    await page().goto(at({ id: WG_TIP, lang: 'en' }));
    const all = await waitForGraph(page(), readyWith(WG_TIP, 'session/4'));
    expect(await byTestId('graph-counts').innerText()).not.toMatch(/ of /);
    await page().locator('details.filters > summary').click();
    await byTestId('filter-kind-SESSION').uncheck();
    const filtered = await waitForGraph(
      page(),
      (g) => g.ready && g.nodes.length > 0 && !g.nodes.some((id) => id.startsWith('session/')),
      { what: 'the lineage without sessions' },
    );
    await eventually(() => byTestId('graph-counts').innerText()).toMatch(
      new RegExp(`^${String(filtered.nodes.length)} of ${String(all.nodes.length)} entities`),
    );
    expect(readabilityProblems(await measureReadability(page()))).toEqual([]);
    await screenshot(page(), 'filtered-en');
  });

  it('places the timeline by year and lists the edges in an accessible table', async () => {
    await page().goto(at({ id: WG_TIP, mode: 'timeline', lang: 'en' }));
    const graph = await waitForGraph(page(), readyWith('decision/4/4', 'resolution/7/1'));
    const decision2008 = await nodePosition(page(), 'decision/4/4');
    const resolution2014 = await nodePosition(page(), 'resolution/7/1');
    expect(decision2008!.x).toBeLessThan(resolution2014!.x);
    await screenshot(page(), 'timeline-en');

    await byTestId('mode-table').click();
    await eventually(() => param('mode')).toBe('table');
    const table = byTestId('table-view');
    await table.waitFor();
    expect(await page().locator('table[data-testid="table-view"]').count()).toBe(1);
    const text = await table.innerText();
    expect(text).toContain('4/4');
    expect(text).toContain('7/1');
    expect(await table.locator('tr').count()).toBeGreaterThanOrEqual(graph.edges.length);
    await screenshot(page(), 'table-en');
    expect(
      await table
        .locator('[data-testid="evidence-quote"], [data-testid="evidence-paragraph"], button')
        .count(),
    ).toBeGreaterThan(0);

    // Tab from the search box reaches the table (a row or a button in it).
    await byTestId('search-input').focus();
    let reached = false;
    for (let i = 0; i < 150 && !reached; i++) {
      await page().keyboard.press('Tab');
      reached = (await focusedTestIds(page())).includes('table-view');
    }
    expect(reached, 'Tab from the search box never reached the table').toBe(true);
  });

  it('says so when the id is unknown, the search finds nothing or the API is down', async () => {
    await page().goto(at({ id: 'body/nope', lang: 'en' }));
    const unknown = byTestId('unknown-id');
    await unknown.waitFor();
    expect(await unknown.innerText()).toContain('body/nope');
    await screenshot(page(), 'unknown-id');
    await byTestId('search-input').waitFor();

    await byTestId('search-input').fill('zzqxjvw');
    await byTestId('search-empty').waitFor();
    expect((await byTestId('search-empty').innerText()).trim()).not.toBe('');

    // The API unreachable: every /graphql request fails at the network level.
    const isApi = (url: URL): boolean => url.pathname === '/graphql';
    const refuse = (route: Route) => route.abort('connectionrefused');
    const errorsBefore = x.consoleErrors.length;
    await page().route(isApi, refuse);
    await page().goto(at({ id: 'decision/4/4', lang: 'en' }));
    const status = byTestId('status').filter({ hasText: /\S/ }).first();
    await status.waitFor();
    expect(['alert', 'status']).toContain(await status.getAttribute('role'));
    expect(await status.innerText()).toMatch(/reach|unavailable|connect|offline|network/i);
    const retry = byTestId('retry-button');
    await retry.waitFor();

    await page().unroute(isApi, refuse);
    await retry.click();
    await waitForGraph(page(), readyWith('decision/4/4'), { what: 'the graph after retrying' });
    await retry.waitFor({ state: 'hidden' });
    // The browser reports the refused requests themselves; nothing else may have been logged.
    const duringOutage = x.consoleErrors.splice(errorsBefore);
    expect(
      duringOutage.filter(
        (e) => !/ERR_CONNECTION_REFUSED|ERR_FAILED|Failed to load resource|Failed to fetch/.test(e),
      ),
    ).toEqual([]);
  });

  it('sent nothing beyond 127.0.0.1 and logged no errors', () => {
    expect(x.requests.local.length).toBeGreaterThan(0);
    expect(x.requests.blocked).toEqual([]);
    expect(x.consoleErrors).toEqual([]);
  });
});

/** Nodes of `ids` that left the graph or moved more than half a pixel, with how far. */
function movedNodes(
  ids: readonly string[],
  before: Record<string, Position>,
  after: Record<string, Position>,
): string[] {
  return ids.flatMap((id) => {
    const [a, b] = [before[id], after[id]];
    if (!a || !b) return [`${id}: gone`];
    const d = Math.hypot(a.x - b.x, a.y - b.y);
    return d > 0.5 ? [`${id} moved ${d.toFixed(1)} px`] : [];
  });
}

/** Node positions once they stop changing (an animated layout has finished). */
async function settledPositions(page: Page): Promise<Record<string, Position>> {
  let last = await nodePositions(page);
  for (let i = 0; i < 50; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    const now = await nodePositions(page);
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
  throw new Error('node positions kept changing for 5 s');
}
