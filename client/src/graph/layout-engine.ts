// Where ELK runs: in one Web Worker (elk-layout.worker.ts) for the explorer; the benchmark
// (bench/client) passes ELK on the main thread instead, as its baseline.
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { LayoutReply, LayoutRequest } from './elk-layout.worker';
import LayoutWorker from './elk-layout.worker?worker';

/** What computes a layout: ELK in a worker here; the benchmark passes ELK on the main thread. */
export interface LayoutEngine {
  layout(graph: ElkNode): Promise<ElkNode>;
}

/** One worker for every layout, replies matched to requests by sequence number. */
class WorkerEngine implements LayoutEngine {
  private readonly worker = new LayoutWorker({ name: 'elk-layout' });
  private readonly pending = new Map<
    number,
    { graph: ElkNode; resolve: (n: ElkNode) => void; reject: (e: Error) => void }
  >();
  private seq = 0;

  constructor() {
    this.worker.onmessage = ({ data }: MessageEvent<LayoutReply>) => {
      const request = this.pending.get(data.seq);
      if (!request) return;
      this.pending.delete(data.seq);
      if ('error' in data) {
        request.reject(new Error(`layout failed: ${data.error}`));
        return;
      }
      const children = (request.graph.children ?? []).map((c, i) => ({
        ...c,
        x: data.xy[2 * i],
        y: data.xy[2 * i + 1],
      }));
      request.resolve({ ...request.graph, children });
    };
    this.worker.onerror = (event) => {
      for (const request of this.pending.values()) request.reject(new Error(event.message));
      this.pending.clear();
    };
  }

  layout(graph: ElkNode): Promise<ElkNode> {
    const seq = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { graph, resolve, reject });
      const request: LayoutRequest = { seq, graph };
      this.worker.postMessage(request);
    });
  }
}

let shared: WorkerEngine | null = null;
/** The explorer's engine: ELK in one Web Worker, started on first use. */
export function workerEngine(): LayoutEngine {
  shared ??= new WorkerEngine();
  return shared;
}

/**
 * Starts the worker as the page loads and has it lay out a lineage-shaped graph (six layers of
 * six nodes) with the explorer's options: loading ELK (1.4 MB) and warming up its layered code
 * paths then happens while the page fetches its first lineage. Cold, ELK's first layout takes
 * several times as long as the next one of the same graph.
 */
export function warmLayoutWorker(options: Record<string, string>): void {
  const ids = Array.from({ length: 36 }, (_, i) => `n${String(i)}`);
  void workerEngine()
    .layout({
      id: 'warm-up',
      layoutOptions: options,
      children: ids.map((id) => ({ id, width: 120, height: 40 })),
      edges: ids.slice(6).map((id, i) => ({
        id: `e${String(i)}`,
        sources: [`n${String((i * 7) % (i + 6 - (i % 6)))}`],
        targets: [id],
      })),
    })
    .catch(() => {
      // A worker that fails to start fails the first real layout too, which says so.
    });
}
