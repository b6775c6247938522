// The view a researcher sees, as it lives in the URL: reloading or sharing the URL
// restores it. Parsing is forgiving (a bad value falls back to its default) because
// URLs get hand-edited and truncated; serialising omits defaults to keep links short.
import { EntityKind, RelationType } from '@common/generated/vocabulary';
import { isPartialDate } from '@common/partial-date';
import { INITIAL_VIEW_CAP } from '../graph/cap';

export const DIRECTIONS = ['UPSTREAM', 'DOWNSTREAM', 'BOTH'] as const;
export type Direction = (typeof DIRECTIONS)[number];
export const MODES = ['graph', 'timeline', 'table'] as const;
export type Mode = (typeof MODES)[number];
export const LANGS = ['en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];
// Kinds and relations are the schema's enums (generated); these tables only order them, cause
// first (lanes, legend, filters). Each is a Record over its enum, so a value added to the
// schema fails the typecheck until it has a place here.
const KIND_RANK = {
  INSTRUMENT: 0,
  SESSION: 1,
  MANDATE: 2,
  BODY: 3,
  MEETING: 4,
  DOCUMENT: 5,
} satisfies Record<EntityKind, number>;
export const KINDS: readonly EntityKind[] = Object.values(EntityKind).sort(
  (a, b) => KIND_RANK[a] - KIND_RANK[b],
);
export type Kind = (typeof KINDS)[number];
const RELATION_RANK = {
  CREATES: 0,
  GOVERNS: 1,
  ADOPTED_AT: 2,
  CONCERNS: 3,
  HOLDS: 4,
  PRODUCES: 5,
  SUBMITTED_TO: 6,
  SUPPLEMENTS: 7,
  SESSION_OF: 8,
  REFERENCES: 9,
  CITES: 10,
} satisfies Record<RelationType, number>;
export const RELATIONS: readonly RelationType[] = Object.values(RelationType).sort(
  (a, b) => RELATION_RANK[a] - RELATION_RANK[b],
);
export type Relation = (typeof RELATIONS)[number];

export const MIN_DEPTH = 1;
export const MAX_DEPTH = 20;
/** Largest `limit` a URL may ask for (a hand-edited URL must not ask for a million nodes). */
export const MAX_LIMIT = 50_000;

/**
 * The direction a new pick opens in: for a body, a meeting or a document the question is why it
 * exists (upstream); for a mandate, a session or an instrument it is what it created
 * (downstream). The kind comes from the pick when known, else from the id, whose form the API
 * documents (`resolution/7/1`, `decision/4/4`, `session/10`, `instrument/untoc`, `body/…`,
 * `meeting/…`, and document symbols).
 */
export function defaultDirection(id: string | null, kind?: Kind | null): Direction {
  const k =
    kind ??
    (id === null
      ? null
      : /^(resolution|decision)\//.test(id)
        ? 'MANDATE'
        : id.startsWith('session/')
          ? 'SESSION'
          : id.startsWith('instrument/')
            ? 'INSTRUMENT'
            : null);
  return k === 'MANDATE' || k === 'SESSION' || k === 'INSTRUMENT' ? 'DOWNSTREAM' : 'UPSTREAM';
}

export interface ViewState {
  /** Selected entity id, or null on the start page. */
  id: string | null;
  direction: Direction;
  depth: number;
  mode: Mode;
  lang: Lang;
  /** Kinds shown; all when every kind is listed. */
  kinds: Kind[];
  /** Relation types shown. */
  rels: Relation[];
  /** Selected edge (its evidence is open), or null. */
  edge: string | null;
  /** Nodes whose neighbours were added by expanding them. */
  expanded: string[];
  /** At most this many nodes are drawn before expansions, nearest first (see graph/cap.ts). */
  limit: number;
  /** A document open in the source reader, or null. */
  doc: string | null;
  /** The reader's place: a paragraph number, or `header`, `heading`, `footnote`. */
  para: string | null;
  /** The language version the reader's place is in (its column), or null for the first. */
  version: Lang | null;
  /** The relation whose quote the reader highlights, or null. */
  quote: string | null;
  /** The entity whose fact (provenance) the reader highlights, or null. */
  of: string | null;
  /** The page for adding a document is open. */
  add: boolean;
  /** Entities under review (proposals) are drawn, marked; off: only vouched-for ones. */
  proposals: boolean;
  /**
   * The graph as it stood at the end of this date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as the API
   * takes it), or null for now.
   */
  asof: string | null;
}

export const DEFAULTS: Omit<ViewState, 'lang'> = {
  id: null,
  direction: 'UPSTREAM',
  depth: 6,
  mode: 'graph',
  kinds: [...KINDS],
  rels: [...RELATIONS],
  edge: null,
  expanded: [],
  limit: INITIAL_VIEW_CAP,
  doc: null,
  para: null,
  version: null,
  quote: null,
  of: null,
  add: false,
  proposals: true,
  asof: null,
};

/**
 * `value` if it is a date the API takes as `asOf` (a real calendar day, month or year), else
 * null: a hand-edited `asof=2012-13-40` falls back to now rather than to an error page.
 */
export function parseAsOf(value: string | null): string | null {
  const v = value?.trim() ?? '';
  return isPartialDate(v) && Number(v.slice(0, 4)) >= 1900 ? v : null;
}

function oneOf<T extends string>(all: readonly T[], value: string | null, fallback: T): T {
  return value !== null && (all as readonly string[]).includes(value) ? (value as T) : fallback;
}

function listOf<T extends string>(all: readonly T[], value: string | null): T[] {
  if (value === null) return [...all];
  const picked = new Set(
    value.split(',').filter((v): v is T => (all as readonly string[]).includes(v)),
  );
  // Keep the canonical order, so equal views serialise to equal URLs.
  return all.filter((v) => picked.has(v));
}

export function parseViewState(search: string, fallbackLang: Lang): ViewState {
  const q = new URLSearchParams(search);
  const depth = Number(q.get('depth'));
  const limit = Number(q.get('limit'));
  const id = q.get('id');
  return {
    id: id && id.trim() ? id.trim() : null,
    direction: oneOf(DIRECTIONS, q.get('dir'), defaultDirection(id?.trim() || null)),
    depth:
      Number.isInteger(depth) && depth >= MIN_DEPTH && depth <= MAX_DEPTH ? depth : DEFAULTS.depth,
    mode: oneOf(MODES, q.get('mode'), DEFAULTS.mode),
    lang: oneOf(LANGS, q.get('lang'), fallbackLang),
    kinds: listOf(KINDS, q.get('kinds')),
    rels: listOf(RELATIONS, q.get('rels')),
    edge: q.get('edge') || null,
    expanded: (q.get('expand') ?? '').split(',').filter(Boolean),
    limit: Number.isInteger(limit) && limit >= 1 && limit <= MAX_LIMIT ? limit : DEFAULTS.limit,
    doc: q.get('doc')?.trim() || null,
    para: q.get('para')?.trim() || null,
    version: q.get('version') === null ? null : oneOf(LANGS, q.get('version'), 'en'),
    quote: q.get('quote') || null,
    of: q.get('of') || null,
    add: q.get('add') === '1',
    proposals: q.get('proposals') !== 'hide',
    asof: parseAsOf(q.get('asof')),
  };
}

export function serializeViewState(s: ViewState): string {
  const q = new URLSearchParams();
  if (s.id) q.set('id', s.id);
  if (s.direction !== defaultDirection(s.id)) q.set('dir', s.direction);
  if (s.depth !== DEFAULTS.depth) q.set('depth', String(s.depth));
  if (s.mode !== DEFAULTS.mode) q.set('mode', s.mode);
  q.set('lang', s.lang);
  if (s.kinds.length !== KINDS.length) q.set('kinds', s.kinds.join(','));
  if (s.rels.length !== RELATIONS.length) q.set('rels', s.rels.join(','));
  if (s.edge) q.set('edge', s.edge);
  if (s.expanded.length) q.set('expand', s.expanded.join(','));
  if (s.limit !== DEFAULTS.limit) q.set('limit', String(s.limit));
  if (s.doc) {
    q.set('doc', s.doc);
    if (s.para) q.set('para', s.para);
    if (s.version) q.set('version', s.version);
    if (s.quote) q.set('quote', s.quote);
    if (s.of) q.set('of', s.of);
  }
  if (s.add) q.set('add', '1');
  if (!s.proposals) q.set('proposals', 'hide');
  if (s.asof) q.set('asof', s.asof);
  return `?${q.toString()}`;
}
