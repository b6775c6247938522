// Hostile values: Cypher and Lucene injection, odd Unicode, wrong JSON types, raw JSON numbers
// that JavaScript cannot even hold.
import fc from 'fast-check';

/** Real ids, so an injected suffix starts from something the server knows. */
export const KNOWN_IDS = [
  'body/wg-firearms',
  'resolution/7/1',
  'CTOC/COP/WG.4/2020/4',
  'session/10',
  'document/2020-07-01-CTOC-COP-2020-1-items-2-4-5',
];

const CYPHER = [
  "' OR 1=1 //",
  '" OR 1=1 //',
  'x" }) MATCH (n) DETACH DELETE n //',
  "x'}) MATCH (n) DETACH DELETE n //",
  '") RETURN 1 AS x UNION MATCH (n) RETURN n.id AS x //',
  "'; MATCH (n) SET n.pwned = true; //",
  "body/wg-firearms'}) CREATE (:Pwned) //",
  'MERGE (x:Entity {id: "pwned"}) RETURN x',
  'CALL db.labels() YIELD label RETURN label',
  "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
  'CALL apoc.cypher.runWrite("MATCH (n) DETACH DELETE n", {})',
  'DROP CONSTRAINT entity_id',
  '$id',
  '{id}',
  '`id`',
  '/*',
  '*/',
  '// x',
  '\\',
  "\\'",
  '\\"',
  '${id}',
  ':param id => 1',
  'n.id',
];
const LUCENE = [
  '*',
  '*:*',
  '?',
  'id:*',
  'a AND b',
  'a OR b',
  'NOT a',
  '-a +b',
  'a~',
  'a~0.5',
  'working~999',
  '"unterminated',
  '(',
  ')',
  '[a TO z]',
  '{a TO z}',
  'a^1000',
  '/.*/',
  '/[/',
  '&& || !',
  'a:b:c',
  '\\*',
  'СТОС/СОР/WG.4/2020/4',
  'резолюцией 7/1',
  '7/1',
];
const ODD = [
  '',
  ' ',
  '\t\n\r',
  '\u0000',
  'a\u0000b',
  '\u200B',
  '\u200E\u200F',
  '\u202Ebody/cop',
  '\uFEFF',
  '\uD800',
  '\uDFFF',
  'a\uD83Db',
  '💥',
  'مرحبا',
  'שלום',
  'body/cop\u0301',
  '../../etc/passwd',
  '%00',
  '%2e%2e%2f',
  '<script>alert(1)</script>',
  '${jndi:ldap://x/a}',
  '{{7*7}}',
  '__proto__',
  'constructor',
  'NaN',
  'Infinity',
  '-0',
  '1e309',
  '9'.repeat(400),
  '{"a":1}',
];
// What the leak check looks for, sent on purpose: an echo of it must not count as a leak, and
// the check must tell an echo from a leak.
const LEAKY = [
  'Neo4jError',
  'Neo.ClientError.Statement.SyntaxError',
  'MATCH (n) RETURN n',
  'neo4j://x',
  'Cypher',
  '\n    at f (/work/main/server/src/x.ts:1:2)',
  'node_modules',
];

export const HOSTILE_STRINGS = [...CYPHER, ...LUCENE, ...ODD, ...LEAKY];

const SPECIAL_CHARS = '\'"\\`{}()[]$:;/*~^?!&|+-<>%# \n\u0000\u200B\uFEFF\uD800\u202E'.split('');

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...KNOWN_IDS, ''),
        fc.constantFrom(...HOSTILE_STRINGS),
        fc.constantFrom(...HOSTILE_STRINGS),
      )
      .map((parts) => parts.join('')),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...SPECIAL_CHARS), maxLength: 40 }) },
  // Over the search limit (300) and the length at which error messages cut an echo (80).
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...HOSTILE_STRINGS, 'a', 'Ж'), fc.integer({ min: 2, max: 3000 }))
      .map(([s, n]) => s.repeat(n).slice(0, 5000)),
  },
);

/** JSON numbers as text: JSON.stringify cannot write 1e400 or a 30-digit integer. */
const RAW_NUMBERS = [
  '1e400',
  '-1e400',
  '123456789012345678901234567890',
  '0.0000001',
  '-0',
  '2147483648',
  '-2147483649',
  '9007199254740993',
  '1.5',
  '0',
  '-1',
  '101',
  '21',
];

function nested(depth: number, leaf: string, array: boolean): string {
  return array
    ? '['.repeat(depth) + leaf + ']'.repeat(depth)
    : '{"a":'.repeat(depth) + leaf + '}'.repeat(depth);
}

/** A JSON value as text, of any type but (usually) the one expected. */
export const wrongJson: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...RAW_NUMBERS, 'null', 'true', 'false', '[]', '{}', '""', '[null]', '[[]]'),
  fc.constantFrom('"NaN"', '"Infinity"', '"1e3"', '"0x10"', '" 6 "', '"true"', '"UPSTREAM"'),
  fc.double().map((d) => JSON.stringify(d)),
  fc.integer().map(String),
  hostileString.map((s) => JSON.stringify(s)),
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.array(hostileString, { maxLength: 30 }).map((a) => JSON.stringify(a)),
  fc
    .tuple(fc.integer({ min: 2, max: 60 }), fc.constantFrom('1', '"x"', 'null'), fc.boolean())
    .map(([d, leaf, array]) => nested(d, leaf, array)),
);

export { nested };
