// POST /documents: a document added from the explorer or a script, read as `npm run ingest`
// reads it (dry run with ?dryRun=true, or written in one transaction). Writing needs the
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
import { requestIdOf } from './logging.js';
import { extractFile } from '../ingest/extract.js';
import { dryRunReport } from '../ingest/report.js';
import { toGraph } from '../ingest/to-graph.js';
import { IngestInputError } from '../ingest/types.js';
import { curatedEntities } from '../seed/seed-graph.js';
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

export function documentsRouter(db: Database, token: string | null, log: Logger): express.Router {
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
  router.post('/', requireToken(token), receive, async (req, res) => {
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
    const dryRun = req.query['dryRun'] === 'true';
    try {
      const reference = curatedEntities();
      const extraction = await extractFile(new Uint8Array(file.buffer), name);
      const graph = toGraph(extraction, reference);
      if (!dryRun) await writeGraph(db, [{ ...graph, curated: false }]);
      const answer: AddedDocument = {
        file: name,
        written: !dryRun,
        ...dryRunReport(extraction, graph, reference),
        text: extraction.text.map(({ index, number, context, text, lang }) => ({
          index,
          number,
          context,
          text,
          lang,
        })),
      };
      res.status(dryRun ? 200 : 201).json(answer);
    } catch (err) {
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
  });
  return router;
}
