// The explorer's data downloads in Chromium against the server's /export for the same lineage:
// the same file name, the same columns and rows, plus where each node is drawn; with a filter
// on, the download holds what is drawn and still has the same columns.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ensureChromium,
  failOnCspViolations,
  graphNodeIds,
  nodePositions,
  openExplorer,
  readyWith,
  screenshot,
  SCREENSHOT_DIR,
  waitForGraph,
  type Explorer,
} from './support.js';

const ID = 'body/wg-firearms';
const MEETING = 'meeting/wg-firearms/7';
const LINEAGE = { id: ID, direction: 'BOTH', maxDepth: '6' };

let x: Explorer;
const page = (): Page => x.page;
const at = (params: Record<string, string>): string =>
  `${x.baseUrl}/?${new URLSearchParams(params).toString()}`;
const byTestId = (id: string) => page().getByTestId(id);
const eventually = <T>(fn: () => T | Promise<T>) =>
  expect.poll(fn, { timeout: 10_000, interval: 100 });

/** Clicks a download button of the export menu as a user would; the file's name and text. */
async function download(format: string): Promise<{ fileName: string; text: string }> {
  const button = byTestId(`export-${format}`);
  if (!(await button.isVisible())) {
    await page().locator(`details:has([data-testid="export-${format}"]) > summary`).click();
  }
  await eventually(() => button.isEnabled()).toBe(true);
  const [file] = await Promise.all([page().waitForEvent('download'), button.click()]);
  return { fileName: file.suggestedFilename(), text: await readFile(await file.path(), 'utf8') };
}

/** GET /export/<format> for the lineage the page shows. */
async function served(format: string): Promise<{ fileName: string; text: string }> {
  const res = await fetch(
    `${x.baseUrl}/export/${format}?${new URLSearchParams(LINEAGE).toString()}`,
  );
  expect(res.status).toBe(200);
  const disposition = res.headers.get('content-disposition') ?? '';
  return { fileName: /filename="([^"]+)"/.exec(disposition)?.[1] ?? '', text: await res.text() };
}

/** The columns a GraphML file declares, per domain: `node:name_en`, `edge:quotes`… */
function graphmlColumns(xml: string): string[] {
  return Array.from(
    xml.matchAll(/<key id="[^"]*" for="(node|edge)" attr\.name="([^"]+)"/g),
    ([, domain, name]) => `${domain}:${name}`,
  ).sort();
}

/** The whole page, and the open export menu alone (the page is long), as screenshots. */
async function shoot(name: string): Promise<void> {
  await screenshot(page(), name);
  const menu = page().locator('details:has([data-testid="export-graphml"])');
  await menu.screenshot({ path: join(SCREENSHOT_DIR, `${name}-menu.png`) });
}

const csv = (text: string) => {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  // By id in code-unit order, as graphNodeIds sorts.
  const id = (row: Record<string, string>) => row.id ?? '';
  const rows = parsed.data.sort((a, b) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0));
  return { fields: parsed.meta.fields, rows };
};

describe('downloads from the explorer and /export', () => {
  failOnCspViolations(() => x);
  beforeAll(async () => {
    ensureChromium();
    x = await openExplorer();
    await page().goto(at({ id: ID, dir: 'BOTH', depth: '6', lang: 'en' }));
    await waitForGraph(page(), readyWith(ID, MEETING), { what: `the lineage of ${ID}` });
  }, 120_000);

  afterAll(async () => {
    await x.close();
  });

  beforeEach(({ task, onTestFailed }) => {
    onTestFailed(async () => {
      await screenshot(page(), `failed-exports-${task.name.slice(0, 50)}`).catch(() => {});
    });
  });

  it('GraphML: the same file name, columns and graph, with the nodes where they are drawn', async () => {
    const drawn = await graphNodeIds(page());
    const positions = await nodePositions(page());
    const ui = await download('graphml');
    const api = await served('graphml');
    expect(ui.fileName).toBe(api.fileName);
    expect(ui.fileName).toBe('mandate-lineage-body_wg-firearms.graphml');
    // The drawing adds its positions; every other column is the server's.
    expect(graphmlColumns(ui.text)).toEqual(
      [...graphmlColumns(api.text), 'node:x', 'node:y'].sort(),
    );

    const mine = parseGraphml(MultiGraph, ui.text);
    const theirs = parseGraphml(MultiGraph, api.text);
    expect(mine.nodes().sort()).toEqual(drawn);
    expect(mine.nodes().sort()).toEqual(theirs.nodes().sort());
    expect(mine.edges().sort()).toEqual(theirs.edges().sort());
    for (const id of drawn) {
      const { x: px, y: py, ...attributes } = mine.getNodeAttributes(id);
      expect(attributes, id).toEqual(theirs.getNodeAttributes(id));
      expect(px, id).toBeCloseTo(positions[id]?.x ?? NaN, 6);
      expect(py, id).toBeCloseTo(positions[id]?.y ?? NaN, 6);
    }
    theirs.forEachEdge((edge, attributes) => {
      expect(mine.getEdgeAttributes(edge), edge).toEqual(attributes);
    });
  });

  it('CSV: the same file names, columns and rows for entities and links', async () => {
    for (const format of ['csv-nodes', 'csv-edges']) {
      const ui = await download(format);
      const api = await served(format);
      expect(ui.fileName, format).toBe(api.fileName);
      // Excel needs the byte order mark to read Cyrillic; the server's answer is for programs.
      expect(ui.text.charCodeAt(0), format).toBe(0xfeff);
      const [mine, theirs] = [csv(ui.text), csv(api.text)];
      expect(mine.fields, format).toEqual(theirs.fields);
      expect(mine.rows, format).toEqual(theirs.rows);
    }
    expect((await served('csv-nodes')).fileName).toBe('mandate-lineage-body_wg-firearms.nodes.csv');
    await page().setViewportSize({ width: 1440, height: 900 });
    await shoot('exports-1440');
  });

  it('with meetings filtered out, the files hold what is drawn, in the same columns', async () => {
    const filter = byTestId('filter-kind-MEETING');
    // The filters sit in a collapsed panel: open it as a user would.
    if (!(await filter.isVisible())) {
      await page().locator('details:has([data-testid="filter-kind-MEETING"]) > summary').click();
    }
    await filter.uncheck();
    await waitForGraph(page(), (g) => g.ready && !g.nodes.includes(MEETING), {
      what: 'the lineage without its meetings',
    });
    const drawn = await graphNodeIds(page());
    const ui = await download('graphml');
    const api = await served('graphml');
    expect(ui.fileName).toBe(api.fileName);
    expect(graphmlColumns(ui.text)).toEqual(
      [...graphmlColumns(api.text), 'node:x', 'node:y'].sort(),
    );
    expect(parseGraphml(MultiGraph, ui.text).nodes().sort()).toEqual(drawn);
    expect(parseGraphml(MultiGraph, api.text).hasNode(MEETING)).toBe(true);

    const nodes = csv((await download('csv-nodes')).text);
    expect(nodes.fields).toEqual(csv((await served('csv-nodes')).text).fields);
    expect(nodes.rows.map((r) => r.id)).toEqual(drawn);
    expect(nodes.rows.map((r) => r.kind)).not.toContain('MEETING');
  });

  it('GEXF, cyjs and JSON-LD: the same file names; the drawing’s positions in GEXF and cyjs', async () => {
    const drawn = await graphNodeIds(page());
    const positions = await nodePositions(page());
    for (const format of ['gexf', 'cyjs', 'jsonld']) {
      const ui = await download(format);
      expect(ui.fileName, format).toBe((await served(format)).fileName);
      if (format === 'gexf') {
        const g = parseGexf(MultiGraph, ui.text);
        expect(g.nodes().sort()).toEqual(drawn);
        expect(g.getNodeAttribute(ID, 'x')).toBeCloseTo(positions[ID]?.x ?? NaN, 3);
      } else if (format === 'cyjs') {
        const doc = JSON.parse(ui.text) as {
          elements: { nodes: { data: { id: string }; position?: { x: number; y: number } }[] };
        };
        const body = doc.elements.nodes.find((n) => n.data.id === ID);
        expect(body?.position?.y).toBeCloseTo(positions[ID]?.y ?? NaN, 6);
      } else {
        const ld = JSON.parse(ui.text) as { '@graph': { identifier: string }[] };
        expect(ld['@graph'].map((item) => item.identifier)).toContain(ID);
      }
    }
  });

  it('offers every format in the menu on a phone', async () => {
    await page().setViewportSize({ width: 390, height: 844 });
    // On a phone the view's controls, Export among them, sit behind the "View options" button.
    const options = byTestId('menu-button');
    if ((await options.isVisible()) && (await options.getAttribute('aria-expanded')) !== 'true') {
      await options.click();
    }
    const menu = page().locator('details:has([data-testid="export-graphml"])');
    if ((await menu.getAttribute('open')) === null) await menu.locator('> summary').click();
    for (const format of [
      'png',
      'svg',
      'cyjs',
      'graphml',
      'gexf',
      'csv-nodes',
      'csv-edges',
      'jsonld',
    ]) {
      await eventually(() => byTestId(`export-${format}`).isVisible()).toBe(true);
    }
    await byTestId('export-jsonld').scrollIntoViewIfNeeded();
    await shoot('exports-390');
    expect(x.consoleErrors).toEqual([]);
    expect(x.requests.blocked).toEqual([]);
  });
});
