// Request families aimed at URLs: GET /graphql with hostile query strings, and the export routes.
import fc from 'fast-check';
import { EXPORT_FORMATS } from '../../../server/src/services/export/formats.js';
import { garbledDocument } from './graphql-families.js';
import { JSON_TYPE } from './http-families.js';
import { request, type FuzzRequest } from './request.js';
import { operation } from './transport-families.js';
import { hostileString, KNOWN_IDS, wrongJson } from './values.js';

/** Percent-encoded; a lone surrogate (which no URL can carry) becomes U+FFFD first. */
const encode = (s: string) =>
  encodeURIComponent(
    s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'),
  );

/**
 * Node answers a request line and headers over 16 KB itself (431, no body) before any of the
 * app runs; what the app does with long URLs is what is fuzzed here.
 */
const underHeaderLimit = (target: string) => target.slice(0, 12_000);

/** A query-string value: percent-encoded text, or raw bytes that are not valid escapes. */
const queryValue = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.oneof(operation, garbledDocument, hostileString, wrongJson).map(encode),
  },
  fc.constantFrom('%', '%zz', '%ff', '%c0%80', '%ed%a0%80', '%00', '+', '%2B%2B', "'", '"'),
);
const queryKey = fc.constantFrom(
  'query',
  'variables',
  'operationName',
  'extensions',
  'query[]',
  'query[a]',
  'variables[id]',
  '__proto__',
  'x',
);

export const gets: fc.Arbitrary<FuzzRequest> = fc
  .tuple(
    fc.constantFrom('/graphql', '/graphql/', '/graphql/x', '/GRAPHQL', '/graphql//'),
    fc.oneof(
      { weight: 3, arbitrary: operation.map((q) => [['query', encode(q)] as const]) },
      fc.constant([]),
    ),
    fc.array(fc.tuple(queryKey, queryValue), { maxLength: 6 }),
    fc.constantFrom<Record<string, string>>(
      { 'apollo-require-preflight': 'true' },
      { 'apollo-require-preflight': 'true' },
      { 'x-apollo-operation-name': 'Op' },
      {},
      JSON_TYPE,
    ),
  )
  .map(([path, base, params, headers]) => {
    const search = [...base, ...params].map(([k, v]) => `${k}=${v}`).join('&');
    return request('get', 'GET', underHeaderLimit(`${path}?${search}`), headers);
  });

const formatSegment = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...EXPORT_FORMATS) },
  fc
    .oneof(hostileString, fc.constantFrom('GRAPHML', 'csv', '...', '', 'cyjs/x', 'graphml.'))
    // `.` and `..` are dot segments: the URL would be resolved to another path before sending.
    .map((s) => encode(/^\.{1,2}$/.test(s) ? `x${s}` : s)),
  fc.constantFrom('%ff', '%', '%2e%2e%2fpackage.json', 'cyjs/extra', '', '..%2f..%2f'),
);
const exportParam = fc.oneof(
  fc.tuple(
    fc.constant('direction'),
    fc.oneof(fc.constantFrom('UPSTREAM', 'downstream', 'Both'), hostileString).map(encode),
  ),
  fc.tuple(
    fc.constant('maxDepth'),
    fc
      .oneof(
        fc.constantFrom('1', '6', '20', '0', '21', '1e1', '0x10', ' 6 ', '007', '-1'),
        hostileString,
      )
      .map(encode),
  ),
  // A second id, or ids the query-string parser could read as arrays or objects.
  fc.tuple(fc.constantFrom('id', 'id[]', 'id[x]', '__proto__', 'format', 'x'), queryValue),
);

export const exports: fc.Arbitrary<FuzzRequest> = fc
  .tuple(
    formatSegment,
    fc.option(fc.oneof(fc.constantFrom(...KNOWN_IDS), hostileString), { freq: 10 }),
    fc.array(exportParam, { maxLength: 3 }),
    fc.constantFrom('GET', 'GET', 'GET', 'POST'),
  )
  .map(([format, id, params, method]) => {
    const all = id === null ? params : [['id', encode(id)] as const, ...params];
    const search = all.map(([k, v]) => `${k}=${v}`).join('&');
    return request('export', method, underHeaderLimit(`/export/${format}?${search}`), {});
  });
