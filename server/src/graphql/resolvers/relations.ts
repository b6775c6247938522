import type { Resolvers } from '../generated/resolvers.js';
import { summarize } from '../../services/summary/index.js';
import { toLang } from './entities.js';

export const relationResolvers: Resolvers = {
  Relation: {
    from: async (r, _, ctx) => must(await ctx.entity.load(r.fromId), r.fromId),
    to: async (r, _, ctx) => must(await ctx.entity.load(r.toId), r.toId),
    basis: async (r, _, ctx) => {
      if (!r.basisId) return null;
      const e = await ctx.entity.load(r.basisId);
      return e?.kind === 'MANDATE' ? e : null;
    },
  },
  Evidence: {
    document: async (e, _, ctx) => {
      const d = await ctx.entity.load(e.document);
      if (d?.kind !== 'DOCUMENT')
        throw new Error(`evidence cites ${e.document}, which is not a document`);
      return d;
    },
    lang: (e) => toLang(e.lang),
  },
  Explanation: {
    summary: (x, { lang }) => summarize(x.subject, x.spine, x.nodes, lang),
  },
};

function must<T>(v: T | null, id: string): T {
  if (v === null) throw new Error(`relation endpoint ${id} is missing`);
  return v;
}
