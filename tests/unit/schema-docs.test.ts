// The schema documents itself (GraphiQL, notebooks introspecting it), and schema.graphql is the
// contract clients read: both are checked here on the schema exactly as the server builds it.
import { existsSync, readFileSync } from 'node:fs';
import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
  type GraphQLSchema,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  liveSchema,
  printLiveSchema,
  SCHEMA_FILE,
  schemaPath,
  unifiedDiff,
} from '../../scripts/schema.js';

/**
 * Schema coordinates (`Type`, `Type.field`, `Type.field(arg)`, `Enum.VALUE`, `Input.field`) with
 * no description or a blank one. Introspection types and GraphQL's own scalars are not ours.
 */
function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  const check = (coordinate: string, description: string | null | undefined): void => {
    if (!description?.trim()) missing.push(coordinate);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    check(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
        for (const arg of field.args) {
          check(`${type.name}.${field.name}(${arg.name})`, arg.description);
        }
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        check(`${type.name}.${field.name}`, field.description);
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
    }
  }
  return missing;
}

describe('the schema', () => {
  it(`${SCHEMA_FILE} is the live schema (else run npm run schema:print)`, async () => {
    expect(existsSync(schemaPath()), `${SCHEMA_FILE} is missing`).toBe(true);
    const committed = readFileSync(schemaPath(), 'utf8');
    const diff = unifiedDiff(committed, await printLiveSchema(), SCHEMA_FILE, 'live schema');
    expect(diff, `${SCHEMA_FILE} is stale; run npm run schema:print`).toBe('');
  });

  it('documents every type, field, argument, enum value and input field', () => {
    expect(undocumented(liveSchema())).toEqual([]);
  });

  it('names what lacks a description by its coordinate', () => {
    // The check above passes trivially if `undocumented` finds nothing; this shows it finds.
    const schema = buildSchema(`
      "documented" type Query { "documented" a(x: Int, "documented" y: Int): T  b: E }
      type T { " " c: Int }
      "documented" enum E { V "documented" W }
      input I { f: Int }
      interface N { "documented" g(z: Int): Int }
    `);
    expect(undocumented(schema).sort()).toEqual(
      ['Query.a(x)', 'Query.b', 'T', 'T.c', 'E.V', 'I', 'I.f', 'N', 'N.g(z)'].sort(),
    );
  });
});
