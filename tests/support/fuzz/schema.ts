// The API's root fields and every argument leaf, read from the SDL: a field or an argument added
// later is fuzzed without anyone editing the fuzz test.
import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
} from 'graphql';
import { loadTypeDefs } from '../../../server/src/graphql/type-defs.js';

export const schema = buildSchema(loadTypeDefs());

/** An argument, or a field of an input-object argument: `lineage(id)`, `bodies(filter.mandate)`. */
export interface ArgumentLeaf {
  field: string;
  path: readonly string[];
  /** The declared type at the path, as SDL (`ID!`, `[EntityKind!]`, `Int`). */
  type: string;
  named: GraphQLNamedType;
}

type RootField = GraphQLField<unknown, unknown>;

export const rootFields: readonly RootField[] = Object.values(
  schema.getQueryType()?.getFields() ?? {},
);

function leavesOf(field: string, path: string[], type: GraphQLInputType): ArgumentLeaf[] {
  const named = getNamedType(type);
  const here: ArgumentLeaf = { field, path, type: String(type), named };
  if (!isInputObjectType(named) || isListType(isNonNullType(type) ? type.ofType : type)) {
    return [here];
  }
  // The input object itself is a target too (a string where an object belongs).
  return [
    here,
    ...Object.values(named.getFields()).flatMap((f) => leavesOf(field, [...path, f.name], f.type)),
  ];
}

export const argumentLeaves: readonly ArgumentLeaf[] = rootFields.flatMap((f) =>
  f.args.flatMap((a) => leavesOf(f.name, [a.name], a.type)),
);

/** A value every resolver accepts for a required argument of this type. */
function validLiteral(type: GraphQLInputType): string {
  const named = getNamedType(type);
  if (isListType(isNonNullType(type) ? type.ofType : type)) return '[]';
  if (isEnumType(named)) return named.getValues()[0]?.name ?? 'null';
  if (isInputObjectType(named)) {
    const required = Object.values(named.getFields()).filter((f) => isNonNullType(f.type));
    return `{ ${required.map((f) => `${f.name}: ${validLiteral(f.type)}`).join(', ')} }`;
  }
  if (named.name === 'Int' || named.name === 'Float') return '1';
  if (named.name === 'Boolean') return 'true';
  // A real id, and words `search` finds: one value serves ID and String alike.
  return '"body/wg-firearms"';
}

/** Scalars without required arguments, and one level of objects below: resolvers run. */
export function selectionFor(typeName: string, depth = 2): string {
  const type = schema.getType(typeName);
  if (!type || isLeafType(type)) return '';
  if (!isObjectType(type) && !isInterfaceType(type)) return '{ __typename }';
  const fields = Object.values(type.getFields()).filter((f) =>
    f.args.every((a) => !isNonNullType(a.type)),
  );
  const leaves = fields.filter((f) => isLeafType(getNamedType(f.type))).slice(0, 4);
  const objects = depth > 1 ? fields.filter((f) => !isLeafType(getNamedType(f.type))) : [];
  const inner = objects.slice(0, 2).map((f) => {
    const sub = selectionFor(getNamedType(f.type).name, depth - 1);
    return `${f.name} ${sub}`;
  });
  return `{ __typename ${[...leaves.map((f) => f.name), ...inner].join(' ')} }`;
}

/**
 * `field(args…) { selection }` with `value` (a GraphQL value: a literal or `$v`) at `leaf`, and
 * valid values for the other required arguments.
 */
export function callWith(leaf: ArgumentLeaf, value: string): string {
  const field = rootFields.find((f) => f.name === leaf.field);
  if (!field) throw new Error(`no root field ${leaf.field}`);
  const [top, ...rest] = leaf.path;
  const args = field.args.flatMap((a) => {
    if (a.name === top) {
      const nested = rest.reduceRight((inner, name) => `{ ${name}: ${inner} }`, value);
      return [`${a.name}: ${nested}`];
    }
    return isNonNullType(a.type) ? [`${a.name}: ${validLiteral(a.type)}`] : [];
  });
  return `${field.name}(${args.join(', ')}) ${selectionFor(getNamedType(field.type).name)}`;
}

/** One valid operation per root field, with only its required arguments. */
export const validOperations: readonly string[] = rootFields.map((f) => {
  const args = f.args
    .filter((a) => isNonNullType(a.type))
    .map((a) => `${a.name}: ${validLiteral(a.type)}`);
  const call = args.length ? `${f.name}(${args.join(', ')})` : f.name;
  return `query Op { ${call} ${selectionFor(getNamedType(f.type).name)} }`;
});
