// HTTP limits at the edge: a request rate per client address and a time limit per request.
// Both answer in the GraphQL API's error shape, so a client handles them like any error.
import type { Request, RequestHandler, Response } from 'express';
import { rateLimit } from 'express-rate-limit';

function errorBody(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/** Whom a rate limit counts, and how its refusal says so. */
export interface RateLimitScope {
  /** The key requests are counted by; express-rate-limit's default (the client address) if unset. */
  key?: (req: Request) => string;
  /** The refusal's message, given the seconds to wait. */
  message: (retryAfterS: number) => string;
}

const PER_ADDRESS: RateLimitScope = {
  message: (s) => `Too many requests from this address; retry after ${String(s)} s`,
};

/**
 * At most `perWindow` requests per client address (or per `scope.key`) per `windowMs`
 * (0 disables). Over it: 429, `Retry-After` and the standard `RateLimit-*` headers, and a
 * RATE_LIMITED error. The count is in memory, per process. The address is `req.ip`: behind a
 * reverse proxy, set Express's `trust proxy` or every client shares the proxy's address.
 */
export function rateLimiter(
  perWindow: number,
  windowMs = 60_000,
  scope: RateLimitScope = PER_ADDRESS,
): RequestHandler {
  if (perWindow <= 0) {
    return (_req, _res, next) => {
      next();
    };
  }
  return rateLimit({
    windowMs,
    limit: perWindow,
    standardHeaders: 'draft-6',
    legacyHeaders: false,
    ...(scope.key ? { keyGenerator: scope.key } : {}),
    handler: (_req, res, _next, options) => {
      const header = Number(res.getHeader('Retry-After'));
      const seconds = Number.isFinite(header) ? header : Math.ceil(options.windowMs / 1000);
      res.status(429).json(errorBody(scope.message(seconds), 'RATE_LIMITED'));
    },
  });
}

const TIMED_OUT = Symbol('timedOut');

/** Whether requestTimeout already answered this response (a late error is then dropped). */
export function hasTimedOut(res: Response): boolean {
  return (res.locals as Record<symbol, unknown>)[TIMED_OUT] === true;
}

/**
 * Answers 503 TIMEOUT if the request has not been answered within `ms` (0 disables). The
 * work behind it is not cancelled; Cypher statements have their own server-side timeout
 * (QUERY_TIMEOUT_MS), which should be the shorter, so a slow query reports its own error.
 */
export function requestTimeout(ms: number): RequestHandler {
  return (_req, res, next) => {
    if (ms <= 0) {
      next();
      return;
    }
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      (res.locals as Record<symbol, unknown>)[TIMED_OUT] = true;
      res
        .status(503)
        .json(errorBody(`The request took longer than ${String(ms)} ms; try again.`, 'TIMEOUT'));
    }, ms);
    timer.unref();
    const clear = () => {
      clearTimeout(timer);
    };
    res.once('finish', clear);
    res.once('close', clear);
    next();
  };
}
