// Where a layout is computed: dagre on the main thread for the views a reader takes in at a
// glance (dagre-engine.ts), ELK in one Web Worker (elk-layout.worker.ts) for larger ones; the
// benchmark (bench/client) passes ELK on the main thread instead, as its baseline.
import type { ElkNode } from 'elkjs/lib/elk-api.js';
import type { LayoutReply, LayoutRequest } from './elk-layout.worker';
import LayoutWorker from './elk-layout.worker?worker';

/** What computes a layout, in ELK's terms (its input graph, its top-left corners back). */
export interface LayoutEngine {
  /**
   * `order`: runs of nodes in reading order, kept in that order where they share a layer. ELK
   * reads the same from the order of the graph's children (its model order) and ignores it.
   */
  layout(graph: ElkNode, order?: readonly (readonly string[])[]): Promise<ElkNode>;
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
/** ELK in one Web Worker, started on first use (the first view too large for dagre). */
export function workerEngine(): LayoutEngine {
  shared ??= new WorkerEngine();
  return shared;
}
