// Documents are read in worker threads (piscina), never on the server's event loop: pdf.js,
// mammoth and the rules are CPU-bound, and one long file read in the main thread stopped every
// reader of the explorer and every notebook for minutes (issue 32). Each read is bounded: by
// time (the worker is ended when the limit passes), by memory (the worker's own heap limit)
// and by its input (read/limits.ts). At most `concurrency` documents are read at once and
// `queue` wait; `tryAdmit` refuses the rest at once, so nothing queues without bound.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { IngestInputError } from '../types.js';
import { IngestLimitError, type ReadLimits } from './limits.js';
import type { ReadOutcome, ReadTask } from './read-task.js';
import type { WorkerAnswer } from './worker.js';

export interface ReaderOptions {
  limits: ReadLimits;
  /** Documents read at once (worker threads). */
  concurrency: number;
  /** Documents admitted to wait for a free worker; the rest are refused (503). */
  queue: number;
}

/** Half the cores, at least one: the other half serve the API and Neo4j. */
export const defaultConcurrency = (): number => Math.max(1, Math.floor(availableParallelism() / 2));

/** The reader is busy (all workers and places in the queue taken): try again later. */
export class ReaderBusyError extends Error {
  override readonly name = 'ReaderBusyError';
}

/** The server is shutting down: the read was ended, nothing written. */
export class ReaderClosedError extends Error {
  override readonly name = 'ReaderClosedError';
}

const FROM_SOURCES = import.meta.url.endsWith('.ts');
// From the TypeScript sources (tests, `npm run dev`, `npm run ingest`) the worker loads them
// through tsx as its parent does; the built server (`npm start`) runs the compiled worker.
// The parent's own flags are not handed on: a worker refuses V8's and the process's
// (`npm start` runs with --max-semi-space-size).
const WORKER = new URL(FROM_SOURCES ? './worker.ts' : './worker.js', import.meta.url);
const EXEC_ARGV = FROM_SOURCES ? ['--import', 'tsx'] : [];

/** A release that counts once however often it is called (a response closes after it finishes). */
function once(release: () => void): () => void {
  let released = false;
  return () => {
    if (released) return;
    released = true;
    release();
  };
}

export class DocumentReader {
  private readonly pool: Piscina<ReadTask, WorkerAnswer>;
  private readonly closing = new AbortController();
  private admitted = 0;
  private reading = 0;
  /** Reads waiting for a worker, first come first served. */
  private readonly waiting: { start: () => void; refuse: (err: Error) => void }[] = [];

  constructor(readonly options: ReaderOptions) {
    const { limits, concurrency } = options;
    this.pool = new Piscina<ReadTask, WorkerAnswer>({
      filename: WORKER.href,
      execArgv: EXEC_ARGV,
      minThreads: 0,
      maxThreads: concurrency,
      // Reads wait their turn in read() below, so the time limit counts the read alone.
      maxQueue: concurrency,
      concurrentTasksPerWorker: 1,
      // A warm worker (rules and reference data loaded) reads the next document sooner.
      idleTimeout: 60_000,
      // Reads give way to the API's own thread and Neo4j when the cores are shared (Linux).
      niceIncrement: 10,
      resourceLimits: { maxOldGenerationSizeMb: limits.memoryMb },
    });
    // A worker that dies between tasks is replaced; nothing waits on it, so nothing to report.
    this.pool.on('error', () => {});
  }

  /** Places for documents: reading and waiting. */
  get capacity(): number {
    return this.options.concurrency + Math.max(this.options.queue, 0);
  }

  /** Takes a place for one document, or null when all are taken; the release is idempotent. */
  tryAdmit(): (() => void) | null {
    if (this.closing.signal.aborted || this.admitted >= this.capacity) return null;
    this.admitted++;
    return once(() => {
      this.admitted--;
    });
  }

  /**
   * Reads one document in a worker.
   * @throws IngestLimitError past a limit, IngestInputError for a document that cannot be
   *   read, ReaderBusyError, ReaderClosedError, or an Error for a fault of ours
   */
  async read(task: Omit<ReadTask, 'limits'>): Promise<ReadOutcome> {
    const done = await this.turn(task.name);
    try {
      return await this.readNow(task);
    } finally {
      done();
    }
  }

  /** Waits for a free worker (at most `queue` reads wait); the release starts the next. */
  private async turn(name: string): Promise<() => void> {
    if (this.closing.signal.aborted) throw this.closed(name);
    if (this.reading >= this.options.concurrency) {
      if (this.waiting.length >= Math.max(this.options.queue, 0)) {
        throw new ReaderBusyError('every document reader is busy');
      }
      await new Promise<void>((start, refuse) => {
        this.waiting.push({ start, refuse });
      });
    }
    this.reading++;
    return once(() => {
      this.reading--;
      this.waiting.shift()?.start();
    });
  }

  private closed(name: string): ReaderClosedError {
    return new ReaderClosedError(`${name}: not read, the server is shutting down`);
  }

  private async readNow(task: Omit<ReadTask, 'limits'>): Promise<ReadOutcome> {
    const { limits } = this.options;
    // One signal per read, that can fire only while the read runs: a signal that fired after a
    // read failed early (a worker that could not start) would reject a promise piscina
    // dropped, and an unhandled rejection ends the server.
    const abort = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, limits.timeoutMs);
    const onClose = () => {
      abort.abort();
    };
    this.closing.signal.addEventListener('abort', onClose, { once: true });
    let answer: WorkerAnswer;
    try {
      // The bytes are copied into the worker, never moved: the caller's buffer stays its own.
      answer = await this.pool.run({ ...task, limits }, { signal: abort.signal });
    } catch (err) {
      throw this.failure(err, timedOut, task.name);
    } finally {
      clearTimeout(timer);
      this.closing.signal.removeEventListener('abort', onClose);
    }
    if (answer.ok) return answer.outcome;
    if (answer.kind === 'limit') {
      throw new IngestLimitError(answer.message, answer.limit, answer.status);
    }
    if (answer.kind === 'input') throw new IngestInputError(answer.message);
    const fault = new Error(`${task.name}: ${answer.message}`);
    if (answer.stack) fault.stack = answer.stack;
    throw fault;
  }

  private failure(err: unknown, timedOut: boolean, name: string): Error {
    const { limits } = this.options;
    if (this.closing.signal.aborted) return this.closed(name);
    if (timedOut) {
      return new IngestLimitError(
        `${name}: reading it took longer than ${String(limits.timeoutMs / 1000)} s`,
        'timeoutMs',
        422,
      );
    }
    if ((err as { code?: string }).code === 'ERR_WORKER_OUT_OF_MEMORY') {
      return new IngestLimitError(
        `${name}: reading it needed more than ${String(limits.memoryMb)} MB of memory`,
        'memoryMb',
        422,
      );
    }
    return err instanceof Error ? err : new Error(String(err));
  }

  /** Ends every read at once (their callers get ReaderClosedError) and the workers with them. */
  async close(): Promise<void> {
    this.closing.abort();
    for (const w of this.waiting.splice(0)) w.refuse(this.closed('a document'));
    await this.pool.destroy();
  }
}
