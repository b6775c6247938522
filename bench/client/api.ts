// What the benchmark page (main.tsx) offers as `window.__bench`, shared with the Node side
// (driver.ts): plain data only, so it compiles in both the page's and Node's programs.

export interface LayoutSample {
  size: number;
  worker: boolean;
  edges: number;
  /** toElements: the API's subgraph to cytoscape elements. */
  mapMs: number;
  /** cy.add of the elements. */
  addMs: number;
  /** Main thread: measuring the nodes and building ELK's graph. */
  prepareMs: number;
  /** ELK: in the worker (plus messaging), or on the main thread. */
  computeMs: number;
  /** Main thread: moving the nodes and fitting the view. */
  applyMs: number;
  /** From handing the subgraph to the graph until the nodes are placed. */
  layoutMs: number;
  /** … until the first frame drawn after that has been painted. */
  paintMs: number;
  /** Longest task the Long Tasks API reported from hand-over until placed (0: none over 50 ms). */
  longestTaskMs: number;
  longTasks: number;
  /** Longest gap between animation frames in that window (~16.7 ms when nothing blocks). */
  maxFrameGapMs: number;
  /** Longest task from placed until painted: the first frame drawn (0: under 50 ms). */
  paintTaskMs: number;
}

export interface PanSample {
  size: number;
  webgl: boolean;
  /** False for the diagnostic without any labels (the explorer always has them). */
  labels: boolean;
  /** The renderer really drew with WebGL (cytoscape falls back to canvas without a context). */
  webglActive: boolean;
  ms: number;
  /** Frames cytoscape drew per second while the view was panned. */
  fps: number;
  /** Animation frames the page got per second (cross-check: cytoscape draws in them). */
  rafFps: number;
  zoom: number;
}

export interface PageInfo {
  /** WebGL 2's unmasked renderer string, or null without WebGL 2. */
  webgl2: string | null;
  userAgent: string;
}

export interface BenchApi {
  info(): PageInfo;
  layout(size: number, worker: boolean): Promise<LayoutSample>;
  pan(size: number, webgl: boolean, ms: number, labels?: boolean): Promise<PanSample>;
}
