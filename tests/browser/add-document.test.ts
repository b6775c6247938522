// Add document in Debian's Chromium, under the server's Content-Security-Policy: the link
// `npm start` prints (`…/#token=…`) unlocks this tab only. The token leaves the address bar at
// once and is kept in sessionStorage, never in localStorage (client/src/api/ingest-token.ts); a
// dry run of a PDF shows its statements and its text with the quotes marked. Dry runs only: the
// shared test Neo4j is read, never written (tests/integration/ingest-write.test.ts adds).
// The screenshot goes to test-results/screenshots/add-document-dry-run.png.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ensureChromium,
  failOnCspViolations,
  openExplorer,
  screenshot,
  type Explorer,
} from './support.js';

const TOKEN = 'browser-test-token-0123456789abcdef';
/** Where the page keeps it (client/src/api/ingest-token.ts). */
const KEY = 'mandate-lineage:ingest-token';

let x: Explorer;
const page = (): Page => x.page;

/** The little of the page's storage `stored` reads (the tests compile without lib.dom). */
interface StorageWindow {
  sessionStorage: { getItem(key: string): string | null };
  localStorage: {
    getItem(key: string): string | null;
    setItem(key: string, value: string): void;
  };
}
// Only referenced inside functions that run in the page.
declare const window: StorageWindow;

/** The token as this tab's sessionStorage and the browser's localStorage hold it. */
const stored = (p: Page): Promise<{ session: string | null; local: string | null }> =>
  p.evaluate(
    (key) => ({
      session: window.sessionStorage.getItem(key),
      local: window.localStorage.getItem(key),
    }),
    KEY,
  );

describe('Add document in Chromium', () => {
  failOnCspViolations(() => x);

  beforeAll(async () => {
    ensureChromium();
    x = await openExplorer({ ingestToken: TOKEN });
  }, 120_000);

  afterAll(async () => {
    await x.close();
  });

  beforeEach(({ task, onTestFailed }) => {
    onTestFailed(async () => {
      await screenshot(page(), `failed-add-document-${task.name.slice(0, 50)}`).catch(() => {});
    });
  });

  it('takes the token from the link into this tab’s session, out of the address bar', async () => {
    await page().goto(`${x.baseUrl}/?add=1&lang=en#token=${TOKEN}`);
    await page().getByTestId('add-file').waitFor();
    expect(page().url()).not.toContain('token');
    expect(await stored(page())).toEqual({ session: TOKEN, local: null });
    // The tab keeps it while it is open: a reload is still unlocked.
    await page().reload();
    await page().getByTestId('add-file').waitFor();
    expect(await page().getByTestId('add-locked').count()).toBe(0);
  });

  it('previews a PDF with the token: its statements and its text, quotes marked, nothing written', async () => {
    const sent = page().waitForRequest((r) => r.url().endsWith('/documents?dryRun=true'));
    await page().getByTestId('add-file').setInputFiles('tests/fixtures/formats/note-ru.pdf');
    expect(await (await sent).headerValue('authorization')).toBe(`Bearer ${TOKEN}`);
    await page().getByTestId('add-summary').waitFor({ timeout: 30_000 });
    expect(await page().getByTestId('add-summary').innerText()).toMatch(
      /^Preview of note-ru\.pdf: nothing is written yet\. 51 statements/,
    );
    expect(await page().getByTestId('add-quote').count()).toBeGreaterThan(20);
    await screenshot(page(), 'add-document-dry-run');
  }, 60_000);

  it('is locked in another tab, and drops a token an older page left in localStorage', async () => {
    const other = await x.context.newPage();
    try {
      await other.goto(`${x.baseUrl}/?add=1&lang=en`);
      await other.getByTestId('add-locked').waitFor();
      expect(await other.getByTestId('add-file').count()).toBe(0);
      // What the page kept before it used sessionStorage: removed at the next start, not used.
      await other.evaluate((key) => {
        window.localStorage.setItem(key, 'an-old-token-0123456789');
      }, KEY);
      await other.reload();
      await other.getByTestId('add-locked').waitFor();
      expect(await stored(other)).toEqual({ session: null, local: null });
    } finally {
      await other.close();
    }
  });

  it('sent nothing beyond 127.0.0.1 and logged no errors', () => {
    expect(x.requests.blocked).toEqual([]);
    expect(x.consoleErrors).toEqual([]);
  });
});
