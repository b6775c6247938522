// Watches the main thread while something runs: the Long Tasks API (tasks over 50 ms, as the
// browser reports them) and, as a cross-check, the longest gap between animation frames (a
// frame cannot start while a task runs, so a gap of ~16.7 ms means nothing blocked).

export interface MainThreadReport {
  /** Longest task reported by the Long Tasks API in the window (0 when none exceeded 50 ms). */
  longestTaskMs: number;
  longTasks: number;
  /** Longest time between two animation frames that overlaps the window. */
  maxFrameGapMs: number;
}

export interface MainThreadRecord {
  /** The same report for any window inside the watched time. */
  between(from: number, to: number): MainThreadReport;
}

export function nextFrame(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      resolve(performance.now());
    });
  });
}

/** Starts watching; `stop` ends it and gives the record. */
export function watchMainThread(): { stop(): Promise<MainThreadRecord> } {
  const tasks: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => {
    tasks.push(...list.getEntries());
  });
  observer.observe({ type: 'longtask', buffered: false });
  const frames: number[] = [performance.now()];
  let live = true;
  const tick = () => {
    frames.push(performance.now());
    if (live) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return {
    async stop() {
      // Let the last frame land and the observer deliver what is queued.
      await nextFrame();
      await new Promise((resolve) => setTimeout(resolve, 20));
      tasks.push(...observer.takeRecords());
      observer.disconnect();
      live = false;
      return {
        between(from, to) {
          const inWindow = tasks.filter((t) => t.startTime < to && t.startTime + t.duration > from);
          let gap = 0;
          for (let i = 1; i < frames.length; i++) {
            const a = frames[i - 1] ?? 0;
            const b = frames[i] ?? 0;
            if (b > from && a < to) gap = Math.max(gap, b - a);
          }
          return {
            longestTaskMs: Math.max(0, ...inWindow.map((t) => t.duration)),
            longTasks: inWindow.length,
            maxFrameGapMs: gap,
          };
        },
      };
    },
  };
}
