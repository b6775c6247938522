// Main-thread work in slices: a task over 50 ms is a "long task" (input waits, frames drop),
// so loops over a large graph yield to the browser every few milliseconds; and waits that a
// newer view can cut short.

/** Longest stretch of main-thread work between two yields, in ms. */
export const SLICE_MS = 8;

/**
 * Views up to this many nodes are placed in one task, without yielding: each yield lets the
 * renderer draw (and the compositor commit) a frame of a picture still being placed, which on
 * a software-rendered canvas costs more than the whole placement of such a view. Their layout
 * is dagre's, on the main thread (dagre-engine.ts); larger views are sliced and go to ELK.
 */
export const SMALL_GRAPH = 150;

/** Lets the browser draw a frame and handle input (a macrotask without setTimeout's clamping). */
export function yieldToBrowser(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** `work`'s result, or null as soon as `signal` is aborted (the work itself goes on). */
export function untilAborted<T>(
  work: Promise<T>,
  signal: AbortSignal | undefined,
): Promise<T | null> {
  if (!signal) return work;
  if (signal.aborted) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const abort = () => {
      resolve(null);
    };
    signal.addEventListener('abort', abort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', abort);
        resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', abort);
        reject(err instanceof Error ? err : new Error(String(err)));
      },
    );
  });
}
