import type { QueryResolvers } from '../generated/resolvers.js';
import { chronological, spine } from '../../services/explain.js';
import { MAX_DEPTH, unknownId } from '../../services/graph.js';

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
  lineage: async (_, { id, direction, maxDepth }, ctx) => {
    const sg = await ctx.graph.lineage(id, direction, maxDepth);
    ctx.prime([...sg.nodes, ...sg.referenced]);
    return sg;
  },
  whyExists: async (_, { id }, ctx) => {
    const sg = await ctx.graph.lineage(id, 'UPSTREAM', MAX_DEPTH);
    const nodes = [...sg.nodes, ...sg.referenced];
    ctx.prime(nodes);
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
