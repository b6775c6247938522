// The whole graph as plain data and back: every node (labels, properties) and relationship
// (type, properties, ends), whatever the model, so a backup keeps what users added (ingested
// documents, their text, facts, evidence) exactly. Only this module sees the driver's values.
import { BULK_WRITE_TIMEOUT_MS, type Database } from './executor.js';

export type PropertyValue = string | number | boolean | null | PropertyValue[];

export interface DumpedNode {
  key: string;
  labels: string[];
  props: Record<string, PropertyValue>;
}

export interface DumpedRelationship {
  start: string;
  end: string;
  type: string;
  props: Record<string, PropertyValue>;
}

export interface GraphDump {
  nodes: DumpedNode[];
  relationships: DumpedRelationship[];
}

/** A property as JSON: numbers, strings, booleans and lists of them; anything else as text. */
function plain(v: unknown): PropertyValue {
  if (v === null || typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number') {
    return v;
  }
  if (Array.isArray(v)) return v.map(plain);
  // A temporal or spatial value: the driver's objects print as their ISO / WKT form.
  return (v as { toString(): string }).toString();
}

const plainProps = (p: unknown): Record<string, PropertyValue> =>
  Object.fromEntries(Object.entries(p as Record<string, unknown>).map(([k, v]) => [k, plain(v)]));

export async function dumpGraph(db: Database): Promise<GraphDump> {
  const nodes = (await db.read('backupNodes', {})).map((r) => ({
    key: r.get('key') as string,
    labels: (r.get('labels') as string[]).slice().sort(),
    props: plainProps(r.get('props')),
  }));
  const relationships = (await db.read('backupRelationships', {})).map((r) => ({
    start: r.get('start') as string,
    end: r.get('end') as string,
    type: r.get('type') as string,
    props: plainProps(r.get('props')),
  }));
  return { nodes, relationships };
}

export async function countNodes(db: Database): Promise<number> {
  const [row] = await db.read('countNodes', {});
  return Number(row?.get('nodes') ?? 0);
}

export class RestoreError extends Error {}

const BATCH = 2000;

/** Rebuilds a dump in one transaction: all of it, or (on any error) nothing. */
export async function restoreGraph(db: Database, dump: GraphDump): Promise<void> {
  await db.write(
    async (tx) => {
      const ids = new Map<string, string>();
      for (let i = 0; i < dump.nodes.length; i += BATCH) {
        for (const r of await tx.run('restoreNodes', { nodes: dump.nodes.slice(i, i + BATCH) })) {
          ids.set(r.get('key') as string, r.get('id') as string);
        }
      }
      for (let i = 0; i < dump.relationships.length; i += BATCH) {
        const batch = dump.relationships.slice(i, i + BATCH).map((r) => {
          const start = ids.get(r.start);
          const end = ids.get(r.end);
          if (start === undefined || end === undefined) {
            throw new RestoreError(
              `a ${r.type} relationship names a node the backup does not hold (${start === undefined ? r.start : r.end})`,
            );
          }
          return { ...r, start, end };
        });
        const [row] = await tx.run('restoreRelationships', { relationships: batch });
        if (Number(row?.get('written') ?? 0) !== batch.length) {
          throw new RestoreError('some relationships could not be restored; nothing was written');
        }
      }
    },
    { timeoutMs: BULK_WRITE_TIMEOUT_MS },
  );
}
