// Figure explorer_settle: from opening a deep link to the final, settled picture, for every
// entity of the seed graph, on the API server as `npm start` runs it (its own process, production
// mode) over a real Neo4j, in Debian's Chromium at 1440×900. "Settled" is the explorer's own ready signal (`data-ready`, set after the frame that
// shows the final layout), read as `data-settled-at`: ms since the navigation started. Next to
// it, in the same page loads, the baseline: DOMContentLoaded (the page itself, before any data or
// layout), so a busy machine shows up in both.
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { ensureSeed } from '../../server/src/seed/load.js';
import { repoPath } from '../../server/src/paths.js';
import { CHROMIUM, CHROMIUM_ARGS } from '../../tests/support/chromium.js';
import { percentile, round, type Figure } from '../figure.js';
import { startInstance } from '../support/instance.js';
import { spawnServer, type ServerProcess } from '../support/server-process.js';

const GOAL = { p50: 600, max: 1500 };
const VIEWPORT = { width: 1440, height: 900 };

interface Sample {
  id: string;
  settledMs: number;
  domReadyMs: number;
}

async function seedIds(baseUrl: string): Promise<string[]> {
  const query = `{
    lineage(id: "instrument/untoc", direction: BOTH, maxDepth: 20) { nodes { id } }
    documents(first: 100) { edges { node { id } } }
  }`;
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as {
    data: {
      lineage: { nodes: { id: string }[] };
      documents: { edges: { node: { id: string } }[] };
    };
  };
  return [
    ...new Set([
      ...body.data.lineage.nodes.map((n) => n.id),
      ...body.data.documents.edges.map((e) => e.node.id),
    ]),
  ];
}

export async function measureExplorerSettle(opts: {
  quick: boolean;
  log: (m: string) => void;
}): Promise<Figure> {
  opts.log('explorer_settle: building the client, seeding its own Neo4j');
  execFileSync('npm', ['run', 'build:client', '--silent'], { cwd: repoPath('.'), stdio: 'ignore' });
  execFileSync('bash', [repoPath('scripts/ensure-chromium.sh')], { stdio: 'inherit' });
  const neo4j = await startInstance('seed', { heap: '512m', pageCache: '128m', fresh: true });
  try {
    await ensureSeed(neo4j.db, () => {});
    return await measure(await spawnServer(neo4j.uri), opts.quick);
  } finally {
    await neo4j.stop();
  }
}

async function measure(server: ServerProcess, quick: boolean): Promise<Figure> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const baseUrl = server.url.replace('localhost', '127.0.0.1');
    const ids = await seedIds(baseUrl);
    const page = await browser.newPage({ viewport: VIEWPORT });
    const rounds = quick ? 1 : 3;
    const samples: Sample[] = [];
    // The first round warms the server (and Chromium's code cache) like any second visitor.
    for (let round = 0; round <= rounds; round++) {
      for (const id of ids) {
        const url = `${baseUrl}/?${new URLSearchParams({ id, lang: 'en' }).toString()}`;
        await page.goto(url, { waitUntil: 'commit' });
        // Page-side code as text: this file is compiled for Node, without the DOM's types.
        await page.waitForFunction(
          `document.querySelector('[data-testid="graph"]')?.dataset.ready === 'true' &&
           window.__cy?.getElementById(${JSON.stringify(id)}).length > 0`,
          undefined,
          { timeout: 60_000, polling: 20 },
        );
        const timing = await page.evaluate<{ settledMs: number; domReadyMs: number }>(`({
          settledMs: Number(document.querySelector('[data-testid="graph"]').dataset.settledAt),
          domReadyMs: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd,
        })`);
        if (round > 0) samples.push({ id, ...timing });
      }
    }
    const settled = samples.map((s) => s.settledMs);
    const domReady = samples.map((s) => s.domReadyMs);
    const p50 = percentile(settled, 50);
    const max = Math.max(...settled);
    const slowest = [...samples].sort((a, b) => b.settledMs - a.settledMs).slice(0, 5);
    return {
      id: 'explorer_settle',
      name: 'Explorer: deep link → settled graph, every seed view (p50)',
      value: round(p50, 0),
      unit: 'ms',
      baseline: round(percentile(domReady, 50), 0),
      ratio: round(p50 / percentile(domReady, 50)),
      goal: `p50 ≤ ${String(GOAL.p50)} ms and max ≤ ${String(GOAL.max)} ms`,
      met: p50 <= GOAL.p50 && max <= GOAL.max,
      details: {
        views: ids.length,
        rounds,
        p50Ms: round(p50, 0),
        p90Ms: round(percentile(settled, 90), 0),
        maxMs: round(max, 0),
        domContentLoadedP50Ms: round(percentile(domReady, 50), 0),
        slowest: slowest.map((s) => `${s.id} ${String(Math.round(s.settledMs))} ms`),
      },
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}
