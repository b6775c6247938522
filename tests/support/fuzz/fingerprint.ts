// A fingerprint of everything in the graph: a write anywhere (a node, a relationship, a property,
// a label, an index or a constraint) changes it.
import { createHash } from 'node:crypto';
import type { Database } from '../../../server/src/db/executor.js';

export interface Fingerprint {
  nodes: number;
  relationships: number;
  schema: string[];
  hash: string;
}

/** JSON with object keys sorted, so equal graphs print equal whatever order Neo4j returns. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  // JSON.stringify(undefined) is undefined, not a string, whatever its declared type says.
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

export async function fingerprint(db: Database): Promise<Fingerprint> {
  const nodes = await db.runRaw('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props');
  const rels = await db.runRaw(
    `MATCH (a)-[r]->(b)
     RETURN type(r) AS type, properties(r) AS props, properties(a) AS a, properties(b) AS b`,
  );
  const indexes = await db.runRaw('SHOW INDEXES YIELD name, type, labelsOrTypes, properties');
  const constraints = await db.runRaw('SHOW CONSTRAINTS YIELD name, type, labelsOrTypes');
  const rows = [
    ...nodes.map((r) =>
      canonical({ labels: [...(r.get('labels') as string[])].sort(), props: r.get('props') }),
    ),
    ...rels.map((r) => canonical(r.toObject())),
  ].sort();
  return {
    nodes: nodes.length,
    relationships: rels.length,
    schema: [...indexes, ...constraints].map((r) => canonical(r.toObject())).sort(),
    hash: createHash('sha256').update(rows.join('\n')).digest('hex'),
  };
}
