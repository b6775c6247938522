// What every response to a fuzzed request must satisfy: no 5xx, a JSON body (or the declared file
// of a successful export), only documented error codes, and nothing of the server's insides.
import { Kind, Lexer, print, Source, TokenKind } from 'graphql';
import { ERROR_CODES } from '../../../server/src/graphql/errors.js';
import { REPO_ROOT } from '../../../server/src/paths.js';
import { EXPORT_FORMATS, exportSubgraph } from '../../../server/src/services/export/formats.js';
import type { FuzzRequest } from './request.js';

/** ERROR_CODES plus the two the transport answers with (README, "Errors"). */
export const DOCUMENTED_CODES = new Set([...Object.keys(ERROR_CODES), 'RATE_LIMITED', 'TIMEOUT']);
// Documented, but impossible here: Neo4j is up, nothing is rate limited, and every request is
// answered well within the timeout. Any of these means a bug (or a hang) the fuzz found.
const NOT_EXPECTED_HERE = new Set([
  'INTERNAL_SERVER_ERROR',
  'SERVICE_UNAVAILABLE',
  'RATE_LIMITED',
  'TIMEOUT',
]);

const EXPORT_TYPES = new Set(
  EXPORT_FORMATS.map(
    (f) => exportSubgraph({ nodes: [], edges: [], referenced: [] }, f, 'x').mimeType,
  ),
);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
export const LEAKS: readonly (readonly [string, RegExp])[] = [
  ['a stack frame', /\n\s+at /],
  ['a stack frame', /at .*\(.*:\d+:\d+\)/],
  ['a file path', /\/work\//],
  ['a file path', new RegExp(escapeRegExp(REPO_ROOT))],
  ['a file path', /node_modules/],
  ['a file path', /server\/src/],
  ['a Neo4j error code', /Neo\.(?:Client|Transient|Database)Error/],
  ['a driver error', /Neo4jError/],
  ['Cypher', /MATCH \(/],
  ['Cypher', /cypher/i],
  ['the word Neo4j', /neo4j/i],
];

export interface Answer {
  status: number;
  contentType: string;
  body: Uint8Array;
}

function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      stringsIn(v, out);
    }
  }
  return out;
}

/** The values of a GraphQL document's tokens, as far as it lexes (syntax errors quote them). */
function tokensOf(text: string): string[] {
  const out: string[] = [];
  try {
    const lexer = new Lexer(new Source(text));
    for (let i = 0; i < 2000; i++) {
      const token = lexer.advance();
      if (token.kind === TokenKind.EOF) break;
      if (token.value) out.push(token.value);
    }
  } catch {
    // A lexing error ends the document here; the tokens before it are what can be echoed.
  }
  return out;
}

/** The GraphQL documents of a parsed body: its `query`, or those of a batch. */
function documentsIn(body: unknown): string[] {
  if (Array.isArray(body)) return body.flatMap(documentsIn);
  const query = (body as { query?: unknown } | null)?.query;
  return typeof query === 'string' ? [query] : [];
}

/** The request's own strings, as the server may legitimately echo them back. */
function echoesOf(req: FuzzRequest, base: string): string[] {
  const texts: string[] = [];
  const documents: string[] = [];
  const url = new URL(req.target, base);
  for (const segment of url.pathname.split('/')) texts.push(decodeLoosely(segment));
  for (const [k, v] of new URLSearchParams(url.search)) {
    texts.push(k, v);
    if (k === 'query') documents.push(v);
  }
  for (const v of Object.values(req.headers)) texts.push(v, v.toUpperCase());
  if (req.body) {
    const text = new TextDecoder().decode(req.body);
    texts.push(text);
    try {
      const body: unknown = JSON.parse(text);
      stringsIn(body, texts);
      documents.push(...documentsIn(body));
    } catch {
      // Not JSON: the text itself is all there is to echo.
    }
  }
  // Only documents are quoted token by token (syntax and validation errors); any other value
  // is echoed whole, so its parts must not excuse a leak.
  const all = [...texts, ...documents.filter((d) => d.length < 200_000).flatMap(tokensOf)];
  const forms = all.flatMap((s) => {
    // Error messages cut an echoed id at 80 characters (services/graph.ts, http/export-routes.ts).
    const variants = s.length > 80 ? [s, s.slice(0, 80)] : [s];
    return variants.flatMap((v) => [
      v,
      JSON.stringify(v).slice(1, -1),
      print({ kind: Kind.STRING, value: v }).slice(1, -1),
    ]);
  });
  return [...new Set(forms)].filter((f) => f.length > 0).sort((a, b) => b.length - a.length);
}

function decodeLoosely(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** What is wrong with the answer to `req`; empty when nothing is. */
export function problemsWith(req: FuzzRequest, answer: Answer, base: string): string[] {
  const problems: string[] = [];
  const { status, contentType } = answer;
  const text = new TextDecoder().decode(answer.body);
  if (status >= 500) problems.push(`HTTP ${String(status)}`);
  const isFile = req.target.startsWith('/export/') && status === 200;
  let strings: string[];
  if ((status === 204 || req.method === 'HEAD') && text === '') {
    strings = [];
  } else if (isFile) {
    if (!EXPORT_TYPES.has(contentType)) problems.push(`an export of type ${contentType}`);
    strings = [text];
  } else {
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return [
        ...problems,
        `HTTP ${String(status)} with a body that is not JSON (${contentType}): ${text.slice(0, 200)}`,
      ];
    }
    if (!/^application\/(?:graphql-response\+)?json\b/.test(contentType)) {
      problems.push(`JSON sent as ${contentType}`);
    }
    problems.push(...codeProblems(body, status));
    strings = stringsIn(body);
  }
  let echoes: string[] | undefined;
  for (const s of strings) {
    if (!LEAKS.some(([, re]) => re.test(s))) continue;
    echoes ??= echoesOf(req, base);
    const own = echoes.reduce((rest, e) => rest.split(e).join('\u2400'), s);
    for (const [what, re] of LEAKS) {
      const m = re.exec(own);
      if (m)
        problems.push(
          `${what} leaked: ${JSON.stringify(own.slice(Math.max(0, m.index - 60), m.index + 80))}`,
        );
    }
  }
  return problems;
}

function codeProblems(body: unknown, status: number): string[] {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return ['a JSON body that is not an object'];
  }
  const errors = (body as { errors?: unknown }).errors;
  if (errors === undefined) {
    return status >= 400 ? [`HTTP ${String(status)} without errors`] : [];
  }
  if (!Array.isArray(errors) || errors.length === 0) return ['`errors` that is not a list'];
  return errors.flatMap((e: unknown) => {
    const { message, extensions } = (e ?? {}) as { message?: unknown; extensions?: unknown };
    const code = (extensions as { code?: unknown } | undefined)?.code;
    if (typeof message !== 'string') return ['an error without a message'];
    if (typeof code !== 'string') return [`an error without a code: ${message}`];
    if (!DOCUMENTED_CODES.has(code)) return [`undocumented code ${code}: ${message}`];
    if (NOT_EXPECTED_HERE.has(code)) return [`${code} from a healthy server: ${message}`];
    return [];
  });
}

/** Sends `req` and returns the problems with its answer (a failed exchange is one too). */
export async function exchange(req: FuzzRequest, base: string): Promise<string[]> {
  let answer: Answer;
  try {
    const res = await fetch(new URL(req.target, base), {
      method: req.method,
      headers: req.headers,
      body: req.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(req.abortAfterMs ?? 30_000),
    });
    answer = {
      status: res.status,
      contentType: res.headers.get('content-type') ?? '',
      body: new Uint8Array(await res.arrayBuffer()),
    };
  } catch (err) {
    // Hanging up was the point; whether the server survives it is checked at the end.
    if (req.abortAfterMs !== undefined) return [];
    const cause = err instanceof Error && err.cause instanceof Error ? err.cause.message : '';
    return [`no answer: ${String(err)} ${cause}`];
  }
  return problemsWith(req, answer, base);
}
