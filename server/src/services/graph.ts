// Reads of the graph, mapped to domain records. Every method is one Cypher statement.
import type {
  EntityKind,
  EntityRecord,
  ParagraphRecord,
  RelationRecord,
  StatementRef,
  RelationType,
  SubgraphRecord,
} from '../domain/model.js';
import type { Database } from '../db/executor.js';
import { entityFromNode, relationFromRelationship, relationFromRow } from '../db/records.js';
import { paragraphFromNode } from '../db/text-records.js';
import { walkParams, type Direction } from './directions.js';
import { BadInputError, shown } from './errors.js';
import { buildSearchParams, MAX_QUERY_LENGTH } from './search-query.js';

export const MAX_DEPTH = 20;
export const MAX_PAGE = 100;

export interface Neighbour {
  relation: RelationRecord;
  other: EntityRecord;
}
export interface StatusInputs {
  /** Each entity's status-changing relations. */
  relations: Map<string, RelationRecord[]>;
  /** The entities those relations name, by id. */
  named: Map<string, EntityRecord>;
}
export interface NeighbourSpec {
  types: RelationType[];
  outgoing: boolean;
}

export class GraphService {
  constructor(private readonly db: Database) {}

  async entities(ids: readonly string[]): Promise<Map<string, EntityRecord>> {
    const records = await this.db.read('entitiesByIds', { ids });
    return new Map(
      records.map((r) => {
        const e = entityFromNode(r.get('n'));
        return [e.id, e];
      }),
    );
  }

  async neighbours(ids: readonly string[], spec: NeighbourSpec): Promise<Map<string, Neighbour[]>> {
    const records = await this.db.read('neighbours', {
      ids,
      types: spec.types,
      outgoing: spec.outgoing,
    });
    const out = new Map<string, Neighbour[]>();
    for (const r of records) {
      const id = r.get('id') as string;
      const neighbour = { relation: relationFromRow(r), other: entityFromNode(r.get('m')) };
      // Appended, not copied: a copy per row was quadratic in an entity's neighbours.
      const list = out.get(id);
      if (list) list.push(neighbour);
      else out.set(id, [neighbour]);
    }
    return out;
  }

  /** Each document's stored text, every language version, in reading order. */
  async paragraphs(ids: readonly string[]): Promise<Map<string, ParagraphRecord[]>> {
    const out = new Map<string, ParagraphRecord[]>();
    for (const r of await this.db.read('paragraphsOfDocuments', { ids })) {
      const id = r.get('id') as string;
      // Appended, not copied: a copy per block was quadratic in a long note's blocks (issue 32).
      const blocks = out.get(id);
      if (blocks) blocks.push(paragraphFromNode(r.get('p')));
      else out.set(id, [paragraphFromNode(r.get('p'))]);
    }
    return out;
  }

  /**
   * The relations that change each entity's status, with the entities they name (their other
   * ends, and the sessions of mandates among those): what history.ts needs, in one statement.
   */
  async statusRelations(ids: readonly string[]): Promise<StatusInputs> {
    const relations = new Map<string, RelationRecord[]>();
    const named = new Map<string, EntityRecord>();
    for (const r of await this.db.read('statusRelations', { ids })) {
      const id = r.get('id') as string;
      const own = relations.get(id);
      if (own) own.push(relationFromRow(r));
      else relations.set(id, [relationFromRow(r)]);
      for (const key of ['m', 's']) {
        const node: unknown = r.get(key);
        if (node === null) continue;
        const e = entityFromNode(node);
        named.set(e.id, e);
      }
    }
    return { relations, named };
  }

  /** Relations by id (found from their ends). */
  async relations(refs: readonly StatementRef[]): Promise<Map<string, RelationRecord>> {
    const records = await this.db.read('relationsByRefs', { refs });
    return new Map(records.map((r) => [r.get('id') as string, relationFromRow(r)]));
  }

  async search(
    query: string,
    kinds: readonly EntityKind[] | null,
    first: number,
  ): Promise<EntityRecord[]> {
    if (query.length > MAX_QUERY_LENGTH) {
      throw new BadInputError(
        'query',
        `is ${query.length} characters long; the limit is ${MAX_QUERY_LENGTH}`,
      );
    }
    checkPage('first', first);
    const params = buildSearchParams(query);
    if (!params) throw new BadInputError('query', 'must contain at least one letter or digit');
    const records = await this.db.read('search', {
      ...params,
      kinds: kinds && kinds.length ? kinds : null,
      first,
    });
    return records.map((r) => entityFromNode(r.get('n')));
  }

  /** The lineage subgraph; throws BadInputError for an unknown id or a depth out of range. */
  async lineage(id: string, direction: Direction, maxDepth: number): Promise<SubgraphRecord> {
    if (!Number.isInteger(maxDepth) || maxDepth < 1 || maxDepth > MAX_DEPTH) {
      throw new BadInputError('maxDepth', `must be between 1 and ${MAX_DEPTH} (got ${maxDepth})`);
    }
    const [row] = await this.db.read('lineage', { id, maxDepth, ...walkParams(direction) });
    // The statement aggregates, so an unknown id gives one row with no nodes.
    const nodes = ((row?.get('nodes') as unknown[] | undefined) ?? []).map(entityFromNode);
    if (nodes.length === 0 || !row) throw unknownId(id);
    const edges = (
      row.get('edges') as { r: unknown; type: string; fromId: string; toId: string }[]
    ).map((e) => relationFromRelationship(e.r, e.type, e.fromId, e.toId));
    const referenced = (row.get('referenced') as unknown[]).map(entityFromNode);
    return { nodes, edges, referenced };
  }
}

export function unknownId(id: string, argument = 'id'): BadInputError {
  return new BadInputError(argument, `no entity has the id ${shown(id)}`);
}

export function checkPage(argument: string, first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
    throw new BadInputError(argument, `must be between 1 and ${MAX_PAGE} (got ${first})`);
  }
}
