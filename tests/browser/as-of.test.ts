// The "as of" view in a real browser, on the seed graph: a deep link shows the mandate system as
// it stood at a date (what did not exist yet is not drawn, bodies ringed by their status then,
// the why panel and the timeline of that date, a notice in words), restores the same view on
// reload, and the slider works from the keyboard. The details panel lists a body's history with
// its evidence and shows sources that disagree side by side. English and Russian; screenshots at
// 1440×900 and 390×844 go to test-results/screenshots/asof-*.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureReadability, readabilityProblems } from './readability.js';
import {
  ensureChromium,
  failOnCspViolations,
  openExplorer,
  readGraph,
  readyWith,
  screenshot,
  waitForGraph,
  type Explorer,
} from './support.js';

const TIP = 'body/wg-trafficking-in-persons';
const FIREARMS = 'body/wg-firearms';

let x: Explorer;
const page = (): Page => x.page;
const param = (name: string): string | null => new URL(page().url()).searchParams.get(name);
const eventually = <T>(fn: () => T | Promise<T>) =>
  expect.poll(fn, { timeout: 10_000, interval: 50 });
const url = (params: Record<string, string>): string =>
  `${x.baseUrl}/?${new URLSearchParams(params).toString()}`;

/** Each drawn node with its status ring, if any. */
async function rings(): Promise<Record<string, string>> {
  return page().evaluate(() => {
    const cy = (globalThis as unknown as { __cy: import('cytoscape').Core }).__cy;
    return Object.fromEntries(
      cy.nodes().map((n) => [n.id(), n.classes().find((c) => c.startsWith('status-')) ?? '']),
    );
  });
}

async function open(params: Record<string, string>, id: string): Promise<string[]> {
  await page().goto(url(params));
  const g = await waitForGraph(page(), readyWith(id), {
    what: `${id} as of ${params.asof ?? 'now'}`,
  });
  return g.nodes;
}

const text = (testId: string) => page().getByTestId(testId).innerText();
/** The page's width as laid out: wider than the screen means something overflows. */
const pageWidth = () =>
  page().evaluate(
    () =>
      (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document
        .documentElement.scrollWidth,
  );

beforeAll(async () => {
  ensureChromium();
  x = await openExplorer();
}, 60_000);

afterAll(async () => {
  await x.close();
});

describe('the explorer as of a date', () => {
  failOnCspViolations(() => x);
  it('a deep link shows the graph as it stood then: 7/1 not yet adopted, the group interim', async () => {
    await page().setViewportSize({ width: 1440, height: 900 });
    const now = await open({ id: TIP, lang: 'en' }, TIP);
    expect(now).toContain('resolution/7/1');
    expect((await rings())[TIP]).toBe(''); // no status is asked of today's view

    const then = await open({ id: TIP, lang: 'en', asof: '2012-01-01' }, TIP);
    expect(then).not.toContain('resolution/7/1');
    expect(then).toContain('decision/4/4');
    expect((await rings())[TIP]).toBe('status-interim');
    expect(await text('asof-notice')).toContain('1 January 2012');
    expect(await page().getByTestId('asof-value').innerText()).toBe('1 January 2012');
    // The why panel explains the group as of that date: decision 4/4, not yet resolution 7/1.
    const why = await text('why-panel');
    expect(why).toContain('4/4');
    expect(why).not.toContain('7/1');
    // The details: status on that date, and the whole history with its evidence, the later
    // change marked as later.
    await eventually(() => page().getByTestId('status').getAttribute('data-status')).toBe(
      'INTERIM',
    );
    const history = page().getByTestId('history').locator('li');
    await eventually(() => history.count()).toBe(2);
    expect(await history.nth(0).getAttribute('data-status')).toBe('INTERIM');
    expect(await history.nth(0).getAttribute('class')).not.toBe('later');
    expect(await history.nth(1).getAttribute('data-status')).toBe('CONSTANT_ELEMENT');
    expect(await history.nth(1).getAttribute('class')).toBe('later');
    for (const i of [0, 1]) {
      expect((await history.nth(i).locator('blockquote').innerText()).length).toBeGreaterThan(40);
    }
    const problems = readabilityProblems(await measureReadability(page()));
    expect(problems).toEqual([]);
    await screenshot(page(), 'asof-graph-en-1440');
  });

  it('restores the same view from the same link', async () => {
    const link = url({ id: TIP, lang: 'en', asof: '2012', dir: 'BOTH', depth: '2' });
    const first = await open({ id: TIP, lang: 'en', asof: '2012', dir: 'BOTH', depth: '2' }, TIP);
    const firstRings = await rings();
    await page().goto(link);
    const again = await waitForGraph(page(), readyWith(TIP));
    expect([...again.nodes].sort()).toEqual([...first].sort());
    expect(await rings()).toEqual(firstRings);
    expect(param('asof')).toBe('2012');
    expect(await page().getByTestId('asof-slider').inputValue()).toBe('2012');
  });

  it('moves through the years from the keyboard, and back to now', async () => {
    await open({ id: FIREARMS, lang: 'en', asof: '2012' }, FIREARMS);
    const slider = page().getByTestId('asof-slider');
    await slider.focus();
    await page().keyboard.press('ArrowRight');
    await page().keyboard.press('ArrowRight');
    await eventually(() => param('asof')).toBe('2014');
    const g = await waitForGraph(page(), (s) => s.ready && s.nodes.includes('resolution/7/1'), {
      what: 'resolution 7/1 as of 2014',
    });
    expect(g.nodes).toContain(FIREARMS);
    await eventually(async () => (await rings())[FIREARMS]).toBe('status-constant');
    // Home: the first year, before the Conference's first session.
    await page().keyboard.press('Home');
    await eventually(() => param('asof')).toBe('2000');
    await eventually(async () => (await readGraph(page())).nodes).toEqual([FIREARMS]);
    // End: now; the date leaves the URL and the notice goes.
    await page().keyboard.press('End');
    await eventually(() => param('asof')).toBeNull();
    await expect(page().getByTestId('asof-notice').count()).resolves.toBe(0);
    await waitForGraph(page(), readyWith(FIREARMS, 'resolution/7/1'));
  });

  it('shows the timeline as it stood then', async () => {
    const nodes = await open({ id: TIP, lang: 'en', asof: '2012', mode: 'timeline' }, TIP);
    expect(nodes).not.toContain('resolution/7/1');
    await screenshot(page(), 'asof-timeline-en-1440');
  });

  it('shows sources that disagree side by side, each with its source', async () => {
    await open({ id: 'session/2', lang: 'en' }, 'session/2');
    const claims = page().getByTestId('conflicts').getByTestId('claim');
    await eventually(() => claims.count()).toBe(2);
    const [shown, other] = [await claims.nth(0).innerText(), await claims.nth(1).innerText()];
    expect(await claims.nth(0).getAttribute('data-held')).toBe('true');
    expect(shown).toContain('2005');
    expect(shown).toContain('CTOC/COP/2008/14');
    expect(other).toContain('2006');
    expect(other).toContain('UNODC');
    // Side by side on a desktop: the two values start at the same height.
    const [a, b] = [await claims.nth(0).boundingBox(), await claims.nth(1).boundingBox()];
    expect(a?.y).toBe(b?.y);
    await screenshot(page(), 'asof-conflicts-en-1440');
  });

  it('reads in Russian, and fits a phone', async () => {
    for (const [w, h] of [
      [1440, 900],
      [390, 844],
    ] as const) {
      await page().setViewportSize({ width: w, height: h });
      await open({ id: TIP, lang: 'ru', asof: '2012' }, TIP);
      expect(await text('asof-notice')).toContain('По состоянию на конец 2012 г.');
      await eventually(() => page().getByTestId('status').innerText()).toBe('временный орган');
      expect(await page().getByTestId('history').innerText()).toContain(
        'постоянный элемент Конференции',
      );
      // Nothing wider than the screen.
      expect(await pageWidth()).toBeLessThanOrEqual(w);
      await screenshot(page(), `asof-graph-ru-${w}`);
      await open({ id: 'session/2', lang: 'ru' }, 'session/2');
      await eventually(() => page().getByTestId('claim').count()).toBe(2);
      expect(await page().getByTestId('conflicts').innerText()).toContain('ЮНОДК');
      // Side by side on a desktop, one above the other on a phone.
      const claims = page().getByTestId('claim');
      const [a, b] = [await claims.nth(0).boundingBox(), await claims.nth(1).boundingBox()];
      if (w === 390) expect(a?.x).toBe(b?.x);
      else expect(a?.y).toBe(b?.y);
      await screenshot(page(), `asof-conflicts-ru-${w}`);
    }
    await page().setViewportSize({ width: 390, height: 844 });
    await open({ id: TIP, lang: 'en', asof: '2012' }, TIP);
    expect(await pageWidth()).toBeLessThanOrEqual(390);
    await screenshot(page(), 'asof-graph-en-390');
    await open({ id: 'session/2', lang: 'en' }, 'session/2');
    await eventually(() => page().getByTestId('claim').count()).toBe(2);
    await screenshot(page(), 'asof-conflicts-en-390');
  }, 90_000);
});
