// Structured logs: JSON lines on stderr (pino), one per request (pino-http), each with a request
// id that is also sent back in `x-request-id`. Errors logged while a request is handled (e.g.
// by the GraphQL formatError) carry that id through AsyncLocalStorage.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
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

interface RequestScope {
  id: string;
  log: PinoLogger;
}
const scope = new AsyncLocalStorage<RequestScope>();

/** The id of the request being handled, if any. */
export function currentRequestId(): string | undefined {
  return scope.getStore()?.id;
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

/**
 * Makes the request's id and logger current for the rest of its handling. Placed after body
 * parsing: stream callbacks do not run in the context of the middleware that started them.
 */
export const requestScope: RequestHandler = (req, _res, next) => {
  // genReqId above makes every id a string.
  const id = typeof req.id === 'string' ? req.id : '';
  scope.run({ id, log: req.log }, next);
};

/** A `Logger` (the app's error-logging function) over pino, with the current request's id. */
export function pinoErrorLogger(base: PinoLogger): Logger {
  return (msg, err) => {
    const log = scope.getStore()?.log ?? base;
    log.error(err === undefined ? {} : { err }, msg);
  };
}
