// Accessibility, phone and keyboard, in Chromium: every view (landing, graph with its why and
// details panels, an edge's evidence, timeline, table) in English and Russian, on a desktop
// (1440×900) and a phone (390×844), checked by axe-core for serious and critical violations;
// on the phone nothing may scroll sideways and the controls must be reachable through the
// menu; the graph must be usable from the keyboard. Screenshots of every view at both sizes
// go to test-results/screenshots/ (a11y-*).
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ensureChromium,
  failOnCspViolations,
  focusedTestIds,
  openExplorer,
  readyWith,
  screenshot,
  SCREENSHOT_DIR,
  showInPage,
  waitForGraph,
  type Explorer,
} from './support.js';

const WG_FIREARMS = 'body/wg-firearms';
const WG_TIP = 'body/wg-trafficking-in-persons';
const EDGE_4_4 = `CREATES:decision/4/4>${WG_TIP}`;
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

interface View {
  name: string;
  params: Record<string, string>;
  /** A node the view must show once laid out; none for views without a graph. */
  node?: string;
  /** data-testid that must be on the page once the view is ready. */
  shows: string;
}
const VIEWS: View[] = [
  { name: 'landing', params: {}, shows: 'mandate-map' },
  { name: 'graph-why', params: { id: WG_FIREARMS }, node: WG_FIREARMS, shows: 'why-step' },
  {
    name: 'details',
    params: { id: 'resolution/7/1', dir: 'DOWNSTREAM' },
    node: 'resolution/7/1',
    shows: 'details-panel',
  },
  { name: 'edge', params: { id: WG_TIP, edge: EDGE_4_4 }, node: WG_TIP, shows: 'edge-evidence' },
  {
    name: 'timeline',
    params: { id: WG_FIREARMS, mode: 'timeline' },
    node: WG_FIREARMS,
    shows: 'graph',
  },
  { name: 'table', params: { id: WG_FIREARMS, mode: 'table' }, shows: 'table-view' },
  {
    name: 'reader',
    params: {
      doc: 'document/2020-07-01-CTOC-COP-2020-1-items-2-4-5',
      para: '10',
      version: 'ru',
      quote: `CREATES:resolution/5/4>${WG_FIREARMS}`,
    },
    shows: 'reader-quote',
  },
  // Adding a document, in a browser without the token: the page says how to unlock it.
  { name: 'add', params: { add: '1' }, shows: 'add-document' },
];

let x: Explorer;
const page = (): Page => x.page;
const at = (params: Record<string, string>): string =>
  `${x.baseUrl}/?${new URLSearchParams(params).toString()}`;
const byTestId = (id: string) => page().getByTestId(id);
const eventually = <T>(fn: () => T | Promise<T>) =>
  expect.poll(fn, { timeout: 10_000, interval: 100 });

/** The size and language the open page was loaded for; other views are shown in it. */
let loadedFor = '';

async function openView(view: View, lang: string, device: string): Promise<void> {
  // The first view of a size and language loads the page; the next are shown in it, as the
  // Back button would (much faster than loading the 1.2 MB of code again for each).
  const params = `?${new URLSearchParams({ ...view.params, lang }).toString()}`;
  if (loadedFor === `${device} ${lang}`) await showInPage(page(), params);
  else await page().goto(`${x.baseUrl}/${params}`);
  loadedFor = `${device} ${lang}`;
  await byTestId(view.shows).first().waitFor();
  if (view.node) await waitForGraph(page(), readyWith(view.node), { what: view.name });
}

/** Serious and critical axe-core violations, one line each: rule, impact, the elements. */
async function seriousViolations(): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page: page() }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) => `${v.id} (${String(v.impact)}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

const scrollWidth = (): Promise<number> =>
  page().evaluate(() => {
    const doc = (
      globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }
    ).document;
    return doc.documentElement.scrollWidth;
  });

/** Ids of the nodes wearing the keyboard's focus class. */
const keyboardFocus = (): Promise<string[]> =>
  page().evaluate(() => {
    const cy = (
      globalThis as unknown as {
        __cy?: { nodes(s: string): { map<T>(f: (n: { id(): string }) => T): T[] } };
      }
    ).__cy;
    return cy ? cy.nodes('.keyboard-focus').map((n) => n.id()) : [];
  });

const neighboursOf = (id: string): Promise<string[]> =>
  page().evaluate((nodeId) => {
    const cy = (
      globalThis as unknown as {
        __cy?: {
          getElementById(i: string): {
            neighborhood(s: string): { map<T>(f: (n: { id(): string }) => T): T[] };
          };
        };
      }
    ).__cy;
    return cy
      ? cy
          .getElementById(nodeId)
          .neighborhood('node')
          .map((n) => n.id())
      : [];
  }, id);

describe('accessibility, phone and keyboard', () => {
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
      await screenshot(page(), `a11y-failed-${task.name.slice(0, 60)}`).catch(() => {});
    });
  });

  for (const size of [DESKTOP, PHONE]) {
    const device = size === DESKTOP ? 'desktop' : 'phone';
    for (const lang of ['en', 'ru']) {
      for (const view of VIEWS) {
        it(`${view.name} (${device}, ${lang}): no serious axe violation${size === PHONE ? ', no sideways scrolling' : ''}`, async () => {
          await page().setViewportSize(size);
          await openView(view, lang, device);
          await screenshot(page(), `a11y-${device}-${view.name}-${lang}`);
          // What the first screen shows (a phone's full page is too tall to read at a glance).
          await page().screenshot({
            path: join(SCREENSHOT_DIR, `a11y-${device}-${view.name}-${lang}-top.png`),
          });
          expect(await seriousViolations()).toEqual([]);
          if (size === PHONE) expect(await scrollWidth()).toBeLessThanOrEqual(PHONE.width);
        }, 60_000);
      }
    }
  }

  it('shows the mandates in session order, starting questions and what the graph holds', async () => {
    await page().setViewportSize(DESKTOP);
    await page().goto(at({ lang: 'en' }));
    const rows = byTestId('mandate-row');
    await rows.first().waitFor();
    const ids = await Promise.all((await rows.all()).map((r) => r.getAttribute('data-id')));
    expect(ids).toEqual([
      'decision/2/6',
      'decision/3/2',
      'decision/4/4',
      'resolution/5/3',
      'resolution/5/4',
      'resolution/7/1',
      'resolution/9/1',
    ]);
    // Decision 4/4 links the working group it created.
    const row44 = page().locator('[data-testid="mandate-row"][data-id="decision/4/4"]');
    expect(await row44.locator(`a[data-id="${WG_TIP}"]`).count()).toBe(1);
    // The years of sessions before the tenth are reference data, and say so.
    expect(await row44.locator('.ref-mark').count()).toBe(1);
    const questions = byTestId('landing-questions').locator('a');
    expect(await questions.count()).toBeGreaterThanOrEqual(4);
    expect(await questions.count()).toBeLessThanOrEqual(6);
    expect(await byTestId('landing-sources').textContent()).toMatch(/note by the Secretariat/i);
    // Each source opens in the reader, whole.
    await byTestId('source-reader').first().click();
    await byTestId('reader').waitFor();
    expect(await byTestId('reader-block').count()).toBeGreaterThan(18);
    await page().goBack();
    await byTestId('landing-sources').waitFor();
    expect(await byTestId('landing-counts').locator('[data-kind="MANDATE"] dd').textContent()).toBe(
      '7',
    );
    await screenshot(page(), 'landing-en');

    // A question is a link to its view: following it opens that entity's lineage.
    const why = questions.filter({ hasText: /^Why does the / }).first();
    const target = await why.getAttribute('data-id');
    expect(target).toMatch(/^body\//);
    await why.click();
    await eventually(() => new URL(page().url()).searchParams.get('id')).toBe(target);
    await waitForGraph(page(), readyWith(target ?? ''));
    await page().goBack();
    await byTestId('landing').waitFor();

    await page().goto(at({ lang: 'ru' }));
    await byTestId('mandate-row').first().waitFor();
    expect(await byTestId('landing-questions').textContent()).toMatch(/Почему существует/);
    await screenshot(page(), 'landing-ru');
  }, 60_000);

  it('puts the controls behind a menu on a phone, and keeps the graph usable', async () => {
    await page().setViewportSize(PHONE);
    await page().goto(at({ id: WG_FIREARMS, lang: 'en' }));
    await waitForGraph(page(), readyWith(WG_FIREARMS));
    await screenshot(page(), 'phone-graph');
    await page().screenshot({ path: join(SCREENSHOT_DIR, 'phone-graph-top.png') });
    expect(await byTestId('direction-select').isVisible()).toBe(false);
    const menu = byTestId('menu-button');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    for (const id of ['direction-select', 'depth-input', 'mode-table', 'lang-select'])
      expect(await byTestId(id).isVisible(), id).toBe(true);
    expect(await scrollWidth()).toBeLessThanOrEqual(390);
    await screenshot(page(), 'phone-menu-open');
    await page().screenshot({ path: join(SCREENSHOT_DIR, 'phone-menu-open-top.png') });
    // A control in the menu works, and Escape folds the menu and gives focus back to its button.
    await byTestId('direction-select').selectOption('DOWNSTREAM');
    await eventually(() => new URL(page().url()).searchParams.get('dir')).toBe('DOWNSTREAM');
    await byTestId('lang-select').focus();
    await page().keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await focusedTestIds(page())).toContain('menu-button');
    // The graph keeps a usable height, and touch panning and zooming stay on.
    const box = await byTestId('graph').boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(300);
    const touch = await page().evaluate(() => {
      const cy = (
        globalThis as unknown as {
          __cy?: { userPanningEnabled(): boolean; userZoomingEnabled(): boolean };
        }
      ).__cy;
      return [cy?.userPanningEnabled(), cy?.userZoomingEnabled()];
    });
    expect(touch).toEqual([true, true]);
  }, 60_000);

  it('reaches the graph with Tab, walks linked nodes with the arrows and opens one with Enter', async () => {
    await page().setViewportSize(DESKTOP);
    await page().goto(at({ id: WG_FIREARMS, lang: 'en' }));
    await waitForGraph(page(), readyWith(WG_FIREARMS));
    await byTestId('search-input').focus();
    for (let i = 0; i < 30 && !(await focusedTestIds(page())).includes('graph'); i++)
      await page().keyboard.press('Tab');
    expect(await focusedTestIds(page())).toContain('graph');
    // The view's own entity is where the keyboard starts, and its name is announced.
    expect(await keyboardFocus()).toEqual([WG_FIREARMS]);
    await eventually(() => byTestId('graph-announcer').textContent()).toMatch(/Firearms/);
    await screenshot(page(), 'keyboard-focus');

    const neighbours = await neighboursOf(WG_FIREARMS);
    let moved: string | undefined;
    for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']) {
      await page().keyboard.press(key);
      const [now] = await keyboardFocus();
      if (now && now !== WG_FIREARMS) {
        moved = now;
        break;
      }
    }
    expect(moved, 'an arrow key moves to a linked node').toBeDefined();
    expect(neighbours).toContain(moved);
    expect(await byTestId('graph-announcer').textContent()).not.toBe('');

    await page().keyboard.press('Enter');
    await eventually(() => new URL(page().url()).searchParams.get('id')).toBe(moved);
    // Escape leaves the graph: no node keeps the keyboard's mark.
    await page().keyboard.press('Escape');
    expect(await keyboardFocus()).toEqual([]);
    expect(await focusedTestIds(page())).not.toContain('graph');
  }, 60_000);
});
