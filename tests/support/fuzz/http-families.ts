// Request families aimed at the bytes of a body: huge bodies and odd encodings.
import fc from 'fast-check';
import { baseDocuments } from './graphql-families.js';
import { postOperation, postText, type FuzzRequest } from './request.js';
import { KNOWN_IDS } from './values.js';

export const JSON_TYPE = { 'content-type': 'application/json' };
const size = fc.integer({ min: 100_000, max: 2_000_000 });
const unit = fc.constantFrom('a', 'Ж', '💥', '\u0000', '"', '\\', ' ', '{');
const huge = fc.tuple(unit, size).map(([u, n]) => u.repeat(Math.ceil(n / u.length)));

export const hugeBodies: fc.Arbitrary<FuzzRequest> = fc.oneof(
  huge.map((s) => postOperation('huge', `{ search(query: ${JSON.stringify(s)}) { id } }`)),
  huge.map((s) =>
    postOperation(
      'huge',
      'query($id: ID!) { lineage(id: $id) { nodes { id } } }',
      JSON.stringify({ id: s }),
    ),
  ),
  huge.map((s) =>
    postOperation(
      'huge',
      'query($a: String) { mandates(after: $a) { totalCount } }',
      JSON.stringify({ a: s }),
    ),
  ),
  huge.map((s) => postText('huge', s)),
  size.map((n) => postText('huge', `{"query":"{ __typename }"${' '.repeat(n)}}`)),
  size.map((n) => postOperation('huge', `{ ${'__typename '.repeat(n / 11)}}`)),
  size.map((n) => postOperation('huge', `# ${'x'.repeat(n)}\n{ __typename }`)),
  size.map((n) =>
    postText(
      'huge',
      `{"query":"{ __typename }","variables":{${Array.from({ length: n / 12 }, (_, i) => `"v${String(i)}":1`).join(',')}}}`,
    ),
  ),
);

// Not valid UTF-8: stray continuation bytes, overlong forms, encoded surrogates, truncated sequences.
const BAD_BYTES = [
  [0xff],
  [0xfe],
  [0xc0, 0x80],
  [0xed, 0xa0, 0x80],
  [0xe2, 0x82],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0x80],
  [0x00],
];
const MARKS = [
  '\u200B',
  '\u200E',
  '\u200F',
  '\u202E',
  '\u2066',
  '\uFEFF',
  '\u0000',
  '\uD800',
  '\u00A0',
  '\u2028',
];
const utf8 = (s: string) => new TextEncoder().encode(s);
const concat = (...parts: (Uint8Array | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => [...p]));
export const validBody = fc
  .constantFrom(...baseDocuments)
  .map((query) => JSON.stringify({ query, variables: { id: 'body/wg-firearms' } }));

function utf16(s: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out[2 * i + (bigEndian ? 1 : 0)] = c & 0xff;
    out[2 * i + (bigEndian ? 0 : 1)] = c >> 8;
  }
  return out;
}

const withCharset = (c: string) => ({ 'content-type': `application/json; charset=${c}` });

export const encodings: fc.Arbitrary<FuzzRequest> = fc.oneof(
  fc
    .tuple(
      validBody,
      fc.array(fc.tuple(fc.nat(), fc.constantFrom(...BAD_BYTES)), { minLength: 1, maxLength: 5 }),
    )
    .map(([body, bad]) => {
      let bytes = utf8(body);
      for (const [at, b] of bad)
        bytes = concat(bytes.subarray(0, at % bytes.length), b, bytes.subarray(at % bytes.length));
      return postText('encodings', bytes);
    }),
  validBody.map((b) => postText('encodings', concat([0xef, 0xbb, 0xbf], utf8(b)))),
  fc
    .tuple(
      validBody,
      fc.boolean(),
      fc.constantFrom('utf-16', 'utf-16le', 'utf-16be', 'utf-8', 'utf-32', ''),
    )
    .map(([b, be, charset]) =>
      postText(
        'encodings',
        concat(be ? [0xfe, 0xff] : [0xff, 0xfe], utf16(b, be)),
        charset ? withCharset(charset) : JSON_TYPE,
      ),
    ),
  fc
    .tuple(
      validBody,
      fc.constantFrom(
        'latin1',
        'iso-8859-1',
        'windows-1251',
        'koi8-r',
        'ascii',
        'bogus',
        '"utf-8"',
        'utf-8; x=y',
        'UTF-8',
      ),
    )
    .map(([b, c]) => postText('encodings', b, withCharset(c))),
  fc
    .tuple(
      fc.constantFrom(...baseDocuments),
      fc.array(fc.tuple(fc.nat(), fc.constantFrom(...MARKS)), { minLength: 1, maxLength: 4 }),
    )
    .map(([doc, marks]) =>
      postOperation(
        'encodings',
        marks.reduce((d, [at, m]) => d.slice(0, at % d.length) + m + d.slice(at % d.length), doc),
      ),
    ),
  fc
    .tuple(fc.constantFrom(...MARKS), fc.constantFrom(...KNOWN_IDS))
    .map(([m, id]) =>
      postOperation(
        'encodings',
        'query($id: ID!) { entity(id: $id) { id } }',
        JSON.stringify({ id: m + id + m }),
      ),
    ),
  validBody.map((b) => postText('encodings', b.replace('{', '{\u0000'))),
);
