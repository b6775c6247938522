// Request families aimed at GraphQL's arguments and syntax: injection into every argument,
// garbled documents, wrongly typed variables.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isInputType,
  parse,
  print,
  separateOperations,
  type GraphQLInputType,
} from 'graphql';
import { repoPath } from '../../../server/src/paths.js';
import { postOperation, type FuzzRequest } from './request.js';
import {
  callWith,
  rootFields,
  schema,
  selectionFor,
  validOperations,
  type ArgumentLeaf,
} from './schema.js';
import { hostileString, wrongJson } from './values.js';

/** The client's own operations, printed one per document: what real traffic looks like. */
const clientOperations = Object.values(
  separateOperations(
    parse(readFileSync(repoPath('client/src/graphql/operations.graphql'), 'utf8')),
  ),
).map((doc) => print(doc));

export const baseDocuments = [...validOperations, ...clientOperations];

/** A hostile value for one argument leaf, as JSON text (toLiteral turns it into a literal). */
function hostileFor(leaf: ArgumentLeaf): fc.Arbitrary<string> {
  const typed =
    leaf.named.name === 'Int'
      ? fc.constantFrom('0', '-1', '21', '101', '2147483647', '-2147483648', '2147483648', '1e3')
      : isEnumType(leaf.named)
        ? fc.constantFrom(
            ...leaf.named.getValues().map((v) => JSON.stringify(v.name)),
            '"upstream"',
          )
        : fc.constant('"x"');
  return fc.oneof(
    { weight: 3, arbitrary: hostileString.map((s) => JSON.stringify(s)) },
    typed,
    wrongJson,
  );
}

/** JSON text → the same value as a GraphQL literal (enum names stay strings: a wrong type). */
function toLiteral(json: string): string {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return json;
  }
  // A number as written: 1e400 and 30-digit integers reach the parser unrounded.
  if (typeof value === 'number') return json;
  const lit = (x: unknown): string => {
    if (Array.isArray(x)) return `[${x.map(lit).join(', ')}]`;
    if (x === null) return 'null';
    if (typeof x === 'object') {
      const fields = Object.entries(x).map(
        ([k, v]) => `${/^[_A-Za-z]\w*$/.test(k) ? k : 'k'}: ${lit(v)}`,
      );
      return `{ ${fields.join(', ')} }`;
    }
    return typeof x === 'number' ? String(x) : JSON.stringify(x);
  };
  return lit(value);
}

/** Every argument of every root field, each with hostile values, literally or in a variable. */
export function injection(leaf: ArgumentLeaf): fc.Arbitrary<FuzzRequest> {
  return fc
    .tuple(hostileFor(leaf), fc.boolean())
    .map(([json, asVariable]) =>
      asVariable
        ? postOperation(
            'injection',
            `query Op($v: ${leaf.type}) { ${callWith(leaf, '$v')} }`,
            `{"v":${json}}`,
          )
        : postOperation('injection', `query Op { ${callWith(leaf, toLiteral(json))} }`),
    );
}

const PUNCTUATION = [...'{ } ( ) [ ] : $ @ ! ... " """ # , = | &'.split(' '), '\n'];
const WORDS = [
  ...'query mutation subscription fragment on __typename __schema null 1e999 -'.split(' '),
  ...['\u0000', '\uFEFF', '\u200B'],
];
const insertion = fc.oneof(fc.constantFrom(...PUNCTUATION, ...WORDS), hostileString);

interface Edit {
  kind: 'delete' | 'insert' | 'duplicate' | 'truncate';
  at: number;
  len: number;
  text: string;
}
const edit: fc.Arbitrary<Edit> = fc.record({
  kind: fc.constantFrom('delete', 'insert', 'duplicate', 'truncate'),
  at: fc.nat(),
  len: fc.integer({ min: 1, max: 20 }),
  text: insertion,
});

function applyEdit(doc: string, e: Edit): string {
  const at = doc.length ? e.at % doc.length : 0;
  if (e.kind === 'delete') return doc.slice(0, at) + doc.slice(at + e.len);
  if (e.kind === 'insert') return doc.slice(0, at) + e.text + doc.slice(at);
  if (e.kind === 'duplicate') return doc.slice(0, at + e.len) + doc.slice(at);
  return doc.slice(0, at);
}

export const garbledDocument: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(fc.constantFrom(...baseDocuments), fc.array(edit, { minLength: 1, maxLength: 8 }))
      .map(([d, es]) => es.reduce(applyEdit, d)),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.constantFrom(...PUNCTUATION, ...WORDS, 'entity', 'id', 'Op'), { maxLength: 60 })
      .map((t) => t.join(' ')),
  },
);

export const garbled: fc.Arbitrary<FuzzRequest> = fc
  .tuple(
    garbledDocument,
    fc.option(fc.constantFrom('{}', '{"id":"body/cop"}')),
    fc.option(fc.constantFrom('Op', 'Search', 'Lineage')),
  )
  .map(([doc, vars, op]) => postOperation('garbled', doc, vars ?? undefined, op ?? undefined));

// Declared types for a variable, right or wrong; a wrong one fails validation.
const typeNames = Object.values(schema.getTypeMap())
  .filter((t) => isInputType(t) && !t.name.startsWith('__'))
  .map((t) => t.name);
const declaredType = fc
  .tuple(fc.constantFrom(...typeNames), fc.constantFrom('', '!', '[]', '[!]!'))
  .map(([t, m]) =>
    m.startsWith('[') ? `[${t}${m.slice(1, -1)}]${m.endsWith('!') ? '!' : ''}` : t + m,
  );

/** A root field with every argument in a variable, the values of the wrong type more often than not. */
export const variables: fc.Arbitrary<FuzzRequest> = fc.constantFrom(...rootFields).chain((field) =>
  fc
    .tuple(
      fc.tuple(
        ...field.args.map((a) =>
          fc.oneof({ weight: 2, arbitrary: fc.constant(String(a.type)) }, declaredType),
        ),
      ),
      fc.tuple(
        ...field.args.map((a) =>
          fc.option(
            isInputObjectType(getNamedType(a.type))
              ? fc.oneof(wrongJson, inputObjectJson(a.type))
              : wrongJson,
            { freq: 5 },
          ),
        ),
      ),
      fc.constantFrom('{}', '{"extra":1}', '{"v":1}'),
    )
    .map(([types, values, extra]) => {
      const decl = field.args.map((a, i) => `$${a.name}: ${types[i] ?? 'ID'}`).join(', ');
      const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const call = args ? `${field.name}(${args})` : field.name;
      const entries = field.args.flatMap((a, i) =>
        values[i] === null || values[i] === undefined
          ? []
          : [`${JSON.stringify(a.name)}:${values[i]}`],
      );
      const vars = entries.length ? `{${entries.join(',')}}` : extra;
      const selection = selectionFor(getNamedType(field.type).name);
      return postOperation('variables', `query Op(${decl}) { ${call} ${selection} }`, vars);
    }),
);

function inputObjectJson(type: GraphQLInputType): fc.Arbitrary<string> {
  const named = getNamedType(type);
  if (!isInputObjectType(named)) return wrongJson;
  const names = [...Object.keys(named.getFields()), 'unknownField', '__proto__'];
  return fc
    .array(fc.tuple(fc.constantFrom(...names), wrongJson), { maxLength: 5 })
    .map((fs) => `{${fs.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`);
}
