// GET /export/:format?id=&direction=&maxDepth= → the lineage as a file. Errors answer in the
// GraphQL API's shape and codes, so a client handles both transports alike.
import express from 'express';
import type { Response } from 'express';
import { DatabaseUnavailableError } from '../db/executor.js';
import type { Logger } from '../graphql/errors.js';
import { requestIdOf } from './logging.js';
import type { Direction } from '../services/directions.js';
import { EXPORT_FORMATS, exportSubgraph, isExportFormat } from '../services/export/formats.js';
import { MAX_DEPTH, type GraphService } from '../services/graph.js';
import { BadInputError, shown } from '../services/errors.js';

const DIRECTIONS: readonly Direction[] = ['UPSTREAM', 'DOWNSTREAM', 'BOTH'];
const DEFAULT_DEPTH = 6;

/** One query parameter as a string: absent is undefined, a repeated one is an error. */
function param(query: Record<string, unknown>, name: string): string | undefined {
  const v = query[name];
  if (v === undefined || typeof v === 'string') return v;
  throw new BadInputError(name, 'must be given once, as a plain value');
}

function parseDirection(raw: string | undefined): Direction {
  if (raw === undefined || raw === '') return 'UPSTREAM';
  const found = DIRECTIONS.find((d) => d === raw.toUpperCase());
  if (!found) {
    throw new BadInputError(
      'direction',
      `must be one of ${DIRECTIONS.join(', ')} (got ${shown(raw)})`,
    );
  }
  return found;
}

function parseDepth(raw: string | undefined): number {
  if (raw === undefined || raw === '') return DEFAULT_DEPTH;
  // Digits only: Number() would also take `1e1`, `0x10` and ` 6 `.
  if (!/^\d{1,3}$/.test(raw)) {
    throw new BadInputError('maxDepth', `must be between 1 and ${MAX_DEPTH} (got ${shown(raw)})`);
  }
  return Number(raw); // GraphService.lineage checks the range, with the same message.
}

/**
 * `attachment; filename="…"`, always quoted; a name with letters beyond ASCII (a Cyrillic
 * id) also gets RFC 6266's `filename*`, and the plain one an ASCII stand-in.
 */
function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  if (ascii === fileName) return `attachment; filename="${fileName}"`;
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

function fail(res: Response, status: number, message: string, extensions: Record<string, string>) {
  res.status(status).json({ errors: [{ message, extensions }] });
}

export function exportRouter(
  graph: GraphService,
  log: Logger = (msg, err) => {
    console.error(msg, err);
  },
): express.Router {
  const router = express.Router();
  router.get('/:format', async (req, res) => {
    try {
      const { format } = req.params;
      if (!isExportFormat(format)) {
        throw new BadInputError(
          'format',
          `must be one of ${EXPORT_FORMATS.join(', ')} (got ${shown(format)})`,
        );
      }
      const query = req.query as Record<string, unknown>;
      const id = param(query, 'id');
      if (!id) throw new BadInputError('id', 'is required (the id of an entity)');
      const direction = parseDirection(param(query, 'direction'));
      const maxDepth = parseDepth(param(query, 'maxDepth'));
      const sg = await graph.lineage(id, direction, maxDepth);
      const file = exportSubgraph(sg, format, id);
      // setHeader and a Buffer, so that Express sends the media type as given rather than
      // adding a charset to JSON (UTF-8 by definition). UTF-8 without a BOM: pandas reads it.
      res.setHeader('Content-Type', file.mimeType);
      res.setHeader('Content-Disposition', attachment(file.fileName));
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.status(200).send(Buffer.from(file.content, 'utf8'));
    } catch (err) {
      if (err instanceof BadInputError) {
        fail(res, 400, err.message, { code: 'BAD_USER_INPUT', argument: err.argument });
      } else if (err instanceof DatabaseUnavailableError) {
        log('database unavailable', err, requestIdOf(req));
        fail(res, 503, 'The graph database is unavailable; try again shortly.', {
          code: 'SERVICE_UNAVAILABLE',
        });
      } else {
        // The cause goes to the log only: a stack trace tells a client nothing it can act on.
        log('export failed', err, requestIdOf(req));
        fail(res, 500, 'Internal server error', { code: 'INTERNAL_SERVER_ERROR' });
      }
    }
  });
  // Anything else under /export (no format, a path below one, a POST) answers in the same shape
  // rather than with Express's HTML page.
  router.use((_req, res) => {
    fail(res, 404, 'Not an export; use GET /export/<format>?id=…', { code: 'BAD_REQUEST' });
  });
  return router;
}
