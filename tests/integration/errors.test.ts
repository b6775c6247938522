import { describe, expect, it } from 'vitest';
import { useApi } from '../support/api.js';

const api = useApi();

async function firstError(query: string, variables?: Record<string, unknown>) {
  const { errors } = await api.run(query, variables);
  expect(errors.length).toBeGreaterThan(0);
  return errors[0]!;
}

describe('bad input', () => {
  it.each([
    ['lineage', '{ lineage(id: "body/nope") { nodes { id } } }'],
    ['whyExists', '{ whyExists(id: "resolution/99/1") { summary } }'],
    ['entity', '{ entity(id: "CTOC/COP/WG.99/2020/1") { id } }'],
  ])('%s with an unknown id is BAD_USER_INPUT naming id', async (_, query) => {
    const e = await firstError(query);
    expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    expect(e.extensions?.argument).toBe('id');
    expect(e.message).toMatch(/^id: no entity has the id "/);
  });

  it('a direction that does not exist is BAD_USER_INPUT naming direction', async () => {
    const e = await firstError(
      '{ lineage(id: "resolution/7/1", direction: SIDEWAYS) { nodes { id } } }',
    );
    expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    expect(e.extensions?.argument).toBe('direction');
    expect(e.message).toContain('direction');
  });

  it('a bad direction in a variable is BAD_USER_INPUT naming the variable', async () => {
    const e = await firstError(
      'query($d: Direction) { lineage(id: "resolution/7/1", direction: $d) { nodes { id } } }',
      {
        d: 'sideways',
      },
    );
    expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    expect(e.message).toContain('$d');
  });

  it.each([0, 21, -3])('maxDepth %i is BAD_USER_INPUT naming maxDepth', async (depth) => {
    const e = await firstError(
      `{ lineage(id: "resolution/7/1", maxDepth: ${depth}) { nodes { id } } }`,
    );
    expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    expect(e.extensions?.argument).toBe('maxDepth');
    expect(e.message).toMatch(/^maxDepth: must be between 1 and 20/);
  });

  it('a maxDepth that is not an integer is BAD_USER_INPUT naming maxDepth', async () => {
    const e = await firstError(
      '{ lineage(id: "resolution/7/1", maxDepth: "deep") { nodes { id } } }',
    );
    expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    expect(e.extensions?.argument).toBe('maxDepth');
  });

  it.each([
    ['{ search(query: "x", first: 0) { id } }', 'first'],
    ['{ search(query: "x", first: 5000) { id } }', 'first'],
    ['{ search(query: "!!!") { id } }', 'query'],
    [`{ search(query: "${'a'.repeat(301)}") { id } }`, 'query'],
    ['{ mandates(after: "not-a-cursor") { totalCount } }', 'after'],
    ['{ mandates(first: 101) { totalCount } }', 'first'],
  ])('%s is BAD_USER_INPUT naming %s', async (query, argument) => {
    const e = await firstError(query);
    expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    expect(e.extensions?.argument).toBe(argument);
  });

  // Found by the fuzz test: graphql-js let these through validation and failed to execute them,
  // which Apollo masked as INTERNAL_SERVER_ERROR.
  it.each(['mutation { __typename }', 'subscription { __typename }'])(
    '%s is GRAPHQL_VALIDATION_FAILED: the API answers queries only',
    async (query) => {
      const { data, errors } = await api.run(query);
      expect(data).toBeNull();
      expect(errors.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(errors[0]?.message).toMatch(/^This API has no (mutation|subscription) operations/);
    },
  );

  it('malformed GraphQL is a parse error, not a crash', async () => {
    const e = await firstError('{ lineage(id: "x" { nodes }');
    expect(e.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('odd encodings in ids are answered, not crashed on', async () => {
    for (const id of ['\u0000', 'resolution/7/1\u200B', '💥'.repeat(200), 'СТОС/СОР/WG.4/2020/4']) {
      const e = await firstError('query($id: ID!) { lineage(id: $id) { nodes { id } } }', { id });
      expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('never shows Cypher, Neo4j internals or stack traces', async () => {
    const hostile = ['x" }) MATCH (n) DETACH DELETE n //', "' OR 1=1 --", '$id', '{}', '\\u0000'];
    for (const id of hostile) {
      const { errors } = await api.run('query($id: ID!) { lineage(id: $id) { nodes { id } } }', {
        id,
      });
      expect(errors.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      const text = JSON.stringify(errors);
      expect(text).not.toMatch(/Neo\.|MATCH \(start|:Entity|stacktrace|\.ts:\d|node_modules/);
    }
  });
});
