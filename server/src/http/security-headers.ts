// Security headers on every response (helmet): a strict Content-Security-Policy, no framing, no
// MIME sniffing, no Referer. The page holds a write token (client/src/api/ingest-token.ts), so a
// script slipped into it through the data must not run, and another site must not frame it.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/** `'sha256-…'`, a CSP hash source for this exact text. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/**
 * Hash sources for the inline scripts of a built page: Vite inlines the early-requests script in
 * index.html (client/vite.config.ts), and the build decides its text, so it is hashed from the
 * file the server sends, read once at start (`npm start` and the tests build before the server
 * starts). A script with a `src` is covered by 'self'. The text between the tags is what the
 * browser hashes: a script element's content is raw text, no entity is decoded.
 */
export function inlineScriptHashes(htmlFile: string): string[] {
  if (!existsSync(htmlFile)) return [];
  const html = readFileSync(htmlFile, 'utf8');
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    .filter(([, attributes = '']) => !/\bsrc\s*=/i.test(attributes))
    .map(([, , text = '']) => cspHash(text));
}

/**
 * cytoscape's renderer puts one `<style>` in the head for its container (`position: relative`,
 * in BRp.init of cytoscape's renderer); allowed by its hash, so the explorer needs no
 * 'unsafe-inline' styles. If a cytoscape upgrade changes the text, the browser tests fail on the
 * CSP violation it logs.
 */
const CYTOSCAPE_STYLE = '.__________cytoscape_container { position: relative; }';

/** The paths that answer with GraphiQL's page. */
const GRAPHIQL_PATH = /^\/graphiql(?:\.html)?\/?$/i;

type Directives = Record<string, string[]>;

/** What both pages share; everything not named falls back to default-src 'self'. */
function baseDirectives(scriptHashes: string[]): Directives {
  return {
    'default-src': ["'self'"],
    // Scripts only from the server's own files, plus the build's inline scripts by hash: never
    // 'unsafe-inline' or 'unsafe-eval', and no inline event handlers.
    'script-src': ["'self'", ...scriptHashes],
    'script-src-attr': ["'none'"],
    // The explorer's ELK layout and GraphiQL's Monaco editor run Web Workers from /assets.
    'worker-src': ["'self'"],
    // The API is on the same origin; the page talks to no other host.
    'connect-src': ["'self'"],
    // The pages' icon is `data:,` (no request for /favicon.ico).
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    // No form is ever submitted by navigation (uploads go through fetch).
    'form-action': ["'none'"],
    'frame-ancestors': ["'none'"],
  };
}

function withHelmet(directives: Directives): RequestHandler {
  return helmet({
    contentSecurityPolicy: { useDefaults: false, directives },
    xFrameOptions: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // The server speaks plain HTTP (loopback by default); HSTS is for whatever terminates TLS in
    // front of it, which knows the domain's subdomains. Sent over HTTP it would be ignored.
    strictTransportSecurity: false,
  });
}

/**
 * The headers for every response of the app. Two policies, which differ only in what the page
 * needs:
 * - the explorer (and the API, the assets, the errors): styles from 'self' and cytoscape's one
 *   `<style>` by hash; no inline style at all otherwise (React and cytoscape set element styles
 *   through the CSSOM, which CSP does not govern);
 * - GraphiQL (/graphiql): Monaco writes its theme and layout into `<style>` elements it creates at
 *   run time, with contents no hash can know in advance, so styles there need 'unsafe-inline'
 *   (styles only: scripts stay as strict); its CSS embeds its icon fonts as `data:` URLs.
 * @param clientDir the client's build (client/dist), whose pages' inline scripts are hashed.
 */
export function securityHeaders(clientDir: string): RequestHandler {
  const explorer = withHelmet({
    ...baseDirectives(inlineScriptHashes(join(clientDir, 'index.html'))),
    'style-src': ["'self'", cspHash(CYTOSCAPE_STYLE)],
  });
  const graphiql = withHelmet({
    ...baseDirectives(inlineScriptHashes(join(clientDir, 'graphiql.html'))),
    'style-src': ["'self'", "'unsafe-inline'"],
    'font-src': ["'self'", 'data:'],
  });
  return (req, res, next) => {
    // As app.ts routes it (Express matches paths case-insensitively, with or without a trailing
    // slash), and graphiql.html by its own name from express.static.
    const page = GRAPHIQL_PATH.test(req.path) ? graphiql : explorer;
    page(req, res, next);
  };
}
