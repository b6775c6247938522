import type { EntityRecord, LangCode } from '../../domain/model.js';
import type {
  BodyStatus,
  Lang,
  MandateStatus,
  MeetingStatus,
  Resolvers,
} from '../generated/resolvers.js';
import { checkAsOf } from '../../services/as-of.js';
import { factSupport } from '../../services/citations.js';
import { conflictsOfEntity } from '../../services/conflicts.js';
import { statusAsOf } from '../../services/history.js';
import type { GraphQLContext } from '../context.js';
import { actionIn, placeIn } from './translations.js';

const DAY = {
  en: new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
  ru: new Intl.DateTimeFormat('ru-RU', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }),
};
// A lineage formats the same few dates once per quote that cites their document.
const formattedDays = new Map<string, string>();
/** A calendar day (YYYY-MM-DD) as a reader writes it: "1 July 2020", «1 июля 2020 г.». */
const dayIn = (iso: string, lang: 'en' | 'ru'): string => {
  const key = `${lang}${iso}`;
  let shown = formattedDays.get(key);
  if (shown === undefined) {
    const d = new Date(`${iso}T00:00:00Z`);
    shown = Number.isNaN(d.getTime()) ? iso : DAY[lang].format(d);
    // Bounded: dates come from the graph, but a store is no place for an unbounded cache.
    if (formattedDays.size < 10_000) formattedDays.set(key, shown);
  }
  return shown;
};

const TYPE_NAMES = {
  INSTRUMENT: 'Instrument',
  BODY: 'Body',
  SESSION: 'Session',
  MANDATE: 'Mandate',
  MEETING: 'Meeting',
  DOCUMENT: 'Document',
} as const;

export const toLang = (l: LangCode): Lang => (l === 'ru' ? 'RU' : 'EN');

// Fields every entity type shares.
const common = {
  name: (e: EntityRecord, { lang }: { lang?: Lang | null }) =>
    lang === 'RU' ? e.nameRu : e.nameEn,
  aliases: (e: EntityRecord, { lang }: { lang?: Lang | null }) =>
    lang === 'RU' ? e.aliasesRu : e.aliasesEn,
  // Each provenance record knows its entity: its evidence links to the reader "of" it.
  provenance: (e: EntityRecord) => e.provenance.map((p) => ({ ...p, entityId: e.id })),
  proposal: (e: EntityRecord) => (e.proposal ? { ...e.proposal, entityId: e.id } : null),
  conflicts: (e: EntityRecord) => conflictsOfEntity(e),
  support: (e: EntityRecord) => factSupport(e.provenance),
};

/** The status from the entity's history, now or at the end of `asOf` (checked first). */
async function statusOf(ctx: GraphQLContext, id: string, asOf: string | null | undefined) {
  const day = checkAsOf(asOf);
  return statusAsOf(await ctx.history.load(id), day);
}

async function load<T extends EntityRecord['kind']>(ctx: GraphQLContext, id: string, kind: T) {
  const e = await ctx.entity.load(id);
  if (e?.kind !== kind) throw new Error(`expected a ${kind} at ${id}`);
  return e as Extract<EntityRecord, { kind: T }>;
}

async function others<T extends EntityRecord['kind']>(
  ctx: GraphQLContext,
  name: Parameters<GraphQLContext['neighbours']>[0],
  id: string,
  kind: T,
) {
  const seen = new Set<string>();
  const out: Extract<EntityRecord, { kind: T }>[] = [];
  for (const n of await ctx.neighbours(name, id)) {
    if (n.other.kind === kind && !seen.has(n.other.id)) {
      seen.add(n.other.id);
      out.push(n.other as Extract<EntityRecord, { kind: T }>);
    }
  }
  return out;
}

export const entityResolvers: Resolvers = {
  Entity: { __resolveType: (e) => TYPE_NAMES[e.kind] },
  Instrument: {
    ...common,
    supplements: async (e, _, ctx) =>
      (await others(ctx, 'supplements', e.id, 'INSTRUMENT'))[0] ?? null,
  },
  Body: {
    ...common,
    status: (e, { asOf }, ctx) => statusOf(ctx, e.id, asOf) as Promise<BodyStatus | null>,
    history: (e, _, ctx) => ctx.history.load(e.id),
    established: async (e, _, ctx) => {
      const [first] = await ctx.neighbours('createdBy', e.id);
      if (!first) return null;
      const by = first.other;
      const year =
        by.kind === 'INSTRUMENT'
          ? by.adopted
          : by.kind === 'MANDATE'
            ? (await load(ctx, by.sessionId, 'SESSION')).year
            : null;
      return { by, year, relation: first.relation };
    },
    mandates: (e, _, ctx) => others(ctx, 'mandatesOfBody', e.id, 'MANDATE'),
    meetings: (e, _, ctx) => others(ctx, 'meetingsOfBody', e.id, 'MEETING'),
  },
  Session: {
    ...common,
    place: (e, args) => placeIn(e.place, args),
    mandates: (e, _, ctx) => others(ctx, 'mandatesOfSession', e.id, 'MANDATE'),
    documents: (e, _, ctx) => others(ctx, 'documentsOfSession', e.id, 'DOCUMENT'),
  },
  Mandate: {
    ...common,
    status: (e, { asOf }, ctx) => statusOf(ctx, e.id, asOf) as Promise<MandateStatus | null>,
    history: (e, _, ctx) => ctx.history.load(e.id),
    session: (e, _, ctx) => {
      const known = ctx.known(e.sessionId);
      return known?.kind === 'SESSION' ? known : load(ctx, e.sessionId, 'SESSION');
    },
    subject: (e, { lang }) => (lang === 'RU' ? e.subjectRu : e.subjectEn),
    creates: (e, _, ctx) => others(ctx, 'createdByMandate', e.id, 'BODY'),
    governs: (e, _, ctx) => others(ctx, 'governedByMandate', e.id, 'BODY'),
  },
  Meeting: {
    ...common,
    // The stored status is the latest document's; an earlier date is read from the history.
    status: (e, { asOf }, ctx) =>
      asOf == null ? e.status : (statusOf(ctx, e.id, asOf) as Promise<MeetingStatus | null>),
    history: (e, _, ctx) => ctx.history.load(e.id),
    place: (e, args) => placeIn(e.place, args),
    body: (e, _, ctx) => load(ctx, e.bodyId, 'BODY'),
    reports: (e, _, ctx) => others(ctx, 'reportsOfMeeting', e.id, 'DOCUMENT'),
    documents: (e, _, ctx) => others(ctx, 'documentsOfSession', e.id, 'DOCUMENT'),
  },
  Document: {
    ...common,
    lang: (e) => (e.lang ? toLang(e.lang) : null),
    submittedTo: (e, _, ctx) => others(ctx, 'sessionsOfDocument', e.id, 'SESSION'),
    // A background paper goes to a working group's meeting, a report to a session.
    sentTo: async (e, _, ctx) => [
      ...(await others(ctx, 'sessionsOfDocument', e.id, 'SESSION')),
      ...(await others(ctx, 'sessionsOfDocument', e.id, 'MEETING')),
    ],
    paragraphs: async (e, { lang }, ctx) => {
      const all = await ctx.paragraphs.load(e.id);
      return lang ? all.filter((p) => toLang(p.lang) === lang) : all;
    },
    // Synchronous for a document with a symbol (nearly every quote's document): a promise per
    // quote was a measured share of a lineage's cost.
    identifyingLine: (e, { lang }, ctx) => (e.symbol ? null : identifyingLine(e, lang, ctx)),
    languages: async (e, _, ctx) => [
      ...new Set((await ctx.paragraphs.load(e.id)).map((p) => toLang(p.lang))),
    ],
  },
};

/** The line that tells a document without a symbol apart: its date and the agenda it follows. */
async function identifyingLine(
  e: Extract<EntityRecord, { kind: 'DOCUMENT' }>,
  lang: Lang | null | undefined,
  ctx: GraphQLContext,
): Promise<string | null> {
  const agenda = (await ctx.neighbours('referencesOfDocument', e.id)).find(
    (n) => n.other.kind === 'DOCUMENT' && n.other.type === 'PROVISIONAL_AGENDA',
  );
  const parts = [
    e.date ? dayIn(e.date, lang === 'RU' ? 'ru' : 'en') : null,
    agenda && agenda.other.kind === 'DOCUMENT' ? agenda.other.symbol : null,
    agenda ? actionIn(agenda.relation.action, { lang }) : null,
  ].filter((p): p is string => Boolean(p));
  return parts.length ? parts.join(', ') : null;
}
