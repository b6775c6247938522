// Helpers for the browser tests: the real server (client/dist at `/`, the API at /graphql) over
// the test Neo4j, Debian's Chromium driven by playwright-core, and readers for the graph through
// `window.__cy`, the cytoscape instance the UI exposes as a debugging handle. The browser may
// only talk to the test server: every other request is aborted and recorded. Whatever the
// server's Content-Security-Policy blocks fails the test it happened in (failOnCspViolations).
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Core } from 'cytoscape';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterEach, expect, inject } from 'vitest';
import { z } from 'zod';
import { Database } from '../../server/src/db/executor.js';
import type { HttpOptions } from '../../server/src/http/app.js';
import { startServer } from '../../server/src/server.js';
import { CHROMIUM, CHROMIUM_ARGS } from '../support/chromium.js';

export { CHROMIUM };

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const SCREENSHOT_DIR = join(repoRoot, 'test-results', 'screenshots');

let chromiumChecked = false;

/** Runs scripts/ensure-chromium.sh once per process: installs Debian's chromium when missing (as root). */
export function ensureChromium(): void {
  if (chromiumChecked) return;
  execFileSync('bash', [join(repoRoot, 'scripts', 'ensure-chromium.sh')], { stdio: 'inherit' });
  chromiumChecked = true;
}

export interface RequestLog {
  /** Requests to any host other than the test server's: aborted. Must stay empty. */
  blocked: string[];
  /** Requests that went to the test server. */
  local: string[];
}

export interface Explorer {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  baseUrl: string;
  requests: RequestLog;
  /** `console.error` messages and uncaught page errors, as text. */
  consoleErrors: string[];
  /** The Content-Security-Policy violations among them (see CSP_WATCH). Must stay empty. */
  cspViolations: string[];
  close(): Promise<void>;
}

/**
 * An init script (it runs before the page's own) that logs each Content-Security-Policy
 * violation of the page as a console error. Chromium logs its own `Refused to …` line too, but
 * the event also carries what was blocked and where, and comes from the page itself. A worker's
 * own violations are not seen here; one that breaks the worker surfaces as its page error.
 */
export const CSP_WATCH = `
  window.addEventListener('securitypolicyviolation', (e) => {
    console.error('Content Security Policy violation: ' + e.effectiveDirective + ' blocked ' +
      (e.blockedURI || '(none)') + ' at ' + (e.sourceFile || e.documentURI) + ':' + e.lineNumber +
      (e.sample ? ' (' + e.sample + ')' : ''));
  }, true);
`;

/** A console message that reports a Content-Security-Policy violation (Chromium's or CSP_WATCH's). */
export const isCspViolation = (message: string): boolean =>
  /Content Security Policy/i.test(message);

/**
 * Fails each test during which the page broke the Content-Security-Policy (the page's
 * violations since the last test; those of a beforeAll count against the first test). Register
 * it at the top of each suite, with the suite's explorer.
 */
export function failOnCspViolations(explorer: () => { cspViolations: string[] } | undefined): void {
  afterEach(() => {
    const seen = explorer()?.cspViolations.splice(0) ?? [];
    expect(seen, 'the page broke the Content-Security-Policy').toEqual([]);
  });
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Starts the server over the test Neo4j and a Chromium page on it; `server` overrides the
 * server's settings (the ingest token, say).
 */
export async function openExplorer(server: Partial<HttpOptions> = {}): Promise<Explorer> {
  const db = new Database({ uri: inject('neo4jUri') });
  const cleanups: (() => Promise<void>)[] = [() => db.close()];
  const cspViolations: string[] = [];
  const close = async (): Promise<void> => {
    const errors: unknown[] = [];
    // Violations no test claimed (a suite without failOnCspViolations) still fail the file.
    if (cspViolations.length) {
      errors.push(new Error(`Content-Security-Policy violations:\n${cspViolations.join('\n')}`));
    }
    for (const cleanup of cleanups.reverse()) {
      try {
        await cleanup();
      } catch (err) {
        errors.push(err);
      }
    }
    cleanups.length = 0;
    if (errors.length) throw new AggregateError(errors, 'closing the explorer failed');
  };
  try {
    const running = await startServer(db, 0, '127.0.0.1', () => {}, server);
    cleanups.push(() => running.stop());
    // The server names itself `localhost`; the browser gets the address it really listens on.
    const { port } = running.httpServer.address() as AddressInfo;
    const baseUrl = `http://127.0.0.1:${port}`;

    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    cleanups.push(() => browser.close());
    const context = await browser.newContext({
      acceptDownloads: true,
      viewport: { width: 1280, height: 800 },
      locale: 'en-US',
    });
    cleanups.push(() => context.close());

    const requests: RequestLog = { blocked: [], local: [] };
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      const web = url.protocol === 'http:' || url.protocol === 'https:';
      if (web && !LOCAL_HOSTS.has(url.hostname)) {
        requests.blocked.push(url.href);
        await route.abort('blockedbyclient');
        return;
      }
      requests.local.push(url.href);
      await route.continue();
    });

    const consoleErrors: string[] = [];
    await context.addInitScript({ content: CSP_WATCH });
    const watch = (p: Page): void => {
      p.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        const where = msg.location();
        const text = `console.error: ${msg.text()}${where.url ? ` (${where.url}:${where.lineNumber})` : ''}`;
        consoleErrors.push(text);
        if (isCspViolation(text)) cspViolations.push(text);
      });
      p.on('pageerror', (err) => {
        consoleErrors.push(`pageerror: ${err.stack ?? err.message}`);
      });
    };
    context.on('page', watch);
    const page = await context.newPage();
    // Fail fast enough to stay inside Vitest's test timeout with a readable Playwright error.
    page.setDefaultTimeout(10_000);
    page.setDefaultNavigationTimeout(15_000);
    return { browser, context, page, baseUrl, requests, consoleErrors, cspViolations, close };
  } catch (err) {
    await close().catch(() => {});
    throw err;
  }
}

/** Writes test-results/screenshots/<name>.png (git-ignored) and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '_')}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

// ---- The graph, read through window.__cy ------------------------------------------------------

/** The little of the browser's DOM the page functions below use (the tests compile without lib.dom). */
interface DomElement {
  readonly parentElement: DomElement | null;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  closest(selector: string): DomElement | null;
}
interface ExplorerWindow {
  __cy?: Core;
  document: {
    readonly activeElement: DomElement | null;
    querySelector(selector: string): DomElement | null;
    getElementById(id: string): DomElement | null;
  };
}
// Only referenced inside functions that run in the page.
declare const window: ExplorerWindow;

export interface GraphSnapshot {
  /** window.__cy exists. */
  hasCy: boolean;
  /** The graph container says its last layout is done (`data-ready="true"`). */
  ready: boolean;
  /** `data-layout-ms` of the graph container, when set. */
  layoutMs: number | null;
  nodes: string[];
  edges: string[];
}

/** The graph as the page shows it now. Empty (hasCy false) while the page loads. */
export async function readGraph(page: Page): Promise<GraphSnapshot> {
  try {
    return await page.evaluate(() => {
      const container = window.document.querySelector('[data-testid="graph"]');
      const ms = container?.getAttribute('data-layout-ms') ?? null;
      const cy = window.__cy;
      return {
        hasCy: cy !== undefined,
        ready: container?.getAttribute('data-ready') === 'true',
        layoutMs: ms === null || ms === '' || Number.isNaN(Number(ms)) ? null : Number(ms),
        nodes: cy ? cy.nodes().map((n) => n.id()) : [],
        edges: cy ? cy.edges().map((e) => e.id()) : [],
      };
    });
  } catch (err) {
    // A navigation in progress destroys the execution context: nothing to read yet.
    if (err instanceof Error && /context was destroyed|navigat/i.test(err.message)) {
      return { hasCy: false, ready: false, layoutMs: null, nodes: [], edges: [] };
    }
    throw err;
  }
}

/** Ids of the nodes in window.__cy, sorted. */
export async function graphNodeIds(page: Page): Promise<string[]> {
  return (await readGraph(page)).nodes.sort();
}

export interface Position {
  x: number;
  y: number;
}

/** Model position of a node (independent of pan and zoom), or null when it is not in the graph. */
export async function nodePosition(page: Page, id: string): Promise<Position | null> {
  return page.evaluate((nodeId) => {
    const node = window.__cy?.getElementById(nodeId);
    if (!node || node.empty()) return null;
    const { x, y } = node.position();
    return { x, y };
  }, id);
}

/** Model positions of all nodes, by id. */
export async function nodePositions(page: Page): Promise<Record<string, Position>> {
  return page.evaluate(() => {
    const out: Record<string, Position> = {};
    window.__cy?.nodes().forEach((n) => {
      const { x, y } = n.position();
      out[n.id()] = { x, y };
    });
    return out;
  });
}

async function emitOn(page: Page, id: string, event: string): Promise<void> {
  await page.evaluate(
    ([elementId, eventName]) => {
      const cy = window.__cy;
      if (!cy) throw new Error('window.__cy is not set');
      const element = cy.getElementById(elementId);
      if (element.empty()) throw new Error(`no element "${elementId}" in the graph`);
      element.emit(eventName);
    },
    [id, event] as const,
  );
}

/** Taps an edge as a user would (cytoscape `tap` event on the element). */
export async function tapEdge(page: Page, edgeId: string): Promise<void> {
  await emitOn(page, edgeId, 'tap');
}

/** Where a node is drawn on the page, for real mouse clicks (not synthetic events). */
export async function nodeOnScreen(page: Page, nodeId: string): Promise<Position> {
  const rendered = await page.evaluate((id) => {
    const cy = (
      window as unknown as {
        __cy?: { getElementById(i: string): { renderedPosition(): Position } };
      }
    ).__cy;
    if (!cy) throw new Error('window.__cy is not set');
    return cy.getElementById(id).renderedPosition();
  }, nodeId);
  const box = await page.getByTestId('graph').boundingBox();
  if (!box) throw new Error('the graph is not on screen');
  return { x: box.x + rendered.x, y: box.y + rendered.y };
}

export async function doubleTapNode(page: Page, nodeId: string): Promise<void> {
  await emitOn(page, nodeId, 'dbltap');
}

/**
 * Polls the graph until `predicate` holds; returns the snapshot that satisfied it. On timeout
 * the error shows the last snapshot, so a failure says what the page had instead.
 */
export async function waitForGraph(
  page: Page,
  predicate: (graph: GraphSnapshot) => boolean,
  { timeout = 15_000, what = 'the graph' }: { timeout?: number; what?: string } = {},
): Promise<GraphSnapshot> {
  const deadline = Date.now() + timeout;
  let last = await readGraph(page);
  while (!predicate(last)) {
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${timeout} ms waiting for ${what}; last seen: ${JSON.stringify({
          ...last,
          nodes: last.nodes.slice(0, 60),
          edges: last.edges.length,
        })}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
    last = await readGraph(page);
  }
  return last;
}

/**
 * Shows another view in the open page, as the Back button would (a history entry and a
 * popstate): much faster than loading the page again, and a path readers take. The graph's
 * ready flag is cleared first, so a wait that follows sees the new view's, not the old one's.
 */
export async function showInPage(page: Page, search: string): Promise<void> {
  await page.evaluate((query) => {
    const w = window as unknown as {
      history: { pushState(data: null, unused: string, url: string): void };
      dispatchEvent(event: unknown): void;
      PopStateEvent: new (type: string) => unknown;
      document: {
        querySelectorAll(s: string): ArrayLike<{ setAttribute(n: string, v: string): void }>;
      };
    };
    Array.from(w.document.querySelectorAll('[data-testid="graph"]')).forEach((el) => {
      el.setAttribute('data-ready', 'false');
    });
    w.history.pushState(null, '', query);
    w.dispatchEvent(new w.PopStateEvent('popstate'));
  }, search);
}

/** Predicate: the layout is done and every id is a node. */
export function readyWith(...ids: string[]): (graph: GraphSnapshot) => boolean {
  return (g) => g.ready && ids.every((id) => g.nodes.includes(id));
}

// ---- Evidence and focus, read from the DOM ---------------------------------------------------

export interface EvidenceItem {
  quote: string;
  /** Text of the `evidence-paragraph` next to the quote ('' when there is none). */
  paragraph: string;
}

/**
 * Every `evidence-quote` inside the element with data-testid `scope`, each with the
 * `evidence-paragraph` nearest to it (the one in the smallest ancestor that has one).
 */
export async function evidenceItems(page: Page, scope: string): Promise<EvidenceItem[]> {
  return page.evaluate((scopeId) => {
    const root = window.document.querySelector(`[data-testid="${scopeId}"]`);
    if (!root) return [];
    const quotes = Array.from(root.querySelectorAll('[data-testid="evidence-quote"]'));
    return quotes.map((quote) => {
      let paragraph = '';
      for (let el = quote.parentElement; el; el = el.parentElement) {
        const p = el.querySelector('[data-testid="evidence-paragraph"]');
        if (p) {
          paragraph = p.textContent ?? '';
          break;
        }
        if (el === root) break;
      }
      return { quote: quote.textContent ?? '', paragraph };
    });
  }, scope);
}

/** A quote as the UI prints it may be wrapped in quotation marks. */
export function bareQuote(text: string): string {
  return text
    .trim()
    .replace(/^[«"“„‘']+/, '')
    .trim();
}

/** data-testid of the element with keyboard focus, or of its nearest ancestor that has one. */
export async function focusedTestIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ids: string[] = [];
    for (let el = window.document.activeElement; el; el = el.parentElement) {
      const id = el.getAttribute('data-testid');
      if (id) ids.push(id);
    }
    return ids;
  });
}

/**
 * data-id of the suggestion the keyboard is on: the combobox's aria-activedescendant, else the
 * option with aria-selected="true", else the option holding the focus; null when none is.
 */
export async function activeSuggestionId(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const doc = window.document;
    const option = '[data-testid="suggestion"]';
    const input = doc.querySelector('[data-testid="search-input"]');
    const activeId = input?.getAttribute('aria-activedescendant');
    const active =
      (activeId ? doc.getElementById(activeId)?.closest(option) : null) ??
      doc.querySelector(`${option}[aria-selected="true"]`) ??
      doc.activeElement?.closest(option) ??
      null;
    return active?.getAttribute('data-id') ?? null;
  });
}

// ---- The API, for test inputs --------------------------------------------------------------

const idsResponse = z.object({
  data: z.object({
    lineage: z.object({ nodes: z.array(z.object({ id: z.string(), kind: z.string() })) }),
    documents: z.object({
      edges: z.array(z.object({ node: z.object({ id: z.string(), kind: z.string() }) })),
    }),
  }),
});

/**
 * Every entity in the seed graph: all of the Convention's family (its lineage both ways) plus
 * every document (some documents hang off nothing upstream of the Convention).
 */
export async function seedEntities(baseUrl: string): Promise<{ id: string; kind: string }[]> {
  const query = `{
    lineage(id: "instrument/untoc", direction: BOTH, maxDepth: 20) { nodes { id kind } }
    documents(first: 100) { edges { node { id kind } } }
  }`;
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const { data } = idsResponse.parse(await res.json());
  const byId = new Map<string, { id: string; kind: string }>();
  for (const n of [...data.lineage.nodes, ...data.documents.edges.map((e) => e.node)]) {
    byId.set(n.id, n);
  }
  return [...byId.values()];
}
