// The entry of a document-reading worker thread (piscina calls the default export once per
// document). Errors cross the thread boundary as plain data: an Error's class does not, and
// the caller answers an input error (422/413) differently from a fault of ours (500).
import type { ReadLimits } from './limits.js';
import { IngestLimitError } from './limits.js';
import { readTask, type ReadOutcome, type ReadTask } from './read-task.js';
import { IngestInputError } from '../types.js';

export type WorkerAnswer =
  | { ok: true; outcome: ReadOutcome }
  | { ok: false; kind: 'limit'; message: string; limit: keyof ReadLimits; status: 413 | 422 }
  | { ok: false; kind: 'input'; message: string }
  | { ok: false; kind: 'internal'; message: string; stack?: string };

export default async function read(task: ReadTask): Promise<WorkerAnswer> {
  try {
    return { ok: true, outcome: await readTask(task) };
  } catch (err) {
    if (err instanceof IngestLimitError) {
      return {
        ok: false,
        kind: 'limit',
        message: err.detail,
        limit: err.limit,
        status: err.status,
      };
    }
    if (err instanceof IngestInputError) return { ok: false, kind: 'input', message: err.message };
    return {
      ok: false,
      kind: 'internal',
      message: err instanceof Error ? err.message : String(err),
      ...(err instanceof Error && err.stack ? { stack: err.stack } : {}),
    };
  }
}
