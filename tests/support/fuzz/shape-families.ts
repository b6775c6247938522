// Request families aimed at the shape of a request: deep nesting, alias bombs, batches.
import fc from 'fast-check';
import { baseDocuments, garbledDocument } from './graphql-families.js';
import { postJson, postOperation, postText, type FuzzRequest } from './request.js';
import { nested } from './values.js';

const depth = fc.integer({ min: 50, max: 5000 });

export const deep: fc.Arbitrary<FuzzRequest> = fc.oneof(
  depth.map((d) =>
    postOperation(
      'deep',
      `{ entity(id: "session/7") { ... on Session { ${'mandates { session { '.repeat(d)}id${' } }'.repeat(d)} } } }`,
    ),
  ),
  depth.map((d) => postOperation('deep', `{${'a{'.repeat(d)}b${'}'.repeat(d)}}`)),
  depth.map((d) =>
    postOperation('deep', `{ search(query: "x", kinds: ${nested(d, 'BODY', true)}) { id } }`),
  ),
  depth.map((d) =>
    postOperation(
      'deep',
      `{ mandates(filter: ${nested(d, '1', false).replaceAll('"a"', 'session')}) { totalCount } }`,
    ),
  ),
  fc
    .tuple(depth, fc.boolean())
    .map(([d, array]) =>
      postOperation(
        'deep',
        'query Op($k: [EntityKind!], $f: MandateFilter) { search(query: "x", kinds: $k) { id } mandates(filter: $f) { totalCount } }',
        `{"k":${nested(d, '"BODY"', array)},"f":${nested(d, '1', !array)}}`,
      ),
    ),
  fc
    .tuple(depth, fc.constantFrom('extensions', 'operationName', 'query', 'x'))
    .map(([d, key]) =>
      postText(
        'deep',
        `{"query":"{ __typename }",${JSON.stringify(key)}:${nested(d, '1', d % 2 === 0)}}`,
      ),
    ),
  depth.map((d) =>
    postOperation('deep', `{ ${'... on Query { '.repeat(d)}__typename${' }'.repeat(d)} }`),
  ),
  fc
    .integer({ min: 50, max: 400 })
    .map((n) =>
      postOperation(
        'deep',
        `{ ...F0 } ${Array.from({ length: n }, (_, i) => `fragment F${String(i)} on Query { ${i + 1 < n ? `...F${String(i + 1)}` : '__typename'} }`).join(' ')}`,
      ),
    ),
);

const count = fc.integer({ min: 100, max: 3000 });
const repeat = (n: number, f: (i: number) => string) =>
  Array.from({ length: n }, (_, i) => f(i)).join(' ');

export const aliases: fc.Arbitrary<FuzzRequest> = fc.oneof(
  count.map((n) =>
    postOperation('aliases', `{ ${repeat(n, (i) => `a${String(i)}: __typename`)} }`),
  ),
  fc
    .integer({ min: 51, max: 330 })
    .map((n) => postOperation('aliases', `{ ${repeat(n, (i) => `a${String(i)}: __typename`)} }`)),
  count.map((n) =>
    postOperation(
      'aliases',
      `{ ${repeat(n, (i) => `e${String(i)}: entity(id: "body/wg-firearms") { id }`)} }`,
    ),
  ),
  fc
    .tuple(fc.integer({ min: 2, max: 300 }), fc.integer({ min: 2, max: 49 }))
    .map(([spreads, inner]) =>
      postOperation(
        'aliases',
        `{ ${repeat(spreads, () => '...F')} } fragment F on Query { ${repeat(inner, (i) => `a${String(i)}: __typename`)} }`,
      ),
    ),
  count.map((n) => postOperation('aliases', `{ ${repeat(n, () => '__typename')} }`)),
  count.map((n) =>
    postOperation('aliases', `{ __typename ${repeat(n, () => '@include(if: true)')} }`),
  ),
  count.map((n) =>
    postOperation(
      'aliases',
      `{ entity(id: "body/cop") { ${repeat(n, (i) => `i${String(i)}: id`)} } }`,
    ),
  ),
);

const batchItem = fc.oneof(
  fc.constantFrom(...baseDocuments).map((query) => ({ query })),
  garbledDocument.map((query) => ({ query })),
  fc.jsonValue({ maxDepth: 3 }),
);

export const batches: fc.Arbitrary<FuzzRequest> = fc.oneof(
  fc.array(batchItem, { maxLength: 50 }).map((ops) => postJson('batches', ops)),
  fc
    .tuple(fc.constantFrom(...baseDocuments), fc.integer({ min: 100, max: 5000 }))
    .map(([query, n]) =>
      postText('batches', `[${Array(n).fill(JSON.stringify({ query })).join(',')}]`),
    ),
  fc
    .array(fc.array(batchItem, { maxLength: 5 }), { maxLength: 5 })
    .map((ops) => postJson('batches', ops)),
);
