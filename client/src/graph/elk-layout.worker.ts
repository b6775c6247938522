// The layout worker: ELK's layered algorithm (elkjs, run in this thread) off the page's main
// thread. It answers with the nodes' top-left corners only, in one transferable array, so
// receiving the result costs the page next to nothing: ELK's own worker sends back the whole
// graph with every edge's route, which the page would have to copy in and then ignore.
import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api.js';

export interface LayoutRequest {
  seq: number;
  graph: ElkNode;
}
export type LayoutReply =
  | { seq: number; /** x, y of each child of the request, in its order */ xy: Float64Array }
  | { seq: number; error: string };

interface WorkerScope {
  onmessage: ((event: MessageEvent<LayoutRequest>) => void) | null;
  postMessage(message: LayoutReply, transfer?: Transferable[]): void;
}
const scope = self as unknown as WorkerScope;
const elk = new ELK();

// Set after elkjs has loaded: its bundle installs a handler of its own on a worker's `self`.
scope.onmessage = ({ data: { seq, graph } }) => {
  elk.layout(graph).then(
    (placed) => {
      const at = new Map((placed.children ?? []).map((c) => [c.id, c]));
      const children = graph.children ?? [];
      const xy = new Float64Array(children.length * 2);
      children.forEach((c, i) => {
        xy[2 * i] = at.get(c.id)?.x ?? 0;
        xy[2 * i + 1] = at.get(c.id)?.y ?? 0;
      });
      scope.postMessage({ seq, xy }, [xy.buffer]);
    },
    (err: unknown) => {
      scope.postMessage({ seq, error: err instanceof Error ? err.message : String(err) });
    },
  );
};
