import type { QueryResolvers } from '../generated/resolvers.js';
import { chronological, spine } from '../../services/explain.js';
import { checkAsOf, subgraphAsOf } from '../../services/as-of.js';
import { HISTORY_KINDS } from '../../services/history.js';
import { MAX_DEPTH, unknownId } from '../../services/graph.js';
import type { SubgraphRecord } from '../../domain/model.js';
import type { StatusChangeRecord } from '../../domain/status.js';
import type { GraphQLContext } from '../context.js';

export const Query: QueryResolvers = {
  entity: async (_, { id }, ctx) => {
    const e = await ctx.entity.load(id);
    if (!e) throw unknownId(id);
    return e;
  },
  search: async (_, { query, kinds, first }, ctx) => {
    const found = await ctx.graph.search(query, kinds ?? null, first);
    ctx.prime(found);
    return found;
  },
  lineage: async (_, { id, direction, maxDepth, asOf }, ctx) => {
    const day = checkAsOf(asOf);
    const sg = await ctx.graph.lineage(id, direction, maxDepth);
    ctx.prime([...sg.nodes, ...sg.referenced]);
    return day === null ? sg : asItStood(ctx, sg, id, day);
  },
  whyExists: async (_, { id, asOf }, ctx) => {
    const day = checkAsOf(asOf);
    const all = await ctx.graph.lineage(id, 'UPSTREAM', MAX_DEPTH);
    const nodes = [...all.nodes, ...all.referenced];
    ctx.prime(nodes);
    const sg = day === null ? all : await asItStood(ctx, all, id, day);
    const subject = sg.nodes.find((n) => n.id === id);
    if (!subject) throw unknownId(id);
    const byId = new Map(nodes.map((n) => [n.id, n]));
    return { subject, steps: chronological(sg.edges, byId), spine: spine(id, sg), nodes };
  },
  mandates: (_, { first, after, filter }, ctx) =>
    ctx.catalog.list('MANDATE', first, after ?? null, {
      type: filter?.type ?? null,
      session: filter?.session ?? null,
      year: filter?.year ?? null,
    }),
  bodies: (_, { first, after, filter }, ctx) =>
    ctx.catalog.list('BODY', first, after ?? null, {
      type: filter?.type ?? null,
      mandate: filter?.mandate ?? null,
    }),
  documents: (_, { first, after, filter }, ctx) =>
    ctx.catalog.list('DOCUMENT', first, after ?? null, {
      type: filter?.type ?? null,
      session: filter?.session ?? null,
      year: filter?.year ?? null,
    }),
  sessions: (_, { first, after, filter }, ctx) =>
    ctx.catalog.list('SESSION', first, after ?? null, { year: filter?.year ?? null }),
  overview: async (_, __, ctx) => {
    const o = await ctx.overview.overview();
    ctx.prime([...o.sources, ...o.mandates]);
    return o;
  },
};

/** The subgraph at the end of `day`, from the histories of its bodies, meetings and mandates. */
async function asItStood(
  ctx: GraphQLContext,
  sg: SubgraphRecord,
  startId: string,
  day: string,
): Promise<SubgraphRecord> {
  const ids = sg.nodes.filter((n) => HISTORY_KINDS.has(n.kind)).map((n) => n.id);
  const histories = await ctx.history.loadMany(ids);
  const byId = new Map<string, StatusChangeRecord[]>();
  histories.forEach((h, i) => {
    if (h instanceof Error) throw h;
    byId.set(ids[i] ?? '', h);
  });
  return subgraphAsOf(sg, startId, day, byId);
}
