// The explorer in Russian shows Russian words only: for every entity of the seed graph, every
// view a reader opens (graph labels, the why panel, the details, an edge's evidence, the
// timeline, the table) and the start page. Latin script is allowed only where it is not a
// word of the interface: document symbols, ids, and the few names listed in ALLOWED; English
// data (a name's English original) only when labelled as such (`data-original="en"`).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ensureChromium,
  failOnCspViolations,
  openExplorer,
  readGraph,
  SCREENSHOT_DIR,
  screenshot,
  showInPage,
  seedEntities,
  tapEdge,
  waitForGraph,
  type Explorer,
} from './support.js';

/**
 * Latin words a Russian reader may meet, each for a reason:
 * - "Mandate", "Lineage": the product's name, a proper name (the header, and notes that say
 *   a label was composed by it);
 * - "English": the language switch names each language in its own tongue, so that a reader
 *   of either finds theirs (the other option reads «Русский»).
 */
const ALLOWED = new Set(['Mandate', 'Lineage', 'English']);
/** A UN document symbol: capital series separated by slashes (CTOC/COP/WG.4/2020/4). */
const UN_SYMBOL = /^[A-Z][A-Z0-9.]*(\/[A-Z0-9.-]+)+$/;
const LATIN = /[A-Za-z]/;
/** Punctuation around a token that is not part of it. */
const EDGES = /^[\s«»"“”„'()[\]{},;:!?…—–-]+|[\s«»"“”„'()[\]{},;:!?…—–.-]+$/g;

/** Russian words of the table drawn across two lines (a range over the word has two tops). */
const CUT_WORDS = `(() => {
  const root = document.querySelector('[data-testid="table-view"]');
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const cut = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    for (const m of n.data.matchAll(/[А-Яа-яЁё]{4,}/g)) {
      const r = document.createRange();
      r.setStart(n, m.index);
      r.setEnd(n, m.index + m[0].length);
      const tops = new Set([...r.getClientRects()].map((q) => Math.round(q.top)));
      if (tops.size > 1) cut.push(m[0]);
    }
  }
  return cut;
})()`;

const KINDS = ['INSTRUMENT', 'SESSION', 'MANDATE', 'BODY', 'MEETING', 'DOCUMENT'] as const;

interface Finding {
  entity: string;
  view: string;
  word: string;
}

let x: Explorer;
let known: Set<string>;
const page = (): Page => x.page;
const param = (name: string): string | null => new URL(page().url()).searchParams.get(name);
const eventually = <T>(fn: () => T | Promise<T>) =>
  expect.poll(fn, { timeout: 10_000, interval: 50 });
const at = (params: Record<string, string>): string =>
  `${x.baseUrl}/?${new URLSearchParams({ ...params, lang: 'ru' }).toString()}`;

/** Ids and symbols (as stored and as printed) of every document: data, not words. */
async function symbolsAndIds(entities: { id: string }[]): Promise<Set<string>> {
  const res = await fetch(`${x.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        '{ documents(first: 100) { edges { node { ... on Document { symbol printedSymbol } } } } }',
    }),
  });
  const body = (await res.json()) as {
    data: {
      documents: { edges: { node: { symbol: string | null; printedSymbol: string | null } }[] };
    };
  };
  const out = new Set(entities.map((e) => e.id));
  for (const { node } of body.data.documents.edges) {
    for (const s of [node.symbol, node.printedSymbol]) if (s) out.add(s);
  }
  return out;
}

/** The words of `text` that are Latin-script and neither a symbol, an id nor allowed. */
function foreignWords(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.split(/\s+/)) {
    const token = raw.replace(EDGES, '');
    if (!LATIN.test(token) || known.has(token) || UN_SYMBOL.test(token)) continue;
    // A symbol or id followed by a full stop or inside a sentence: try it without the stop.
    if (known.has(token.replace(/\.$/, ''))) continue;
    for (const word of token.split(/[^A-Za-z]+/).filter((w) => w.length > 0)) {
      if (!ALLOWED.has(word)) out.push(word);
    }
  }
  return out;
}

/**
 * The visible text of `selector` (innerText: what is rendered, closed menus excluded), with
 * labelled originals taken out after checking that their label is Russian. An original whose
 * label is not Russian stays in, so its English words are reported.
 */
async function visibleText(selector: string): Promise<string> {
  return page().evaluate((sel) => {
    type El = {
      innerText: string;
      hidden: boolean;
      firstChild: { textContent: string | null } | null;
    };
    const doc = (globalThis as unknown as { document: { querySelector(s: string): El | null; querySelectorAll(s: string): ArrayLike<El> } }).document; // prettier-ignore
    for (const el of Array.from(doc.querySelectorAll('[data-original]'))) {
      if (/[а-яё]/i.test(el.firstChild?.textContent ?? '')) el.hidden = true;
    }
    // A quote from a Russian document is its text verbatim, Latin lines included (the Russian
    // version prints "1 July 2020" and "Original: English"): the source's words, not ours.
    for (const el of Array.from(doc.querySelectorAll('blockquote[lang="ru"]'))) el.hidden = true;
    return doc.querySelector(sel)?.innerText ?? '';
  }, selector);
}

async function graphLabels(): Promise<string[]> {
  return page().evaluate(() => {
    const cy = (globalThis as unknown as { __cy?: import('cytoscape').Core }).__cy;
    if (!cy) return [];
    return [
      ...cy.nodes().map((n) => String(n.data('label'))),
      ...cy.edges().map((e) => String(e.data('label'))),
    ];
  });
}

async function graphReady(id: string): Promise<void> {
  await waitForGraph(page(), (g) => g.ready && g.nodes.includes(id), {
    what: `the graph of ${id}`,
  });
}

describe('the explorer in Russian', () => {
  failOnCspViolations(() => x);
  let entities: { id: string; kind: string }[] = [];
  const findings: Finding[] = [];
  const check = (entity: string, view: string, text: string) => {
    for (const word of foreignWords(text)) findings.push({ entity, view, word });
  };

  beforeAll(async () => {
    ensureChromium();
    x = await openExplorer();
    entities = await seedEntities(x.baseUrl);
    known = await symbolsAndIds(entities);
  }, 120_000);

  beforeEach(() => {
    findings.length = 0;
  });

  afterAll(async () => {
    await x.close();
  });

  it('recognises English words, and lets symbols, ids and labelled originals through', () => {
    expect(foreignWords('Рабочая группа — made a constant element')).toEqual([
      'made',
      'a',
      'constant',
      'element',
    ]);
    expect(foreignWords('(CTOC/COP/WG.4/2020/4) body/wg-firearms; «Mandate Lineage»')).toEqual([]);
    expect(foreignWords('held/planned')).toEqual(['held', 'planned']);
  });

  it('shows the start page in Russian', async () => {
    await page().goto(at({}));
    await page().getByTestId('search-input').waitFor();
    check('—', 'start page', await visibleText('#root'));
    await screenshot(page(), 'ru-start');
    expect(findings).toEqual([]);
  });

  // One test per kind, so that each has its own time limit (a page load lays out a graph).
  const edgesSeen = new Set<string>();
  it.each(KINDS)(
    'shows every %s of the seed graph in Russian, in every view',
    async (kind) => {
      const ofKind = entities.filter((e) => e.kind === kind);
      expect(ofKind.length, kind).toBeGreaterThan(0);
      for (const [i, { id }] of ofKind.entries()) {
        // Graph, why panel and details panel: what opening an entity shows. The first entity
        // of a kind is a page load, the others are shown in the page (as Back and Forward do).
        if (i === 0) await page().goto(at({ id }));
        else await showInPage(page(), new URL(at({ id })).search);
        await graphReady(id);
        await page().getByTestId('details-panel').waitFor();
        await page().getByTestId('why-panel').waitFor();
        for (const label of await graphLabels()) check(id, 'graph label', label);
        check(id, 'graph, why and details', await visibleText('#root'));

        // The evidence of every relation, once, as a click on its edge opens it.
        const { edges } = await readGraph(page());
        for (const edge of edges.filter((e) => !edgesSeen.has(e))) {
          edgesSeen.add(edge);
          await tapEdge(page(), edge);
          await eventually(() => param('edge')).toBe(edge);
          await page().getByTestId('edge-evidence').waitFor();
          check(id, `evidence of ${edge}`, await visibleText('[data-testid="edge-evidence"]'));
        }

        await page().getByTestId('mode-timeline').click();
        await eventually(() => param('mode')).toBe('timeline');
        await graphReady(id);
        for (const label of await graphLabels()) check(id, 'timeline label', label);
        check(id, 'timeline', await visibleText('#root'));

        await page().getByTestId('mode-table').click();
        await page().getByTestId('table-view').waitFor();
        check(id, 'table', await visibleText('#root'));
      }
      const report = findings.map((f) => `${f.entity} / ${f.view}: "${f.word}"`);
      expect([...new Set(report)]).toEqual([]);
    },
    300_000,
  );

  it('has walked the evidence of every relation it met', () => {
    expect(edgesSeen.size).toBeGreaterThan(20);
  });

  it('looks right in Russian on a desktop and on a phone', async () => {
    const id = 'body/wg-trafficking-in-persons';
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    for (const [w, h] of [
      [1440, 900],
      [390, 844],
    ] as const) {
      await page().setViewportSize({ width: w, height: h });
      await page().goto(at({ id }));
      await graphReady(id);
      await page().getByTestId('why-panel').waitFor();
      await page().getByTestId('details-panel').waitFor();
      await screenshot(page(), `ru-graph-${w}`);
      for (const panel of ['why-panel', 'details-panel']) {
        await page()
          .getByTestId(panel)
          .screenshot({ path: join(SCREENSHOT_DIR, `ru-${panel}-${w}.png`) });
      }
      await page().goto(at({ id, mode: 'timeline' }));
      await graphReady(id);
      await screenshot(page(), `ru-timeline-${w}`);
      await page().goto(at({ id, mode: 'table' }));
      await page().getByTestId('table-view').waitFor();
      await screenshot(page(), `ru-table-${w}`);
      // No Russian word is cut in the table: each word's text lies on one line.
      expect(await page().evaluate(CUT_WORDS), `${w}px`).toEqual([]);
    }
  }, 120_000);
});
