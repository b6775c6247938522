// The bounds of reading one document. A Word file of 331 kB whose document.xml inflates to
// 85 MB once held the server's only thread for minutes (issue 32): every read is bounded by
// time and memory (the worker that reads it is ended past either, read/pool.ts) and by its
// input, checked before the expensive part (a ZIP member's size before it is inflated, a
// PDF's pages before they are laid out, the paragraphs before the rules run).
import { IngestInputError } from '../types.js';

export interface InputLimits {
  /** Pages of a PDF. */
  maxPages: number;
  /** Numbered paragraphs of a text (the rules read each one). */
  maxParagraphs: number;
  /** Bytes one ZIP member (word/document.xml) may inflate to, declared or actual. */
  maxInflatedBytes: number;
  /** Inflated / compressed size of a member larger than RATIO_FLOOR_BYTES. */
  maxCompressionRatio: number;
}

export interface ReadLimits extends InputLimits {
  /** Wall-clock time of one read; past it the worker reading it is ended. */
  timeoutMs: number;
  /** The reading worker's heap (V8's old generation), in MB. */
  memoryMb: number;
}

/** Members smaller than this may be as repetitive as they like (an empty table's XML). */
export const RATIO_FLOOR_BYTES = 1024 * 1024;

const MB = 1024 * 1024;

/**
 * Sensible for the UN's documents: the Conference's longest reports have a few hundred
 * paragraphs and under 300 pages; a long report's document.xml is a few MB, and Word's XML
 * compresses 5–20 times. A trusted batch raises them (`npm run ingest -- --trusted`).
 */
export const DEFAULT_LIMITS: ReadLimits = {
  timeoutMs: 60_000,
  memoryMb: 1024,
  maxPages: 1000,
  maxParagraphs: 5000,
  maxInflatedBytes: 50 * MB,
  maxCompressionRatio: 100,
};

/** Each limit's setting, named in the message of a document refused past it. */
export const LIMIT_SETTINGS = {
  timeoutMs: 'INGEST_TIMEOUT_MS',
  memoryMb: 'INGEST_MEMORY_MB',
  maxPages: 'INGEST_MAX_PAGES',
  maxParagraphs: 'INGEST_MAX_PARAGRAPHS',
  maxInflatedBytes: 'INGEST_MAX_INFLATED_MB',
  maxCompressionRatio: 'INGEST_MAX_COMPRESSION_RATIO',
} as const satisfies Record<keyof ReadLimits, string>;

/** What `--trusted` multiplies every limit by: a batch of one's own files, not the public's. */
export const TRUSTED_FACTOR = 10;

export function trustedLimits(limits: ReadLimits): ReadLimits {
  return {
    timeoutMs: limits.timeoutMs * TRUSTED_FACTOR,
    memoryMb: limits.memoryMb * 4,
    maxPages: limits.maxPages * TRUSTED_FACTOR,
    maxParagraphs: limits.maxParagraphs * TRUSTED_FACTOR,
    maxInflatedBytes: limits.maxInflatedBytes * TRUSTED_FACTOR,
    maxCompressionRatio: limits.maxCompressionRatio * TRUSTED_FACTOR,
  };
}

/**
 * A document past one of the limits: nothing of it is written. `status` is 413 for its size
 * (pages, paragraphs, inflated bytes) and 422 for what reading it took (time, memory).
 */
export class IngestLimitError extends IngestInputError {
  constructor(
    /** What passed which bound, without the setting's name. */
    readonly detail: string,
    readonly limit: keyof ReadLimits,
    readonly status: 413 | 422,
  ) {
    super(`${detail} (limit: ${LIMIT_SETTINGS[limit]})`);
  }
}

/** "50 MB", "0.2 MB", "1 kB": sizes as a message gives them. */
export const megabytes = (bytes: number): string =>
  bytes < 100 * 1024
    ? `${String(Math.max(1, Math.round(bytes / 1024)))} kB`
    : `${String(Math.round((bytes / MB) * 10) / 10)} MB`;

/** Numbered paragraphs ("12. …" at a line's start), counted before any rule reads them. */
export function countNumberedParagraphs(text: string): number {
  return text.match(/^[ \t]*\d{1,6}\.[ \t\u00A0]+\S/gm)?.length ?? 0;
}

export function checkParagraphs(text: string, name: string, limits: InputLimits): void {
  const count = countNumberedParagraphs(text);
  if (count > limits.maxParagraphs) {
    throw new IngestLimitError(
      `${name}: the text has ${String(count)} numbered paragraphs, more than the ` +
        `${String(limits.maxParagraphs)} one document may have; split it or raise the limit`,
      'maxParagraphs',
      413,
    );
  }
}
