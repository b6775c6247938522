// Per-request state: DataLoaders batch the entity and neighbour look-ups of one request
// into one statement each, and are primed with what lineage/search already returned.
import DataLoader from 'dataloader';
import type {
  EntityRecord,
  ParagraphRecord,
  RelationRecord,
  StatementRef,
} from '../domain/model.js';
import type { StatusChangeRecord } from '../domain/status.js';
import type { CatalogService } from '../services/catalog.js';
import { history as historyOf } from '../services/history.js';
import type { GraphService, Neighbour, NeighbourSpec } from '../services/graph.js';
import type { OverviewService } from '../services/overview.js';

export const NEIGHBOURS = {
  createdBy: { types: ['CREATES'], outgoing: false },
  mandatesOfBody: { types: ['CREATES', 'GOVERNS'], outgoing: false },
  createdByMandate: { types: ['CREATES'], outgoing: true },
  governedByMandate: { types: ['GOVERNS'], outgoing: true },
  meetingsOfBody: { types: ['HOLDS'], outgoing: true },
  reportsOfMeeting: { types: ['PRODUCES'], outgoing: true },
  mandatesOfSession: { types: ['ADOPTED_AT'], outgoing: false },
  // Documents submitted to a session or a meeting, and where a document is submitted.
  documentsOfSession: { types: ['SUBMITTED_TO'], outgoing: false },
  sessionsOfDocument: { types: ['SUBMITTED_TO'], outgoing: true },
  referencesOfDocument: { types: ['REFERENCES'], outgoing: true },
  supplements: { types: ['SUPPLEMENTS'], outgoing: true },
} as const satisfies Record<string, NeighbourSpec>;
export type NeighbourName = keyof typeof NEIGHBOURS;

export interface Services {
  graph: GraphService;
  catalog: CatalogService;
  overview: OverviewService;
}

export interface GraphQLContext extends Services {
  /** The id of the HTTP request (`x-request-id`), for the errors logged while it is answered. */
  requestId?: string;
  entity: DataLoader<string, EntityRecord | null>;
  /** A document's stored text (every language version), by document id. */
  paragraphs: DataLoader<string, ParagraphRecord[]>;
  /** A relation a block states, by its reference (cached by relation id). */
  relation: DataLoader<StatementRef, RelationRecord | null, string>;
  /** Each body's, meeting's or mandate's status changes, oldest first (one statement per batch). */
  history: DataLoader<string, StatusChangeRecord[]>;
  neighbours(name: NeighbourName, id: string): Promise<Neighbour[]>;
  prime(entities: Iterable<EntityRecord>): void;
  /**
   * An entity this request already holds (primed), synchronously. Resolvers answer from it
   * without a promise: a lineage resolves thousands of endpoint and document fields, and a
   * promise each was a measured share of the GraphQL overhead (npm run bench).
   */
  known(id: string): EntityRecord | undefined;
}

export function createContext(services: Services, requestId?: string): GraphQLContext {
  // Entities a statement of this request already returned (a lineage's hundreds) are only
  // remembered here, not primed into the loader: a settled promise each was a measured share
  // of a lineage's cost. The loader answers them from here without a statement.
  const primed = new Map<string, EntityRecord>();
  const entity = new DataLoader<string, EntityRecord | null>(async (ids) => {
    const missing = ids.filter((id) => !primed.has(id));
    const found = missing.length
      ? await services.graph.entities(missing)
      : new Map<string, EntityRecord>();
    return ids.map((id) => primed.get(id) ?? found.get(id) ?? null);
  });
  const paragraphs = new DataLoader<string, ParagraphRecord[]>(async (ids) => {
    const found = await services.graph.paragraphs(ids);
    return ids.map((id) => found.get(id) ?? []);
  });
  const relation = new DataLoader<StatementRef, RelationRecord | null, string>(
    async (refs) => {
      const found = await services.graph.relations(refs);
      return refs.map((r) => found.get(r.id) ?? null);
    },
    { cacheKeyFn: (r) => r.id },
  );
  const loaders = new Map<NeighbourName, DataLoader<string, Neighbour[]>>();
  const prime = (entities: Iterable<EntityRecord>) => {
    for (const e of entities) primed.set(e.id, e);
  };
  const history = new DataLoader<string, StatusChangeRecord[]>(async (ids) => {
    const [inputs, subjects] = await Promise.all([
      services.graph.statusRelations(ids),
      entity.loadMany(ids),
    ]);
    // The relations' other ends answer `because { from to }` without another statement.
    prime(inputs.named.values());
    return subjects.map((s, i) =>
      s === null || s instanceof Error
        ? []
        : historyOf(s, inputs.relations.get(ids[i] ?? '') ?? [], inputs.named),
    );
  });
  return {
    ...services,
    requestId,
    entity,
    paragraphs,
    relation,
    history,
    neighbours(name, id) {
      let loader = loaders.get(name);
      if (!loader) {
        const spec = NEIGHBOURS[name];
        loader = new DataLoader<string, Neighbour[]>(async (ids) => {
          const found = await services.graph.neighbours(ids, {
            types: [...spec.types],
            outgoing: spec.outgoing,
          });
          return ids.map((id) => found.get(id) ?? []);
        });
        loaders.set(name, loader);
      }
      return loader.load(id);
    },
    prime,
    known: (id) => primed.get(id),
  };
}
