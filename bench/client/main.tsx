// The client benchmark page (figure 7): the explorer's own modules (toElements, the stylesheet
// and view options, ELK's layered layout through fullLayout) on synthetic lineages, driven by
// bench/figures/client.ts through `window.__bench`. Built by bench/client/vite.config.ts into
// bench/.build/client; nothing here ships in client/dist.
import cytoscape from 'cytoscape';
import type { Core, ElementDefinition, Position } from 'cytoscape';
import ELK from 'elkjs/lib/elk.bundled.js';
import type { LayoutTimings } from '../../client/src/graph/elk-worker-layout';
import { workerEngine, type LayoutEngine } from '../../client/src/graph/layout-engine';
import { fullLayout } from '../../client/src/graph/layout';
import { reconcile, reveal } from '../../client/src/graph/reconcile';
import { stylesheet, viewOptions } from '../../client/src/graph/style';
import type { Subgraph } from '../../client/src/graph/subgraph';
import { SYNTHETIC_FOCUS, syntheticLineage } from '../../client/src/graph/synthetic-lineage';
import { toElements } from '../../client/src/graph/to-elements';
import { KINDS, RELATIONS } from '../../client/src/state/view-state';
import type { BenchApi, LayoutSample, PageInfo, PanSample } from './api';
import { nextFrame, watchMainThread } from './monitor';

declare global {
  interface Window {
    __bench?: BenchApi;
  }
}

/** What cytoscape's renderer counts (not in its typings). */
interface RendererStats {
  redrawCount?: number;
  webgl?: boolean;
}
const stats = (cy: Core): RendererStats =>
  (cy as unknown as { renderer(): RendererStats }).renderer();

const elk = new ELK();
// ELK on the main thread (the baseline); it reads the reading order from the graph's children.
const mainThread: LayoutEngine = { layout: (graph) => elk.layout(graph) };
const graphs = new Map<number, Subgraph>();
const lineage = (size: number): Subgraph => {
  const g = graphs.get(size) ?? syntheticLineage(size);
  graphs.set(size, g);
  return g;
};
const elementsOf = (graph: Subgraph): ElementDefinition[] =>
  toElements(graph, {
    lang: 'en',
    kinds: [...KINDS],
    rels: [...RELATIONS],
    focus: SYNTHETIC_FOCUS,
  });

/** A new cytoscape instance as the explorer makes it; `labels: false` only for the diagnostic. */
function freshView(webgl: boolean, labels = true): Core {
  const stage = document.getElementById('stage');
  if (!stage) throw new Error('no #stage');
  stage.replaceChildren();
  const host = document.createElement('div');
  host.style.cssText = 'width:100%;height:100%';
  stage.append(host);
  const options = viewOptions(host, webgl);
  if (!labels) {
    options.style = [...stylesheet(), { selector: 'node, edge', style: { label: '' } }];
  }
  return cytoscape(options);
}

/** Resolves once cytoscape has drawn a new frame and the browser has painted it. */
async function drawnAndPainted(cy: Core): Promise<void> {
  const before = stats(cy).redrawCount ?? 0;
  while ((stats(cy).redrawCount ?? 0) === before) await nextFrame();
  // A message posted from the frame's callbacks is handled after that frame is painted.
  await new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      resolve();
    };
    channel.port2.postMessage(0);
  });
}

async function layout(size: number, worker: boolean): Promise<LayoutSample> {
  const graph = lineage(size);
  const cy = freshView(false);
  await nextFrame();
  await nextFrame();
  const watch = watchMainThread();
  let timings: LayoutTimings = { prepareMs: 0, computeMs: 0, applyMs: 0 };
  const t0 = performance.now();
  const elements = elementsOf(graph);
  const tMap = performance.now();
  await reconcile(cy, elements);
  const tAdd = performance.now();
  await fullLayout(cy, undefined, {
    // ELK either way (the explorer lays out views up to 150 entities with dagre instead).
    engine: worker ? workerEngine() : mainThread,
    onTimings: (t) => {
      timings = t;
    },
  });
  reveal(cy);
  const t1 = performance.now();
  await drawnAndPainted(cy);
  const t2 = performance.now();
  const record = await watch.stop();
  const edges = cy.edges().length;
  cy.destroy();
  return {
    size,
    worker,
    edges,
    mapMs: tMap - t0,
    addMs: tAdd - tMap,
    ...timings,
    layoutMs: t1 - t0,
    paintMs: t2 - t0,
    ...record.between(t0, t1),
    paintTaskMs: record.between(t1, t2).longestTaskMs,
  };
}

/**
 * Preset positions for the panning test, so no layout is timed there: a column per kind in
 * genealogy order, nodes stacked with ELK's spacing and each column centred, which is about
 * the shape (and the density on screen) ELK's layered layout gives these lineages.
 */
function layeredPositions(graph: Subgraph): Map<string, Position> {
  const columns = new Map<string, string[]>();
  for (const n of graph.nodes) columns.set(n.kind, [...(columns.get(n.kind) ?? []), n.id]);
  const out = new Map<string, Position>();
  KINDS.forEach((kind, layer) => {
    const ids = columns.get(kind) ?? [];
    ids.forEach((id, i) => out.set(id, { x: layer * 240, y: (i - ids.length / 2) * 70 }));
  });
  return out;
}

async function pan(size: number, webgl: boolean, ms: number, labels = true): Promise<PanSample> {
  const positions = layeredPositions(lineage(size));
  const cy = freshView(webgl, labels);
  cy.add(
    elementsOf(lineage(size)).map((e) => ({ ...e, position: positions.get(String(e.data.id)) })),
  );
  cy.fit(undefined, 30);
  await drawnAndPainted(cy);
  const run = async (duration: number) => {
    const r0 = stats(cy).redrawCount ?? 0;
    const start = performance.now();
    let frames = 0;
    let now = start;
    while (now - start < duration) {
      // Back and forth, so the same part of the graph stays in view.
      cy.panBy({ x: frames % 120 < 60 ? 6 : -6, y: frames % 120 < 60 ? 2 : -2 });
      now = await nextFrame();
      frames++;
    }
    const secs = (now - start) / 1000;
    return { fps: ((stats(cy).redrawCount ?? 0) - r0) / secs, rafFps: frames / secs, secs };
  };
  await run(500); // warm-up: caches and texture atlases
  const { fps, rafFps, secs } = await run(ms);
  const sample = {
    size,
    webgl,
    labels,
    webglActive: stats(cy).webgl === true,
    ms: secs * 1000,
    fps,
    rafFps,
    zoom: cy.zoom(),
  };
  cy.destroy();
  return sample;
}

function info(): PageInfo {
  const gl = document.createElement('canvas').getContext('webgl2');
  const debug = gl?.getExtension('WEBGL_debug_renderer_info');
  const name: unknown = gl && debug ? gl.getParameter(debug.UNMASKED_RENDERER_WEBGL) : null;
  return {
    webgl2: gl ? (typeof name === 'string' ? name : 'webgl2') : null,
    userAgent: navigator.userAgent,
  };
}

window.__bench = { info, layout, pan };
document.body.dataset.ready = 'true';
