// What the graph holds at a glance (the explorer's landing page): how many entities of
// each kind, how many relations, and the documents it was read from.
import type { Node } from 'neo4j-driver';
import type { Database } from '../db/executor.js';
import { entityFromNode } from '../db/records.js';
import { ENTITY_KINDS, type DocumentRecord, type EntityKind } from '../domain/model.js';

export interface OverviewRecord {
  entities: { kind: EntityKind; count: number }[];
  relations: number;
  sources: DocumentRecord[];
}

/** More ingested documents than this are a registry, not a list to print on a page. */
export const MAX_SOURCES = 100;

export class OverviewService {
  constructor(private readonly db: Database) {}

  async overview(): Promise<OverviewRecord> {
    const [row] = await this.db.read('overview', { limit: MAX_SOURCES });
    const counts = (row?.get('entities') ?? {}) as Partial<Record<EntityKind, number>>;
    const sources = ((row?.get('sources') as Node[] | undefined) ?? []).map((n) => {
      const e = entityFromNode(n);
      if (e.kind !== 'DOCUMENT') throw new Error(`overview source ${e.id} is not a document`);
      return e;
    });
    return {
      entities: ENTITY_KINDS.map((kind) => ({ kind, count: counts[kind] ?? 0 })),
      relations: Number(row?.get('relations') ?? 0),
      sources,
    };
  }
}
