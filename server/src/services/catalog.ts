// Relay-style lists. Cursors are the opaque (base64url) sort key of the last row, so a
// page is a seek on an index, not an OFFSET that shifts when the graph grows.
import type { EntityKind, EntityRecord } from '../domain/model.js';
import type { Database } from '../db/executor.js';
import type { CypherName } from '../db/cypher.js';
import { entityFromNode, sortKey } from '../db/records.js';
import { BadInputError } from './errors.js';
import { checkPage } from './graph.js';

export interface Page<T extends EntityRecord> {
  edges: { cursor: string; node: T }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount: number;
}

const CURSOR_PREFIX = 'ml1:';

export function encodeCursor(key: string): string {
  return Buffer.from(CURSOR_PREFIX + key, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (
    !text.startsWith(CURSOR_PREFIX) ||
    encodeCursor(text.slice(CURSOR_PREFIX.length)) !== cursor
  ) {
    throw new BadInputError('after', 'is not a cursor returned by this API');
  }
  return text.slice(CURSOR_PREFIX.length);
}

const LIST_QUERIES = {
  MANDATE: 'listMandates',
  BODY: 'listBodies',
  DOCUMENT: 'listDocuments',
  SESSION: 'listSessions',
} as const satisfies Partial<Record<EntityKind, CypherName>>;
type ListKind = keyof typeof LIST_QUERIES;

export type ListFilters = Record<string, string | number | null>;

export class CatalogService {
  constructor(private readonly db: Database) {}

  async list<K extends ListKind>(
    kind: K,
    first: number,
    after: string | null,
    filters: ListFilters,
  ): Promise<Page<Extract<EntityRecord, { kind: K }>>> {
    checkPage('first', first);
    const afterKey = after ? decodeCursor(after) : null;
    // One extra row tells whether there is a next page.
    const [row] = await this.db.read(LIST_QUERIES[kind], {
      ...filters,
      after: afterKey,
      limit: first + 1,
    });
    const nodes = ((row?.get('page') as unknown[] | undefined) ?? []).map((n) => {
      const e = entityFromNode(n);
      if (e.kind !== kind) throw new Error(`list of ${kind} returned ${e.id}`);
      return e as Extract<EntityRecord, { kind: K }>;
    });
    const page = nodes.slice(0, first);
    const edges = page.map((node) => ({ cursor: encodeCursor(sortKey(node)), node }));
    return {
      edges,
      pageInfo: {
        hasNextPage: nodes.length > first,
        hasPreviousPage: afterKey !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
      totalCount: Number(row?.get('total') ?? 0),
    };
  }
}
