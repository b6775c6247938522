// Figure 7, the client in headless Chromium: how long the explorer takes to lay out and first
// paint lineages of 100 to 5,000 nodes (ELK in its Web Worker, against ELK on the main thread in
// the same run), the longest main-thread task meanwhile, the largest lineage laid out within 1 s
// (INITIAL_VIEW_CAP in client/src/graph/cap.ts comes from it), and the frames per second while
// panning 5,000 nodes with cytoscape's WebGL renderer against its canvas renderer.
import type { LayoutSample, PanSample } from '../client/api.js';
import { buildPage, CHROMIUM_ARGS, openBenchPage, type BenchPage } from '../client/driver.js';
import { round, type Figure } from '../figure.js';

interface Plan {
  /** Sizes laid out with ELK in the worker (the explorer). */
  ladder: number[];
  /** Sizes also laid out with ELK on the main thread: the baseline. */
  baseline: number[];
  reps: (size: number) => number;
  panRounds: number;
  panMs: number;
  /** Also pan without labels, to show what the labels cost each renderer. */
  diagnostics: boolean;
}
// Quick: a smoke run of under a minute; 2,000 and 5,000 nodes take ELK seconds to tens of
// seconds each, so they are left to the full run. Both are alternated worker / main thread, so noise falls on both alike.
const QUICK: Plan = {
  ladder: [100, 250, 500, 1000],
  baseline: [100, 1000],
  reps: () => 2,
  panRounds: 1,
  panMs: 1500,
  diagnostics: false,
};
const FULL: Plan = {
  ladder: [100, 250, 500, 1000, 2000, 5000],
  baseline: [100, 1000, 5000],
  reps: (size) => (size > 1000 ? 3 : 5),
  panRounds: 2,
  panMs: 3000,
  diagnostics: true,
};
const HEADLINE_SIZE = 1000;
const PAN_SIZE = 5000;
const TASK_BUDGET_MS = 50;
const VIEW_BUDGET_MS = 1000;

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length === 0
    ? Number.NaN
    : s.length % 2
      ? (s[mid] ?? 0)
      : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

/** Medians of every timing over the repetitions, and the worst long task seen. */
function summarise(samples: readonly LayoutSample[]) {
  const m = (k: keyof LayoutSample) => round(median(samples.map((s) => Number(s[k]))), 1);
  return {
    layoutMs: m('layoutMs'),
    paintMs: m('paintMs'),
    phasesMs: {
      map: m('mapMs'),
      add: m('addMs'),
      prepare: m('prepareMs'),
      compute: m('computeMs'),
      apply: m('applyMs'),
    },
    longestTaskMs: round(Math.max(...samples.map((s) => s.longestTaskMs)), 1),
    longestTaskMedianMs: m('longestTaskMs'),
    paintTaskMs: round(Math.max(...samples.map((s) => s.paintTaskMs)), 1),
    maxFrameGapMs: round(Math.max(...samples.map((s) => s.maxFrameGapMs)), 1),
    edges: samples[0]?.edges ?? 0,
    runs: samples.length,
  };
}
type Summary = ReturnType<typeof summarise>;

async function measureLayouts(b: BenchPage, plan: Plan, log: (m: string) => void) {
  // Warm-up: the worker starts and both engines load ELK before anything is timed.
  await b.layout(100, true);
  await b.layout(100, false);
  const worker = new Map<number, Summary>();
  const main = new Map<number, Summary>();
  for (const size of plan.ladder) {
    const withWorker: LayoutSample[] = [];
    const onMain: LayoutSample[] = [];
    // Alternated, so noise from the shared machine falls on both alike.
    for (let i = 0; i < plan.reps(size); i++) {
      withWorker.push(await b.layout(size, true));
      if (plan.baseline.includes(size)) onMain.push(await b.layout(size, false));
    }
    const w = summarise(withWorker);
    worker.set(size, w);
    let line = `client: ${size} nodes, worker: layout ${w.layoutMs} ms, painted ${w.paintMs} ms, longest task ${w.longestTaskMs} ms`;
    if (onMain.length) {
      const s = summarise(onMain);
      main.set(size, s);
      line += `; main thread: painted ${s.paintMs} ms, longest task ${s.longestTaskMs} ms`;
    }
    log(line);
  }
  return { worker, main };
}

async function measurePanning(b: BenchPage, plan: Plan, log: (m: string) => void) {
  const runs: Record<'canvas' | 'webgl' | 'canvasNoLabels' | 'webglNoLabels', PanSample[]> = {
    canvas: [],
    webgl: [],
    canvasNoLabels: [],
    webglNoLabels: [],
  };
  for (let i = 0; i < plan.panRounds; i++) {
    runs.canvas.push(await b.pan(PAN_SIZE, false, plan.panMs));
    runs.webgl.push(await b.pan(PAN_SIZE, true, plan.panMs));
    if (plan.diagnostics) {
      runs.canvasNoLabels.push(await b.pan(PAN_SIZE, false, plan.panMs, false));
      runs.webglNoLabels.push(await b.pan(PAN_SIZE, true, plan.panMs, false));
    }
  }
  const fps = (xs: PanSample[]) => (xs.length ? round(median(xs.map((s) => s.fps)), 1) : null);
  const summary = {
    canvas: fps(runs.canvas) ?? 0,
    webgl: fps(runs.webgl) ?? 0,
    noLabels: plan.diagnostics
      ? { canvas: fps(runs.canvasNoLabels), webgl: fps(runs.webglNoLabels) }
      : undefined,
    rafFps: {
      canvas: round(median(runs.canvas.map((s) => s.rafFps)), 1),
      webgl: round(median(runs.webgl.map((s) => s.rafFps)), 1),
    },
    webglActive: runs.webgl.every((s) => s.webglActive),
    zoom: runs.canvas[0]?.zoom,
    rounds: plan.panRounds,
    panMs: plan.panMs,
  };
  log(
    `client: panning ${PAN_SIZE} nodes: canvas ${summary.canvas} fps, WebGL ${summary.webgl} fps`,
  );
  return summary;
}
type PanSummary = Awaited<ReturnType<typeof measurePanning>>;

const bySize = (m: Map<number, Summary>) =>
  Object.fromEntries([...m].map(([k, v]) => [String(k), v]));

function layoutFigure(
  plan: Plan,
  worker: Map<number, Summary>,
  main: Map<number, Summary>,
  environment: Record<string, unknown>,
): Figure {
  const within = plan.ladder.filter((s) => (worker.get(s)?.paintMs ?? Infinity) <= VIEW_BUDGET_MS);
  const headline = worker.get(HEADLINE_SIZE);
  const headlineMain = main.get(HEADLINE_SIZE);
  const worstTask = Math.max(...[...worker.values()].map((s) => s.longestTaskMs));
  return {
    id: 'client_layout',
    name: `Client: lay out and first paint ${HEADLINE_SIZE.toLocaleString('en')} nodes, ELK in a Web Worker`,
    value: headline?.paintMs ?? Number.NaN,
    unit: 'ms',
    baseline: headlineMain?.paintMs ?? null,
    ratio: headline && headlineMain ? round(headline.paintMs / headlineMain.paintMs, 2) : null,
    goal: `no main-thread task over ${TASK_BUDGET_MS} ms during layout (worker), at every size`,
    met: worstTask <= TASK_BUDGET_MS,
    details: {
      baseline: 'the same lineage laid out by ELK on the main thread, in the same run',
      window:
        'longestTaskMs: Long Tasks API, from handing the subgraph over until the nodes are placed; ' +
        'paintTaskMs: the first frame drawn after that; maxFrameGapMs: rAF cross-check',
      worker: bySize(worker),
      mainThread: bySize(main),
      longestTaskWithWorkerMs: worstTask,
      sizesOverTaskBudget: [...worker]
        .filter(([, v]) => v.longestTaskMs > TASK_BUDGET_MS)
        .map(([k]) => k),
      largestWithin1s: within.length ? Math.max(...within) : 0,
      largestWithin1sOf: plan.ladder,
      ...environment,
    },
  };
}

function panFigure(pan: PanSummary, environment: Record<string, unknown>): Figure {
  const ratio = pan.canvas > 0 ? round(pan.webgl / pan.canvas, 2) : null;
  return {
    id: 'webgl_vs_canvas',
    name: `Client: fps panning ${PAN_SIZE.toLocaleString('en')} nodes, cytoscape WebGL vs canvas`,
    value: pan.webgl,
    unit: 'fps',
    baseline: pan.canvas,
    ratio,
    goal: `WebGL ≥ 3× canvas fps at ${PAN_SIZE.toLocaleString('en')} nodes`,
    met: pan.webglActive && ratio !== null && ratio >= 3,
    details: {
      ...pan,
      method:
        "explorer's style and view options, preset layered positions (no layout timed), view " +
        'fitted, panned every animation frame after a 0.5 s warm-up; fps = frames cytoscape drew',
      ...environment,
    },
  };
}

export async function measureClient(opts: {
  quick: boolean;
  log?: (m: string) => void;
}): Promise<Figure[]> {
  const log = opts.log ?? (() => {});
  const plan = opts.quick ? QUICK : FULL;
  log(`client: building bench/client (${opts.quick ? 'quick' : 'full'} run)`);
  await buildPage();
  const b = await openBenchPage();
  try {
    const info = await b.info();
    log(`client: WebGL 2 renderer: ${info.webgl2 ?? 'none'}`);
    const environment = {
      chromiumArgs: CHROMIUM_ARGS,
      webgl2: info.webgl2,
      userAgent: info.userAgent,
      quick: opts.quick,
    };
    const { worker, main } = await measureLayouts(b, plan, log);
    const pan = await measurePanning(b, plan, log);
    return [layoutFigure(plan, worker, main, environment), panFigure(pan, environment)];
  } finally {
    await b.close();
  }
}
