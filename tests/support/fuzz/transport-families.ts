// Request families aimed at the HTTP transport: wrong content types and encodings, bodies that
// are not GraphQL requests, odd operation names and persisted-query extensions, other methods.
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { baseDocuments } from './graphql-families.js';
import { JSON_TYPE, validBody } from './http-families.js';
import { postOperation, postText, request, type FuzzRequest } from './request.js';
import { hostileString, wrongJson } from './values.js';

const CONTENT_TYPES = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/graphql',
  'application/graphql-response+json',
  'application/json;;;',
  'application/jsonx',
  '*/*',
  'APPLICATION/JSON',
  'application/json, text/plain',
  `application/json; ${'x'.repeat(2000)}=1`,
];
const ACCEPTS = [
  'application/graphql-response+json',
  'text/html',
  'multipart/mixed; deferSpec=20220824',
  'text/event-stream',
  '*/*;q=0',
  'application/json;q=0.1, */*;q=0',
];
// Compressed to a few kilobytes, 50 MB inflated: the 1 MB limit must hold after inflating.
const zipBomb = gzipSync(Buffer.alloc(50 * 1024 * 1024, '{'));
export const operation = fc.constantFrom(...baseDocuments);
// A large lineage (about 50 ms): still being computed or sent when the client hangs up.
const HEAVY = JSON.stringify({
  query: `{ lineage(id: "body/cop", direction: BOTH, maxDepth: 20) {
    nodes { id name(lang: RU) } edges { id evidence { quote document { id } } } } }`,
});

export const transport: fc.Arbitrary<FuzzRequest> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...CONTENT_TYPES, ''), validBody, fc.boolean())
    .map(([type, b, preflight]) =>
      postText('transport', b, {
        ...(type ? { 'content-type': type } : {}),
        ...(preflight ? { 'apollo-require-preflight': 'true' } : {}),
      }),
    ),
  fc
    .constantFrom(
      '1',
      '"s"',
      'null',
      'true',
      '[]',
      '{}',
      '[[]]',
      '""',
      '-0',
      '1e999',
      '',
      ' ',
      '{"query":"{ __typename }"',
      '{"query":"a","query":"{ __typename }"}',
    )
    .map((b) => postText('transport', b)),
  wrongJson.map((q) => postText('transport', `{"query":${q}}`)),
  fc
    .tuple(operation, wrongJson)
    .map(([q, v]) => postText('transport', `{"query":${JSON.stringify(q)},"variables":${v}}`)),
  fc
    .tuple(
      operation,
      fc.oneof(
        wrongJson,
        fc.constantFrom(
          '{"persistedQuery":{"version":1,"sha256Hash":"abc"}}',
          '{"persistedQuery":{"version":2}}',
          '{"persistedQuery":null}',
          '{"persistedQuery":"x"}',
        ),
      ),
    )
    .map(([q, e]) => postText('transport', `{"query":${JSON.stringify(q)},"extensions":${e}}`)),
  fc
    .oneof(wrongJson, fc.constantFrom('{"persistedQuery":{"version":1,"sha256Hash":"abc"}}'))
    .map((e) => postText('transport', `{"extensions":${e}}`)),
  fc
    .tuple(
      operation,
      fc.oneof(
        hostileString.map((s) => JSON.stringify(s)),
        wrongJson,
      ),
    )
    .map(([q, n]) => postText('transport', `{"query":${JSON.stringify(q)},"operationName":${n}}`)),
  fc
    .tuple(operation, operation, fc.option(fc.constantFrom('A', 'B', 'C')))
    .map(([a, b, op]) =>
      postOperation(
        'transport',
        `${a.replace(/^query \w+/, 'query A')} ${b.replace(/^query \w+/, 'query B')}`,
        undefined,
        op ?? undefined,
      ),
    ),
  fc
    .constantFrom(
      'mutation { __typename }',
      'subscription { __typename }',
      'mutation M { x }',
      '{ __typename } mutation { __typename }',
    )
    .map((q) => postOperation('transport', q)),
  fc
    .tuple(fc.constantFrom('PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD'), validBody)
    .map(([m, b]) =>
      request(
        'transport',
        m,
        '/graphql',
        JSON_TYPE,
        m === 'OPTIONS' || m === 'HEAD' ? undefined : b,
      ),
    ),
  fc
    .tuple(fc.constantFrom(...ACCEPTS), validBody)
    .map(([accept, b]) => postText('transport', b, { ...JSON_TYPE, accept })),
  fc
    .tuple(fc.stringMatching(/^[\x21-\x7e][\x20-\x7e]{0,300}$/), validBody)
    .map(([id, b]) => postText('transport', b, { ...JSON_TYPE, 'x-request-id': id })),
  fc
    .tuple(fc.constantFrom('gzip', 'deflate', 'br', 'identity', 'gzip, gzip', 'bogus'), validBody)
    .map(([enc, b]) => postText('transport', b, { ...JSON_TYPE, 'content-encoding': enc })),
  validBody.map((b) =>
    postText('transport', gzipSync(b), { ...JSON_TYPE, 'content-encoding': 'gzip' }),
  ),
  fc
    .constant(null)
    .map(() => postText('transport', zipBomb, { ...JSON_TYPE, 'content-encoding': 'gzip' })),
  fc
    .tuple(fc.oneof(validBody, fc.constant(HEAVY)), fc.integer({ min: 0, max: 40 }))
    .map(([b, ms]) => Object.assign(postText('transport', b), { abortAfterMs: ms })),
  operation.map((q) =>
    postText(
      'transport',
      `{"__proto__":{"query":${JSON.stringify(q)}},"constructor":{"prototype":{"x":1}}}`,
    ),
  ),
);
