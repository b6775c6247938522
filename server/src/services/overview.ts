// What the graph holds at a glance (the explorer's landing page): how many entities of
// each kind, how many relations, the documents it was read from, and the mandates in order.
import type { Database } from '../db/executor.js';
import { entityFromNode } from '../db/records.js';
import {
  ENTITY_KINDS,
  type DocumentRecord,
  type EntityKind,
  type MandateRecord,
} from '../domain/model.js';

export interface OverviewRecord {
  entities: { kind: EntityKind; count: number }[];
  relations: number;
  sources: DocumentRecord[];
  mandates: MandateRecord[];
}

/** More documents or mandates than this are a registry, not a list to print on a page. */
export const MAX_LISTED = 100;

export class OverviewService {
  constructor(private readonly db: Database) {}

  async overview(): Promise<OverviewRecord> {
    const [[row], [list]] = await Promise.all([
      this.db.read('overview', { limit: MAX_LISTED }),
      this.db.read('listMandates', {
        type: null,
        session: null,
        year: null,
        after: null,
        limit: MAX_LISTED,
      }),
    ]);
    const counts = (row?.get('entities') ?? {}) as Partial<Record<EntityKind, number>>;
    const sources = ((row?.get('sources') as unknown[] | undefined) ?? []).map((n) => {
      const e = entityFromNode(n);
      if (e.kind !== 'DOCUMENT') throw new Error(`overview source ${e.id} is not a document`);
      return e;
    });
    const mandates = ((list?.get('page') as unknown[] | undefined) ?? []).map((n) => {
      const e = entityFromNode(n);
      if (e.kind !== 'MANDATE') throw new Error(`overview mandate ${e.id} is not a mandate`);
      return e;
    });
    return {
      mandates,
      entities: ENTITY_KINDS.map((kind) => ({ kind, count: counts[kind] ?? 0 })),
      relations: Number(row?.get('relations') ?? 0),
      sources,
    };
  }
}
