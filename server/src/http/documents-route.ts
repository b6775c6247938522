// POST /documents: a document added from the explorer or a script, read as `npm run ingest`
// reads it (dry run with ?dryRun=true or 1, or written in one transaction). Writing needs the
// token `npm start` prints (or INGEST_TOKEN) in `Authorization: Bearer …`, never a cookie, so
// a page on another site cannot write through a visitor's browser: its form post carries no
// such header, and it is refused before its body is read.
import { createHash, timingSafeEqual } from 'node:crypto';
import { basename } from 'node:path';
import express, { type RequestHandler } from 'express';
import multer from 'multer';
import type { AddedDocument } from '../../../common/ingest-report.js';
import type { Database } from '../db/executor.js';
import type { Logger } from '../graphql/errors.js';
import { rateLimiter } from './limits.js';
import { requestIdOf } from './logging.js';
import { booleanFlags } from './query-params.js';
import { IngestLimitError } from '../ingest/read/limits.js';
import { ReaderBusyError, ReaderClosedError, type DocumentReader } from '../ingest/read/pool.js';
import { IngestInputError } from '../ingest/types.js';
import { writeGraph } from '../seed/load.js';

/** Largest document accepted (a long UN report as PDF is a few MB). */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

const digest = (s: string) => createHash('sha256').update(s).digest();

function fail(res: express.Response, status: number, code: string, message: string): void {
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
}

/** Refuses a request without the token, before its body is read. */
export function requireToken(token: string | null): RequestHandler {
  const expected = token ? digest(token) : null;
  return (req, res, next) => {
    const given = /^Bearer\s+(\S+)$/i.exec(req.get('authorization') ?? '')?.[1];
    if (!expected || !given || !timingSafeEqual(digest(given), expected)) {
      res.set('WWW-Authenticate', 'Bearer');
      fail(
        res,
        401,
        'UNAUTHENTICATED',
        'Adding documents needs the token `npm start` prints (or INGEST_TOKEN), sent as `Authorization: Bearer <token>`.',
      );
      return;
    }
    next();
  };
}

/** Seconds a client refused for a full reader is told to wait (`Retry-After`). */
export const BUSY_RETRY_AFTER_S = 10;

function busy(res: express.Response, why: string): void {
  res.set('Retry-After', String(BUSY_RETRY_AFTER_S));
  fail(res, 503, 'BUSY', `${why}; retry after ${String(BUSY_RETRY_AFTER_S)} s`);
}

/**
 * A place in the reader before the body is received: past the readers and the queue, the
 * request is answered 503 at once, without buffering the upload.
 */
function admit(reader: DocumentReader): RequestHandler {
  return (_req, res, next) => {
    const release = reader.tryAdmit();
    if (!release) {
      busy(res, `${String(reader.capacity)} documents are being read or waiting`);
      return;
    }
    res.once('close', release);
    next();
  };
}

/** At most `perMinute` requests per token (0: no limit): one token is one contributor. */
function tokenRateLimit(perMinute: number): RequestHandler {
  return rateLimiter(perMinute, 60_000, {
    // requireToken ran first: the header holds a valid token, keyed by its digest.
    key: (req) => digest(req.get('authorization') ?? '').toString('hex'),
    message: (s) =>
      `More than ${String(perMinute)} documents a minute with this token; retry after ${String(s)} s`,
  });
}

/** The route's query parameters. */
const FLAGS = ['dryRun'] as const;

/**
 * Refuses an unknown parameter or value before a reader place is taken or the body is read,
 * and leaves the flags in `res.locals.flags`: a misspelt dry run must never fall back to a write.
 */
const checkQuery: RequestHandler = (req, res, next) => {
  const flags = booleanFlags(req.query as Record<string, unknown>, FLAGS);
  if (!flags.ok) {
    fail(res, 400, 'BAD_REQUEST', flags.message);
    return;
  }
  res.locals['flags'] = flags.value;
  next();
};
const flagsOf = (res: express.Response) =>
  res.locals['flags'] as Record<(typeof FLAGS)[number], boolean>;

export interface DocumentsOptions {
  token: string | null;
  reader: DocumentReader;
  /** Requests per token per minute; 0: no limit. */
  ratePerMinute: number;
}

export function documentsRouter(
  db: Database,
  { token, reader, ratePerMinute }: DocumentsOptions,
  log: Logger,
): express.Router {
  const router = express.Router();
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1, fields: 10, parts: 12 },
    defParamCharset: 'utf8',
  });
  // Any problem reading the upload (too large, another field, a cut multipart body) is the
  // client's: 413 or 400, with what was wrong.
  const receive: RequestHandler = (req, res, next) => {
    upload.single('file')(req, res, (err: unknown) => {
      if (!err) {
        next();
        return;
      }
      if (err instanceof multer.MulterError && err.code === 'LIMIT_FILE_SIZE') {
        fail(
          res,
          413,
          'PAYLOAD_TOO_LARGE',
          `The document is larger than ${String(MAX_DOCUMENT_BYTES / 1024 / 1024)} MB.`,
        );
        return;
      }
      const why = err instanceof Error ? err.message : 'unreadable upload';
      fail(res, 400, 'BAD_REQUEST', `Send one document in the multipart field \`file\` (${why}).`);
    });
  };
  router.post(
    '/',
    requireToken(token),
    checkQuery,
    tokenRateLimit(ratePerMinute),
    admit(reader),
    receive,
    async (req, res) => {
      const file = req.file;
      if (!file) {
        fail(
          res,
          400,
          'BAD_REQUEST',
          'Send the document as multipart/form-data in the field `file`.',
        );
        return;
      }
      const name = basename(file.originalname || 'document').slice(0, 200);
      const { dryRun } = flagsOf(res);
      try {
        // Read in a worker (ingest/read/pool.ts); written here, in one transaction.
        const { report, text, graph } = await reader.read({ bytes: file.buffer, name });
        if (!dryRun) await writeGraph(db, [{ ...graph, curated: false }]);
        const answer: AddedDocument = { file: name, written: !dryRun, ...report, text };
        res.status(dryRun ? 200 : 201).json(answer);
      } catch (err) {
        if (err instanceof IngestLimitError) {
          fail(
            res,
            err.status,
            err.status === 413 ? 'DOCUMENT_TOO_LARGE' : 'DOCUMENT_TOO_COSTLY',
            err.message,
          );
          return;
        }
        if (err instanceof ReaderBusyError) {
          busy(res, err.message);
          return;
        }
        if (err instanceof ReaderClosedError) {
          res.set('Connection', 'close');
          busy(res, err.message);
          return;
        }
        if (err instanceof IngestInputError) {
          fail(
            res,
            422,
            'BAD_DOCUMENT',
            err.message.startsWith(name) ? err.message : `${name}: ${err.message}`,
          );
          return;
        }
        log('document ingestion failed', err, requestIdOf(req));
        fail(
          res,
          500,
          'INTERNAL_SERVER_ERROR',
          `${name}: not ingested, nothing written (internal error)`,
        );
      }
    },
  );
  return router;
}
