// Cross-origin access for notebooks: JavaScript in a local Jupyter page or an Observable notebook
// calls /graphql and /export from another origin. Python in a kernel sends no Origin and needs
// none of this. Apollo's CSRF prevention stays on: a cross-origin POST with a JSON body (or any
// request with `apollo-require-preflight`) is preflighted, and the preflight is answered here.
import cors from 'cors';
import type { RequestHandler } from 'express';

const ALLOWED_METHODS = ['GET', 'POST', 'OPTIONS'];
// `apollo-require-preflight` and `x-apollo-operation-name` are the headers Apollo's CSRF
// prevention accepts on GET requests, so a notebook can use cacheable GETs.
const ALLOWED_HEADERS = ['content-type', 'apollo-require-preflight', 'x-apollo-operation-name'];

type Matcher = (origin: string) => boolean;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A matcher for one configured origin: `scheme://host[:port]`, or `scheme://*.domain[:port]`
 * for any subdomain (one or more labels) of `domain`. Browsers send origins in this normal form.
 */
function matcherFor(pattern: string): Matcher {
  if (!pattern.includes('://*.')) return (origin) => origin === pattern;
  const [scheme, rest] = pattern.split('://*.') as [string, string];
  const re = new RegExp(`^${escapeRegExp(scheme)}://(?:[a-z0-9-]+\\.)+${escapeRegExp(rest)}$`, 'i');
  return (origin) => re.test(origin);
}

// Built in: any local port over http (Jupyter is on 8888 unless that is taken, and other local
// tools vary), observablehq.com, and the per-user subdomains of observableusercontent.com where
// Observable runs notebook code in sandboxed iframes.
const LOCAL_ORIGIN = /^http:\/\/(?:localhost|127\.0\.0\.1|\[::1\])(?::\d{1,5})?$/;
const BUILT_IN: readonly Matcher[] = [
  (origin) => LOCAL_ORIGIN.test(origin),
  matcherFor('https://observablehq.com'),
  matcherFor('https://*.observableusercontent.com'),
];

/**
 * Normalises one configured origin (lower case, default port and trailing slash dropped) or
 * throws: a path, query or credentials mean it is a URL, not an origin, and would never match.
 */
function normaliseOrigin(raw: string): string {
  const wildcard = raw.includes('://*.');
  // `*` is not a valid host name; a placeholder label lets URL parse and normalise the rest.
  const placeholder = 'wildcard-placeholder';
  let url: URL;
  try {
    url = new URL(wildcard ? raw.replace('://*.', `://${placeholder}.`) : raw);
  } catch {
    throw new Error(`CORS_ORIGINS: "${raw}" is not an origin (expected scheme://host[:port])`);
  }
  const isOrigin =
    (url.protocol === 'http:' || url.protocol === 'https:') &&
    url.pathname === '/' &&
    !url.search &&
    !url.hash &&
    !url.username &&
    !url.password;
  if (!isOrigin) {
    throw new Error(
      `CORS_ORIGINS: "${raw}" is not an origin (expected scheme://host[:port], without a path)`,
    );
  }
  return wildcard ? url.origin.replace(`://${placeholder}.`, '://*.') : url.origin;
}

/**
 * The extra origins of a `CORS_ORIGINS` value: comma-separated, blanks ignored, each normalised
 * and validated (an invalid entry throws, so a typo fails at start-up instead of silently
 * blocking a notebook). `*` allows every origin, which is sound only because no credentials
 * (cookies, HTTP auth) are ever allowed.
 */
export function parseCorsOrigins(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((s) => (s === '*' ? s : normaliseOrigin(s)));
}

/** The extra origins from `process.env.CORS_ORIGINS` (see `parseCorsOrigins`). */
export function corsOriginsFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  return parseCorsOrigins(env.CORS_ORIGINS);
}

/** Whether a browser page at `origin` may call the API, given the extra configured origins. */
export function isAllowedOrigin(origin: string, origins: readonly string[]): boolean {
  if (origins.includes('*')) return true;
  return [...BUILT_IN, ...origins.map(matcherFor)].some((matches) => matches(origin));
}

/**
 * CORS for the API routes: the built-in notebook origins plus `origins` (normalised as in
 * `parseCorsOrigins`). Mount it before the Apollo middleware so it answers preflights.
 */
export function corsMiddleware(origins: string[]): RequestHandler {
  const extra = origins.map((o) => (o === '*' ? o : normaliseOrigin(o)));
  const handler = cors({
    // A disallowed origin gets no CORS headers (the browser then withholds the response); the
    // request itself is still served, as for any client that sends no Origin at all.
    origin: (origin, callback) => {
      callback(null, origin !== undefined && isAllowedOrigin(origin, extra));
    },
    methods: ALLOWED_METHODS,
    allowedHeaders: ALLOWED_HEADERS,
    // Never: with credentials, browsers would refuse `*` and cookies would make CSRF possible.
    credentials: false,
    // Browsers cache a preflight for at most this long (Chromium caps it at 2 hours).
    maxAge: 600,
  });
  return (req, res, next) => {
    // The cors package adds `Vary: Origin` only when it allows the origin; a cache must also
    // know that a response without CORS headers was chosen by Origin.
    res.vary('Origin');
    handler(req, res, next);
  };
}
