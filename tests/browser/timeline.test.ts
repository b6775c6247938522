// The timeline in a real browser, over every entity of the seed graph: a year axis read left
// to right, every dated entity in its year's column, one named lane per body, labels that
// neither overlap nor run off the canvas and are drawn large enough to read, and an axis
// that follows zoom and pan. Screenshots at desktop and phone sizes go to
// test-results/screenshots/timeline-*.
import { join } from 'node:path';
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ensureChromium,
  failOnCspViolations,
  openExplorer,
  screenshot,
  SCREENSHOT_DIR,
  seedEntities,
  showInPage,
  tapEdge,
  waitForGraph,
  type Explorer,
} from './support.js';

interface Rect {
  left: number;
  right: number;
  top: number;
  bottom: number;
}
/** The little of the DOM the page functions use (the tests compile without lib.dom). */
interface El {
  getAttribute(name: string): string | null;
  getBoundingClientRect(): Rect;
  readonly textContent: string | null;
}
declare const window: {
  __cy?: Core;
  document: { querySelectorAll(selector: string): ArrayLike<El> };
  getComputedStyle(el: El): { visibility: string };
};

interface Box {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}
interface Reading {
  zoom: number;
  canvas: { width: number; height: number };
  axisBottom: number;
  ticks: { year: number; left: number; right: number; shown: boolean }[];
  lanes: { body: string | null; text: string }[];
  nodes: {
    id: string;
    kind: string;
    year: number | null;
    x: number;
    label: string;
    font: number;
    box: Box;
  }[];
}

/** The timeline as drawn, in px relative to the canvas (cytoscape's rendered coordinates). */
function readTimeline(page: Page): Promise<Reading> {
  return page.evaluate(() => {
    const cy = window.__cy;
    if (!cy) throw new Error('window.__cy is not set');
    const origin = (cy.container() as unknown as El).getBoundingClientRect();
    const doc = window.document;
    const axis = Array.from(doc.querySelectorAll('[data-testid="timeline-axis"]'));
    return {
      zoom: cy.zoom(),
      canvas: { width: cy.width(), height: cy.height() },
      axisBottom: axis.length ? axis[0]!.getBoundingClientRect().bottom - origin.top : -1,
      ticks: Array.from(doc.querySelectorAll('[data-testid="timeline-axis"] [data-year]')).map(
        (el) => {
          const r = el.getBoundingClientRect();
          const label = Array.from((el as unknown as { children: ArrayLike<El> }).children)[0];
          return {
            year: Number(el.getAttribute('data-year')),
            left: r.left - origin.left,
            right: r.right - origin.left,
            shown: label ? window.getComputedStyle(label).visibility !== 'hidden' : false,
          };
        },
      ),
      lanes: Array.from(doc.querySelectorAll('[data-testid="timeline-lane"]')).map((el) => ({
        body: el.getAttribute('data-body'),
        text: (el.textContent ?? '').trim(),
      })),
      nodes: cy.nodes().map((n) => ({
        id: n.id(),
        kind: String(n.data('kind')),
        year: (n.data('year') as number | null) ?? null,
        x: n.renderedPosition().x,
        label: String(n.data('label') ?? ''),
        font: parseFloat(String(n.style('font-size'))),
        box: n.renderedBoundingBox({ includeLabels: true, includeNodes: false }),
      })),
    };
  });
}

const CYRILLIC = /[\u0400-\u04FF]/;
/** Kinds whose timeline label has words: sessions, meetings, mandates, bodies ("created"). */
const WORDED = ['SESSION', 'MEETING', 'MANDATE', 'BODY'];

const overlaps = (a: Box, b: Box): boolean =>
  a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

const namesResponse = z.object({
  data: z.object({
    lineage: z.object({
      nodes: z.array(
        z.object({ id: z.string(), kind: z.string(), en: z.string(), ru: z.string() }),
      ),
    }),
  }),
});

let x: Explorer;
const page = (): Page => x.page;
let entities: { id: string; kind: string }[] = [];
const bodyNames = new Map<string, { en: string; ru: string }>();

/** Opens the explorer on a timeline by its URL (a page load). */
async function openTimeline(params: Record<string, string>): Promise<Reading> {
  await page().goto(`${x.baseUrl}/?${query(params)}`);
  return ready(params);
}

/** Shows another timeline in the open page (see showInPage). */
async function switchTimeline(params: Record<string, string>): Promise<Reading> {
  await showInPage(page(), `?${query(params)}`);
  return ready(params);
}

const query = (params: Record<string, string>): string =>
  new URLSearchParams({ mode: 'timeline', ...params }).toString();

async function ready(params: Record<string, string>): Promise<Reading> {
  await waitForGraph(page(), (g) => g.ready && g.nodes.includes(params.id ?? ''), {
    what: `the timeline of ${params.id ?? '?'}`,
  });
  return readTimeline(page());
}

/** What a reader would object to in this timeline; empty when it reads well. */
function problems(t: Reading, lang: 'en' | 'ru'): string[] {
  const out: string[] = [];
  const years = t.ticks.map((k) => k.year);
  if (!years.length) out.push('no year axis');
  for (let i = 1; i < t.ticks.length; i++) {
    const [a, b] = [t.ticks[i - 1]!, t.ticks[i]!];
    if (!(b.year > a.year && b.left >= a.right - 0.5)) out.push(`axis: ${a.year} then ${b.year}`);
  }
  for (const n of t.nodes) {
    if (n.year === null) continue;
    const tick = t.ticks.find((k) => k.year === n.year);
    if (!tick || n.x < tick.left || n.x > tick.right) out.push(`${n.id} off its year ${n.year}`);
  }
  const labelled = t.nodes.filter((n) => n.label !== '');
  for (const [i, a] of labelled.entries()) {
    const { x1, x2, y1, y2 } = a.box;
    if (x1 < 0 || y1 < t.axisBottom || x2 > t.canvas.width || y2 > t.canvas.height) {
      out.push(`label of ${a.id} cut or under the axis: ${JSON.stringify(a.box)}`);
    }
    for (const b of labelled.slice(i + 1)) {
      if (overlaps(a.box, b.box)) out.push(`labels of ${a.id} and ${b.id} overlap`);
    }
    if (t.nodes.length <= 40 && a.font * t.zoom < 11) {
      out.push(`label of ${a.id} drawn at ${(a.font * t.zoom).toFixed(1)} px`);
    }
  }
  // Words in the labels are in the interface language (symbols and numbers are not words).
  const words = [
    ...t.nodes.filter((n) => WORDED.includes(n.kind) && n.label !== '').map((n) => n.label),
    ...t.lanes.filter((l) => l.body === null).map((l) => l.text),
  ];
  for (const text of words) {
    if (CYRILLIC.test(text) !== (lang === 'ru')) out.push(`"${text}" is not in ${lang}`);
  }
  for (const n of t.nodes.filter((m) => m.kind === 'BODY')) {
    const lane = t.lanes.find((l) => l.body === n.id);
    const name = bodyNames.get(n.id)?.[lang];
    if (!lane || lane.text !== name) out.push(`lane of ${n.id}: ${lane?.text ?? 'none'}`);
  }
  return out;
}

describe('the timeline in Chromium', () => {
  failOnCspViolations(() => x);
  beforeAll(async () => {
    ensureChromium();
    x = await openExplorer();
    entities = await seedEntities(x.baseUrl);
    const res = await fetch(`${x.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ lineage(id: "instrument/untoc", direction: BOTH, maxDepth: 20) {
          nodes { id kind en: name(lang: EN) ru: name(lang: RU) } } }`,
      }),
    });
    for (const n of namesResponse.parse(await res.json()).data.lineage.nodes) {
      if (n.kind === 'BODY') bodyNames.set(n.id, n);
    }
  }, 120_000);

  afterAll(async () => {
    await x.close();
  });

  beforeEach(({ task, onTestFailed }) => {
    onTestFailed(async () => {
      await screenshot(page(), `failed-${task.name.slice(0, 60)}`).catch(() => {});
    });
  });

  it('reads well for every entity of the seed graph, in English and in Russian', async () => {
    await page().setViewportSize({ width: 1440, height: 900 });
    expect(entities.length).toBeGreaterThan(20);
    expect(bodyNames.size).toBeGreaterThan(5);
    const found: Record<string, string[]> = {};
    let withLanes = 0;
    await openTimeline({ id: 'instrument/untoc', dir: 'DOWNSTREAM', depth: '1', lang: 'en' });
    for (const lang of ['en', 'ru'] as const) {
      for (const { id } of entities) {
        const t = await switchTimeline({ id, lang });
        const issues = problems(t, lang);
        if (issues.length) found[`${lang} ${id}`] = issues;
        if (t.lanes.some((l) => l.body !== null)) withLanes++;
      }
    }
    expect(found).toEqual({});
    expect(withLanes).toBeGreaterThan(entities.length);
  }, 480_000);

  it('keeps the axis on the nodes while zooming and panning, thinning years when zoomed out', async () => {
    await page().setViewportSize({ width: 1440, height: 900 });
    const before = await openTimeline({ id: 'body/cop', dir: 'BOTH', depth: '20', lang: 'en' });
    expect(before.ticks.length).toBeGreaterThan(5);
    await page().evaluate(() => {
      const cy = window.__cy!;
      cy.zoom({ level: cy.zoom() * 2.5, renderedPosition: { x: cy.width() / 2, y: 200 } });
      cy.panBy({ x: -120, y: -60 });
    });
    await expect
      .poll(
        async () =>
          problems(await readTimeline(page()), 'en').filter((p) => / off its year /.test(p)),
        {
          timeout: 5_000,
        },
      )
      .toEqual([]);
    const zoomedIn = await readTimeline(page());
    expect(zoomedIn.zoom).toBeGreaterThan(before.zoom * 2);
    const shifted = zoomedIn.ticks[0]!.left - before.ticks[0]!.left;
    expect(Math.abs(shifted)).toBeGreaterThan(50);
    await screenshot(page(), 'timeline-zoomed-in');

    await page().evaluate(() => {
      window.__cy!.zoom(0.15);
    });
    await expect
      .poll(async () => (await readTimeline(page())).ticks.filter((k) => !k.shown).length, {
        timeout: 5_000,
      })
      .toBeGreaterThan(0);
    const far = await readTimeline(page());
    const shown = far.ticks.filter((k) => k.shown);
    for (let i = 1; i < shown.length; i++) {
      const gap = (shown[i]!.left + shown[i]!.right - shown[i - 1]!.left - shown[i - 1]!.right) / 2;
      expect(gap).toBeGreaterThanOrEqual(40);
    }
  });

  it('applies the filters and selection of the graph', async () => {
    await page().setViewportSize({ width: 1440, height: 900 });
    const kinds = 'INSTRUMENT,SESSION,MANDATE,BODY,DOCUMENT';
    const t = await openTimeline({ id: 'resolution/7/1', dir: 'DOWNSTREAM', kinds, lang: 'en' });
    expect(t.nodes.filter((n) => n.kind === 'MEETING')).toEqual([]);
    expect(t.nodes.filter((n) => n.kind === 'DOCUMENT').length).toBeGreaterThan(0);
    expect(problems(t, 'en')).toEqual([]);
    const edge = await page().evaluate(() => window.__cy!.edges()[0]!.id());
    await tapEdge(page(), edge);
    await expect.poll(() => new URL(page().url()).searchParams.get('edge')).toBe(edge);
    await expect
      .poll(() => page().evaluate((id) => window.__cy!.getElementById(id).selected(), edge))
      .toBe(true);
  });

  it('looks right at desktop and phone sizes', async () => {
    const views: [string, Record<string, string>][] = [
      ['wg-firearms', { id: 'body/wg-firearms' }],
      ['7-1-downstream', { id: 'resolution/7/1', dir: 'DOWNSTREAM' }],
      ['cop-both', { id: 'body/cop', dir: 'BOTH', depth: '20' }],
      ['report-wg4', { id: 'CTOC/COP/WG.4/2020/4' }],
    ];
    for (const [size, width, height] of [
      ['desktop', 1440, 900],
      ['phone', 390, 844],
    ] as const) {
      await page().setViewportSize({ width, height });
      await openTimeline({ id: 'instrument/untoc', dir: 'DOWNSTREAM', depth: '1', lang: 'en' });
      for (const [name, params] of views) {
        for (const lang of ['en', 'ru'] as const) {
          const t = await switchTimeline({ ...params, lang });
          await screenshot(page(), `timeline-${name}-${lang}-${size}`);
          // The timeline alone, at full resolution: the page screenshot is mostly side panel.
          await page()
            .getByTestId('graph')
            .screenshot({
              path: join(SCREENSHOT_DIR, `timeline-${name}-${lang}-${size}-canvas.png`),
            });
          if (size === 'desktop') expect(problems(t, lang)).toEqual([]);
          else expect(t.lanes.length).toBeGreaterThan(0);
        }
      }
    }
  }, 240_000);
});
