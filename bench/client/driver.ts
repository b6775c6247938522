// Node side of the client benchmark: builds the page (Vite's JS API, bench/client/vite.config.ts),
// serves bench/.build/client on 127.0.0.1 with node:http, and opens it in Debian's Chromium through
// playwright-core with the browser tests' flags (tests/browser/support.ts). The browser may only
// talk to this server.
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import type { BenchApi, LayoutSample, PageInfo, PanSample } from './api.js';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/support/chromium.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = join(here, '..', '..');
export const BUILD_DIR = join(repoRoot, 'bench', '.build', 'client');

/**
 * The browser tests' flags, unchanged. WebGL needs nothing more: with --disable-gpu, headless
 * Chromium 156 still gives WebGL 2 through ANGLE on SwiftShader (Vulkan, on the CPU), which is
 * what the WebGL figure measures; the page records the renderer string.
 */
export { CHROMIUM_ARGS };

export async function buildPage(): Promise<void> {
  await build({ configFile: join(here, 'vite.config.ts'), logLevel: 'warn' });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export interface BenchPage {
  page: Page;
  info(): Promise<PageInfo>;
  layout(size: number, worker: boolean): Promise<LayoutSample>;
  pan(size: number, webgl: boolean, ms: number, labels?: boolean): Promise<PanSample>;
  close(): Promise<void>;
}

/** Runs `window.__bench[name](...args)` in the page (plain data in and out). */
async function call<K extends keyof BenchApi>(
  page: Page,
  name: K,
  args: Parameters<BenchApi[K]>,
): Promise<Awaited<ReturnType<BenchApi[K]>>> {
  const result: unknown = await page.evaluate(
    async ([n, a]) => {
      const api = (
        globalThis as unknown as { __bench?: Record<string, (...x: unknown[]) => unknown> }
      ).__bench;
      const fn = api?.[n];
      if (!fn) throw new Error(`window.__bench.${n} is missing`);
      return await fn(...a);
    },
    [name, args as unknown[]] as const,
  );
  return result as Awaited<ReturnType<BenchApi[K]>>;
}

/** Serves the built page and opens it; `close` stops both. */
export async function openBenchPage(): Promise<BenchPage> {
  execFileSync('bash', [join(repoRoot, 'scripts', 'ensure-chromium.sh')], { stdio: 'inherit' });
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = normalize(join(BUILD_DIR, path === '/' ? 'index.html' : path));
    if (!file.startsWith(BUILD_DIR)) {
      res.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
      },
      () => {
        res.writeHead(404).end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const stopServer = () =>
    new Promise<void>((resolve) => {
      server.close(() => {
        resolve();
      });
    });
  try {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.route('**/*', (route) =>
      new URL(route.request().url()).hostname === '127.0.0.1'
        ? route.continue()
        : route.abort('blockedbyclient'),
    );
    const page = await context.newPage();
    page.setDefaultTimeout(120_000);
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForSelector('body[data-ready="true"]');
    return {
      page,
      info: () => call(page, 'info', []),
      layout: (size, worker) => call(page, 'layout', [size, worker]),
      pan: (size, webgl, ms, labels = true) => call(page, 'pan', [size, webgl, ms, labels]),
      async close() {
        await browser.close();
        await stopServer();
      },
    };
  } catch (err) {
    await stopServer();
    throw err;
  }
}
