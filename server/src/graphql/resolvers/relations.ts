import type { Resolvers } from '../generated/resolvers.js';
import { corroboration, quotedIn, readerUrl } from '../../services/citations.js';
import { evidenceView } from '../evidence-view.js';
import { summarize } from '../../services/summary/index.js';
import { toLang } from './entities.js';
import { actionIn, noteIn } from './translations.js';
import type { DocumentRecord, EntityRecord, RelationRecord } from '../../domain/model.js';
import type { GraphQLContext } from '../context.js';

export const relationResolvers: Resolvers = {
  Relation: {
    evidence: (r) => r.evidence.map((e) => evidenceView(e, r.id, null)),
    corroboration: (r) => {
      const c = corroboration(r.evidence);
      return {
        documents: c.documents,
        paragraphs: c.paragraphs,
        languages: c.languages,
        langs: c.langs.map(toLang),
        corroborated: c.corroborated,
        referenceOnly: c.referenceOnly,
      };
    },
    action: (r, args) => actionIn(r.action, args),
    note: (r, args) => noteIn(r.note, args),
    from: (r, _, ctx) => ctx.known(r.fromId) ?? loadMust(ctx, r.fromId),
    to: (r, _, ctx) => ctx.known(r.toId) ?? loadMust(ctx, r.toId),
    basis: (r, _, ctx) => {
      if (!r.basisId) return null;
      const known = ctx.known(r.basisId);
      if (known) return known.kind === 'MANDATE' ? known : null;
      return ctx.entity.load(r.basisId).then((e) => (e?.kind === 'MANDATE' ? e : null));
    },
  },
  Provenance: {
    of: (p, _, ctx) => ctx.known(p.entityId) ?? loadMust(ctx, p.entityId),
    note: (p, args) => noteIn(p.note, args),
    evidence: (p) => (p.evidence ? evidenceView(p.evidence, null, p.entityId) : null),
  },
  Proposal: {
    document: (p, _, ctx) => documentById(ctx, p.document),
    evidence: (p) => evidenceView(p.evidence, null, p.entityId),
  },
  ClaimedValue: {
    value: (v) => String(v.value),
    evidence: (v) => (v.evidence ? evidenceView(v.evidence, null, v.entityId) : null),
    note: (v, args) => noteIn(v.note ?? null, args),
  },
  Evidence: {
    document: (e, _, ctx) => documentById(ctx, e.document),
    url: (e) => readerUrl(e.record, e.relationId, e.entityId),
  },
  Paragraph: {
    lang: (p) => toLang(p.lang),
    numbered: (p) => p.numbered !== false,
    statements: async (p, _, ctx) =>
      (await ctx.relation.loadMany(p.statements)).filter(
        (r): r is RelationRecord => r !== null && !(r instanceof Error),
      ),
    facts: async (p, _, ctx) =>
      (await ctx.entity.loadMany(p.facts)).flatMap((n) =>
        n === null || n instanceof Error
          ? []
          : n.provenance
              .filter((f) => f.evidence && quotedIn(p, f.evidence))
              .map((f) => ({ ...f, entityId: n.id })),
      ),
  },
  Subgraph: {
    documents: (sg, _, ctx) => {
      const ids = new Set<string>();
      for (const r of sg.edges) for (const e of r.evidence) ids.add(e.document);
      return [...ids].map((id) => documentById(ctx, id));
    },
  },
  Explanation: {
    summary: (x, { lang }) => summarize(x.subject, x.spine, x.nodes, lang),
  },
};

function mustBeDocument(d: EntityRecord | null, id: string): DocumentRecord {
  if (d?.kind !== 'DOCUMENT') throw new Error(`evidence cites ${id}, which is not a document`);
  return d;
}

/** The document a citation or a proposal names: from the request's known entities, else loaded. */
function documentById(ctx: GraphQLContext, id: string): DocumentRecord | Promise<DocumentRecord> {
  const known = ctx.known(id);
  return known ? mustBeDocument(known, id) : ctx.entity.load(id).then((d) => mustBeDocument(d, id));
}

async function loadMust(ctx: GraphQLContext, id: string): Promise<EntityRecord> {
  return must(await ctx.entity.load(id), id);
}

function must<T>(v: T | null, id: string): T {
  if (v === null) throw new Error(`relation endpoint ${id} is missing`);
  return v;
}
