// The gold set (tests/fixtures/gold/) and how an extraction is scored against it: pure, so
// `npm run gold` and the tests share it. A gold statement is found when an extracted one has
// the same type, ends and action and one of its quotes contains the gold quote fragment.
import type { ExtractedMeeting, Extraction } from '../extraction.js';
import { cue } from '../lang/index.js';
import { splitSentences } from '../segment.js';

export const GENRES = [
  'resolution',
  'wg-report',
  'background',
  'cop-report',
  'web',
  'pasted',
  'note',
  'uncac',
] as const;
export type Genre = (typeof GENRES)[number];

export const CONFERENCES = ['untoc', 'uncac'] as const;
export type Conference = (typeof CONFERENCES)[number];

export interface GoldStatement {
  type: string;
  from: string;
  to: string;
  action?: string | null;
  /** A distinctive fragment of the sentence that states it, verbatim (white space aside). */
  quote: string;
  /** A body the reference data lacks: `to` is matched by its kind prefix (`body/`), not its slug. */
  proposal?: boolean;
}

export interface GoldMeeting {
  id: string;
  startDate: string;
  endDate: string;
  status: 'HELD' | 'PLANNED';
}

export interface GoldFile {
  genre: Genre;
  conference: Conference;
  /** The id the document should get; null when no convention fixes it yet (not scored). */
  documentId: string | null;
  documentKind?: string;
  statements: GoldStatement[];
  meetings?: GoldMeeting[];
  notes?: string;
}

/** What scoring needs of one document: its gold, and its extraction or why it was refused. */
export interface Scored {
  name: string;
  gold: GoldFile;
  /** null when the reader refused the document (then `refused` says why). */
  extraction: Extraction | null;
  refused?: string;
}

export interface DocumentScore {
  name: string;
  genre: Genre;
  goldCount: number;
  extractedCount: number;
  hits: number;
  missing: string[];
  extra: string[];
  silent: string[];
  refused: string | null;
  wrongId: { want: string; got: string } | null;
  wrongConference: string[];
  wrongMeetings: string[];
}

export interface Totals {
  documents: number;
  gold: number;
  extracted: number;
  hits: number;
  precision: number;
  recall: number;
  silent: number;
  refused: number;
  wrongIds: number;
  wrongConference: number;
  wrongMeetings: number;
}

export const normalise = (s: string): string => s.replace(/\s+/gu, ' ').trim();

const sameAction = (a: string | null | undefined, b: string | null | undefined) =>
  (a ?? '') === (b ?? '');

interface Stated {
  type: string;
  from: string;
  to: string;
  action: string | null;
  evidence: readonly { quote: string }[];
}

/**
 * An id with a proposed body's slug left out (the slug is the extractor's to choose, and a
 * Russian text proposes the body under its Russian name), as a star: `meeting/(star)/7`.
 */
export const looseId = (id: string): string =>
  id
    .replace(/(^|\/)body\/[^/]+$/u, '$1body/*')
    .replace(/(^|\/)meeting\/[^/]+\/([^/]+)$/u, '$1meeting/*/$2');

export function matches(s: Stated, g: GoldStatement): boolean {
  if (s.type !== g.type || !sameAction(s.action, g.action)) return false;
  // A statement about a proposed body matches whatever slug names it, at either end.
  const same = (a: string, b: string) => (g.proposal ? looseId(a) === looseId(b) : a === b);
  if (!same(s.from, g.from) || !same(s.to, g.to)) return false;
  const want = normalise(g.quote);
  return s.evidence.some((e) => normalise(e.quote).includes(want));
}

export const describe = (s: {
  type: string;
  from: string;
  to: string;
  action?: string | null;
}): string => `${s.type} ${s.from} -> ${s.to}${s.action ? ` [${s.action}]` : ''}`;

/** Entity ids of UNTOC (unprefixed) as opposed to UNCAC's (`uncac/…`); symbols are neither. */
const UNTOC_ID = /^(body|session|resolution|decision|instrument|meeting)\//u;

function conferenceErrors(x: Extraction, conference: Conference): string[] {
  const ids = new Set(x.relations.flatMap((r) => [r.from, r.to]));
  for (const m of x.meetings) ids.add(m.id);
  return [...ids].filter((id) =>
    conference === 'uncac' ? UNTOC_ID.test(id) : id.startsWith('uncac/'),
  );
}

/**
 * Sentences with a decision verb that no statement quotes and `unmatched` does not list: what
 * the rules passed over without a word (issue 26: 0 silent).
 */
export function silentSentences(x: Extraction): string[] {
  const decision = cue('decision');
  const quoted = x.relations.flatMap((r) => r.evidence.map((e) => normalise(e.quote)));
  const listed = x.unmatched.map((u) => normalise(u.text));
  const covers = (sentence: string) => (q: string) =>
    q.length > 0 && (q.includes(sentence) || sentence.includes(q));
  return x.text.flatMap((b) => {
    if (b.context !== 'PARAGRAPH' && b.context !== 'PREAMBLE') return [];
    return splitSentences(b.text)
      .map((s) => normalise(s.text))
      .filter(
        (s) => decision(s) && !quoted.some(covers(s)) && !listed.some(covers(s)) && s.length > 0,
      );
  });
}

export function scoreDocument(d: Scored): DocumentScore {
  const { gold, extraction: x } = d;
  const base = {
    name: d.name,
    genre: gold.genre,
    goldCount: gold.statements.length,
  };
  if (!x) {
    return {
      ...base,
      extractedCount: 0,
      hits: 0,
      missing: gold.statements.map(describe),
      extra: [],
      silent: [],
      refused: d.refused ?? 'refused',
      wrongId: null,
      wrongConference: [],
      wrongMeetings: [],
    };
  }
  const found = gold.statements.map((g) => x.relations.some((r) => matches(r, g)));
  const extra = x.relations.filter((r) => !gold.statements.some((g) => matches(r, g)));
  const wantMeetings = gold.meetings ?? [];
  const meetingKey = (m: Pick<ExtractedMeeting, 'id' | 'startDate' | 'endDate' | 'status'>) =>
    `${m.id} ${m.startDate ?? ''}..${m.endDate ?? ''} ${m.status}`;
  const gotMeetings = new Set(x.meetings.map(meetingKey));
  return {
    ...base,
    extractedCount: x.relations.length,
    hits: found.filter(Boolean).length,
    missing: gold.statements.filter((_, i) => !found[i]).map(describe),
    extra: extra.map(describe),
    silent: silentSentences(x),
    refused: null,
    wrongId:
      gold.documentId !== null && gold.documentId !== x.documentId
        ? { want: gold.documentId, got: x.documentId }
        : null,
    wrongConference: conferenceErrors(x, gold.conference),
    wrongMeetings: wantMeetings
      .filter((m) => !gotMeetings.has(meetingKey(m)))
      .map((m) => `missing meeting ${meetingKey(m)}`),
  };
}

/** Micro-averaged over the statements of the documents given. */
export function totals(scores: readonly DocumentScore[]): Totals {
  const sum = (f: (s: DocumentScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const gold = sum((s) => s.goldCount);
  const extracted = sum((s) => s.extractedCount);
  const hits = sum((s) => s.hits);
  // Extracted statements that match a gold one: the same as hits but for duplicates of a key.
  const correct = sum((s) => s.extractedCount - s.extra.length);
  return {
    documents: scores.length,
    gold,
    extracted,
    hits,
    precision: extracted === 0 ? 0 : correct / extracted,
    recall: gold === 0 ? 0 : hits / gold,
    silent: sum((s) => s.silent.length),
    refused: scores.filter((s) => s.refused !== null).length,
    wrongIds: scores.filter((s) => s.wrongId !== null).length,
    wrongConference: scores.filter((s) => s.wrongConference.length > 0).length,
    wrongMeetings: sum((s) => s.wrongMeetings.length),
  };
}

export const THRESHOLDS = { precision: 0.95, recall: 0.9, silent: 0 } as const;

export function passes(t: Totals): boolean {
  return (
    t.precision >= THRESHOLDS.precision &&
    t.recall >= THRESHOLDS.recall &&
    t.silent <= THRESHOLDS.silent &&
    t.refused === 0
  );
}

/** Checks the shape of a parsed gold file; the message names the first problem. */
export function parseGold(value: unknown, name: string): GoldFile {
  const fail = (why: string): never => {
    throw new Error(`${name}: ${why}`);
  };
  if (typeof value !== 'object' || value === null) return fail('not an object');
  const o = value as Record<string, unknown>;
  const genre = o.genre;
  if (typeof genre !== 'string' || !(GENRES as readonly string[]).includes(genre))
    fail(`genre must be one of ${GENRES.join(', ')}`);
  const conference = o.conference;
  if (typeof conference !== 'string' || !(CONFERENCES as readonly string[]).includes(conference))
    fail('conference must be untoc or uncac');
  if (o.documentId !== null && typeof o.documentId !== 'string')
    fail('documentId must be a string or null');
  if (!Array.isArray(o.statements)) return fail('statements must be an array');
  const statements = (o.statements as unknown[]).map((s, i): GoldStatement => {
    if (typeof s !== 'object' || s === null) return fail(`statement ${i} is not an object`);
    const r = s as Record<string, unknown>;
    for (const k of ['type', 'from', 'to', 'quote'] as const)
      if (typeof r[k] !== 'string' || r[k] === '') fail(`statement ${i}: ${k} must be a string`);
    if (r.action !== undefined && r.action !== null && typeof r.action !== 'string')
      fail(`statement ${i}: action must be a string or null`);
    return s as GoldStatement;
  });
  return { ...(o as unknown as GoldFile), statements };
}
