// Structured logs: JSON lines on stderr (pino), one per request (pino-http), each with a request
// id that is also sent back in `x-request-id`. Errors logged while a request is handled carry
// that id, handed on explicitly (requestIdOf); not through an AsyncLocalStorage, which in Node 20
// hooks every promise of the process (a measured 1–1.5 ms of a lineage's answer; issue 14).
import { randomUUID } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import { pino, type Logger as PinoLogger } from 'pino';
import { pinoHttp } from 'pino-http';
import type { Logger } from '../graphql/errors.js';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export function createLogger(level: LogLevel = 'info'): PinoLogger {
  return pino({ level }, pino.destination({ fd: 2, sync: true }));
}

/** An incoming id is kept only if it is a short token (no spaces, quotes or control bytes). */
const SANE_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export function requestIdFor(incoming: string | string[] | undefined): string {
  return typeof incoming === 'string' && SANE_ID.test(incoming) ? incoming : randomUUID();
}

/** Assigns the request id, echoes it, and logs each request when it completes. */
export function requestLogging(logger: PinoLogger): RequestHandler {
  const http = pinoHttp({
    logger,
    genReqId: (req, res) => {
      const id = requestIdFor(req.headers['x-request-id']);
      res.setHeader('x-request-id', id);
      return id;
    },
    // Query strings can be long (GET GraphQL queries) and are not needed to follow a request.
    serializers: {
      req: (req: { id: unknown; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        url: req.url.split('?')[0],
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
  });
  return (req, res, next) => {
    http(req, res);
    next();
  };
}

/** The id requestLogging gave the request (a string: genReqId above makes every id one). */
export function requestIdOf(req: Request): string | undefined {
  return typeof req.id === 'string' ? req.id : undefined;
}

/**
 * A `Logger` (the app's error-logging function) over pino. The request's id goes where
 * pino-http's line for the request has it (`req.id`), so the two are found together.
 */
export function pinoErrorLogger(base: PinoLogger): Logger {
  return (msg, err, requestId) => {
    base.error(
      {
        ...(requestId === undefined ? {} : { req: { id: requestId } }),
        ...(err === undefined ? {} : { err }),
      },
      msg,
    );
  };
}
