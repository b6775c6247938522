// GraphiQL at /graphiql in Debian's Chromium, on the real server over the test Neo4j: the page
// is bundled with the client (Monaco and its workers included), so with every request that
// does not go to 127.0.0.1 aborted it must still load, open the example tabs and run the first
// one. The page must log no errors, and break nothing of the server's Content-Security-Policy
// (which lets GraphiQL style its editor inline, and nothing more). The screenshot goes to
// test-results/screenshots/graphiql.png.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ensureChromium,
  failOnCspViolations,
  openExplorer,
  screenshot,
  type Explorer,
} from './support.js';

let x: Explorer;
const page = (): Page => x.page;
/** Vitest's expect.poll with a patience suited to a browser (its default is 1 s). */
const eventually = <T>(fn: () => T | Promise<T>) =>
  expect.poll(fn, { timeout: 15_000, interval: 100 });

/** The little of the DOM editorText reads (the tests compile without lib.dom). */
interface ViewLine {
  readonly textContent: string | null;
  readonly style: { readonly top: string };
}
// Only referenced inside functions that run in the page.
declare const window: {
  document: { querySelectorAll(selector: string): ArrayLike<ViewLine> };
};

/**
 * The text a Monaco editor shows: its rendered lines, top to bottom, with no-break spaces (how
 * Monaco draws spaces) as spaces. Monaco renders only the lines in view, and wraps long lines
 * anywhere (`5/` then `4`), indenting the continuation: compare with `squashed`.
 */
async function editorText(selector: string): Promise<string> {
  const lines = await page().evaluate(
    (sel) =>
      Array.from(window.document.querySelectorAll(`${sel} .view-lines .view-line`))
        .map((el) => ({ top: Number.parseFloat(el.style.top) || 0, text: el.textContent ?? '' }))
        .sort((a, b) => a.top - b.top)
        .map((l) => l.text),
    selector,
  );
  return lines.join('\n').replace(/\u00a0/g, ' ');
}

/** Text with all white space removed, so a line wrapped by Monaco still matches. */
const squashed = (text: string): string => text.replace(/\s+/g, '');

describe('GraphiQL in Chromium', () => {
  failOnCspViolations(() => x);
  beforeAll(async () => {
    ensureChromium();
    x = await openExplorer();
    // Tall enough that the start of the response (the summary) is rendered by Monaco.
    await page().setViewportSize({ width: 1400, height: 1400 });
  }, 120_000);

  afterAll(async () => {
    await x.close();
  });

  beforeEach(({ task, onTestFailed }) => {
    onTestFailed(async () => {
      await screenshot(page(), `failed-graphiql-${task.name.slice(0, 50)}`).catch(() => {});
    });
  });

  it('opens with the example queries as tabs, the first one in the editor', async () => {
    const res = await page().goto(`${x.baseUrl}/graphiql`);
    expect(res?.status()).toBe(200);
    const tabs = page().locator('.graphiql-tab');
    await eventually(() => tabs.count()).toBe(3);
    expect(await tabs.allTextContents()).toEqual([
      expect.stringContaining('WhyWorkingGroupOnFirearms'),
      expect.stringContaining('GovernedByResolution7_1'),
      expect.stringContaining('ReportsToTenthSession'),
    ]);
    await eventually(() => editorText('.graphiql-query-editor')).toContain(
      'whyExists(id: "body/wg-firearms")',
    );
  });

  it('runs the first example and shows the answer', async () => {
    await page().locator('.graphiql-tab').first().click();
    const answered = page().waitForResponse(
      (r) =>
        r.url().endsWith('/graphql') &&
        r.request().method() === 'POST' &&
        (r.request().postData() ?? '').includes('WhyWorkingGroupOnFirearms'),
    );
    await page().locator('.graphiql-execute-button').click();
    const response = await answered;
    expect(response.status()).toBe(200);
    const body = JSON.stringify(await response.json());
    expect(body).toContain('Working Group on Firearms');
    expect(body).not.toContain('"errors"');
    // The answer as the result pane shows it.
    await eventually(async () => squashed(await editorText('.graphiql-response'))).toContain(
      squashed('"summary":'),
    );
    const shown = squashed(await editorText('.graphiql-response'));
    expect(shown).toContain(squashed('Working Group on Firearms'));
    expect(shown).toContain(squashed('Resolution 5/4'));
    expect(shown).toContain(squashed('"summaryRu":'));
    await screenshot(page(), 'graphiql');
  });

  it('made no request beyond the server and logged no errors', () => {
    expect(x.requests.blocked).toEqual([]);
    // The page, its scripts, Monaco's workers and the API all came from the test server.
    expect(x.requests.local.some((u) => u.includes('/assets/') && u.includes('worker'))).toBe(true);
    expect(x.consoleErrors).toEqual([]);
  });
});
