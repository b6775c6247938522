// Meetings a sentence says a body held or will hold: numbered ("its ninth and tenth meetings"),
// paired "respectively", or known only by their dates (dated-meetings.ts).
import { findDateRanges } from '../lexicon/dates.js';
import { findSymbols } from '../lexicon/symbols.js';
import type { ExtractedEvidence } from '../extraction.js';
import type { EntityMention, OrdinalMention } from '../types.js';
import { backReference, CUES, meetingStatus, namesMeeting } from './cues.js';
import { ordinalsOf } from './sessions.js';
import { datedMeeting } from './dated-meetings.js';
import { recordMeeting } from './record-meeting.js';
import { notUnderstood, type ParagraphState, type SentenceContext } from './context.js';
import { LANGUAGES } from '../lang/index.js';

// "its" / "его": the meeting is one body's; "their" / "их" may be several bodies'.
const ONE_OWNER = ['its', 'его', 'ее', 'её', 'свое', 'своё', 'своего', 'своем', 'своём'];

const possessiveBefore = (words: string[]) =>
  new RegExp(`(?:(?<!\\p{L})(?:${words.join('|')}))\\s+$`, 'iu');

const POSSESSIVE = possessiveBefore([...ONE_OWNER, 'their', 'их']);

const SINGULAR_POSSESSIVE = possessiveBefore(ONE_OWNER);

// "the fifth and sixth meetings", "пятое и шестое совещания": ordinals that share one noun.
const COORDINATED = /^(?:\s*,\s*(?:(?:и|and)\s+)?|\s+(?:и|and)\s+)$/iu;

/** The meeting ordinals in runs that share one noun ("the ninth and tenth meetings"). */
function coordinatedRuns(text: string, ordinals: OrdinalMention[]): OrdinalMention[][] {
  const runs: OrdinalMention[][] = [];
  for (const o of ordinals) {
    const run = runs.at(-1);
    const prev = run?.at(-1);
    if (run && prev && COORDINATED.test(text.slice(prev.end, o.start))) run.push(o);
    else runs.push([o]);
  }
  return runs;
}

/** Distinct bodies in order of their first mention. */
const distinct = (ms: EntityMention[]): EntityMention[] =>
  ms.filter((m, i) => ms.findIndex((n) => n.id === m.id) === i);

// "their", "их": the ordinal is each named body's own.
const THEIR = /\b(?:their)\s+$|(?<!\p{L})их\s+$/iu;
const PLURAL_AFTER = new RegExp(
  `^\\s+(?:${LANGUAGES.map((l) => l.words.nouns.plural).join('|')})(?!\\p{L})`,
  'iu',
);

/**
 * "Рабочая группа по X и Рабочая группа по Y … на их шестьдесят пятых сессиях, состоявшихся
 * …", "the two groups at their sixty-fifth sessions, held …": one ordinal, each body's own
 * meeting. False when the sentence is not so.
 */
function eachTheirOwn(
  c: SentenceContext,
  st: ParagraphState,
  bodies: EntityMention[],
  ordinals: OrdinalMention[],
  evidence: ExtractedEvidence,
): boolean {
  const o = ordinals[0];
  if (ordinals.length !== 1 || !o || !PLURAL_AFTER.test(c.text.slice(o.end))) return false;
  if (!THEIR.test(c.text.slice(Math.max(0, o.start - 12), o.start))) return false;
  const holders = distinct(bodies.filter((b) => b.end <= o.start));
  if (holders.length < 2 || meetingStatus(c.text) === null) return false;
  const dates = findDateRanges(c.text).filter((d) => d.start >= o.end);
  for (const body of holders)
    recordMeeting(c, st, body, o, dates.length === 1 ? (dates[0] ?? null) : null, c.text, evidence);
  return true;
}

export function meetingRules(
  c: SentenceContext,
  st: ParagraphState,
  bodies: EntityMention[],
  evidence: ExtractedEvidence,
): void {
  // A working group's "session" is its meeting (sessions.ts).
  const ordinals = ordinalsOf(c.text, c.matcher).filter((o) => o.noun === 'meeting');
  const runs = coordinatedRuns(c.text, ordinals);
  if (ordinals.length === 0 && datedMeeting(c, st, bodies, evidence)) return;
  // "The Working Groups on … and on … held their meetings …, respectively": which body held
  // which meeting the text does not say.
  if (
    runs.length === 0 &&
    CUES.respectively(c.text) &&
    distinct(bodies).length > 1 &&
    namesMeeting(c.text) &&
    meetingStatus(c.text)
  ) {
    notUnderstood(c, 'cannot tell which body held which meeting (no meeting is numbered)');
    return;
  }
  if (eachTheirOwn(c, st, bodies, ordinals, evidence)) return;
  runs.forEach((run, k) => {
    const first = run[0];
    const last = run.at(-1);
    if (!first || !last) return;
    const from = runs[k - 1]?.at(-1)?.end ?? 0;
    const to = runs[k + 1]?.[0]?.start ?? c.text.length;
    const clause = c.text.slice(from, to);
    const after = findDateRanges(c.text).filter((d) => d.start >= last.end && d.end <= to);
    // "The session was followed, on 1 and 2 June 2091, by the seventy-eighth session of …": the
    // one meeting of the sentence, its dates before it.
    const ahead = findDateRanges(c.text).filter((d) => d.end <= first.start && d.start >= from);
    const own =
      after.length === 0 && runs.length === 1 && run.length === 1 && ahead.length === 1
        ? ahead
        : after;
    // "The thirteenth session of X and the thirteenth session of Y are scheduled … from 23 to
    // 27 May": meetings named in turn share the one date range after the last.
    const shared = findDateRanges(c.text).filter((d) => d.start >= (runs.at(-1)?.at(-1)?.end ?? 0));
    const dates = own.length === 0 && k < runs.length - 1 && shared.length === 1 ? shared : own;
    // A meeting named in passing ("before its twelfth meeting") is not a statement; the one a
    // report is on is ("Report on the sixty-fourth meeting of the Working Group … (CTOC/…)").
    const reportOn = CUES.report(c.text) && findSymbols(c.item ?? c.text).length === runs.length;
    if (dates.length === 0 && !reportOn) return;
    const names = run.map((o) => `"${o.text}"`).join(', ');
    // "…held their fifth and sixth meetings from … and from …": one date range each, or one for all.
    if (dates.length > 0 && dates.length !== 1 && dates.length !== run.length) {
      notUnderstood(c, `cannot tell which dates are those of which meeting (${names})`);
      return;
    }
    const holders = runHolders(c, st, bodies, run, from, to);
    if (typeof holders === 'string') {
      notUnderstood(c, holders);
      return;
    }
    run.forEach((o, i) => {
      const body = holders[i];
      const date = (dates.length === 1 ? dates[0] : dates[i]) ?? null;
      if (!body) {
        c.warnings.push(`paragraph ${c.paragraph}: a meeting ("${o.text}") of no known body`);
        return;
      }
      // "The report on the eleventh meeting (…)" after the sentence that gave that meeting: the
      // report is that meeting's (reports.ts), not another statement of it.
      const known = knownMeeting(c, o.value, body.id);
      if (date || !known) recordMeeting(c, st, body, o, date, clause, evidence);
    });
  });
}

/**
 * Who held each meeting of a run: one body for all ("The Working Group … held its ninth and
 * tenth meetings"), or, with "respectively", the bodies named before them in order ("The Working
 * Group on X and the Working Group on Y held their fifth and sixth meetings, respectively").
 * A string says why it cannot be told.
 */
function runHolders(
  c: SentenceContext,
  st: ParagraphState,
  bodies: EntityMention[],
  run: OrdinalMention[],
  from: number,
  to: number,
): (EntityMention | undefined)[] | string {
  const first = run[0];
  if (!first) return [];
  const before = c.text.slice(Math.max(0, first.start - 16), first.start);
  const own = POSSESSIVE.test(before);
  const subjects = distinct(bodies.filter((b) => b.start >= from && b.end <= first.start));
  if (run.length > 1 && subjects.length > 1 && !SINGULAR_POSSESSIVE.test(before)) {
    const names = run.map((o) => `"${o.text}"`).join(', ');
    if (!CUES.respectively(c.text))
      return `cannot tell which of ${String(subjects.length)} bodies held which meeting (${names})`;
    if (subjects.length !== run.length)
      return `cannot pair ${String(subjects.length)} bodies with ${String(run.length)} meetings "respectively" (${names})`;
    return subjects;
  }
  const body =
    // "The Working Group … held its eleventh meeting …, and its twelfth meeting was held … in
    // coordination with the Working Group on …": "its" is the subject's, named before it.
    (own ? bodies.filter((b) => b.end <= first.start).at(-1) : undefined) ??
    bodies.find((b) => b.start >= (run.at(-1)?.end ?? first.end) && b.end <= to) ??
    bodies[0] ??
    // "The ninth meeting of the Working Group was held …" after a sentence about it.
    (st.lastBody && backReference(c.text)
      ? { id: st.lastBody, text: '', start: first.end, end: first.end }
      : undefined) ??
    // The Secretariat signs a note; its heading does not make it the one that meets.
    st.heading?.bodies.find((b) => b.id !== 'body/cop' && b.id !== 'body/unodc');
  return run.map(() => body);
}

/** Whether the text gave this body's meeting with this ordinal already. */
function knownMeeting(c: SentenceContext, ordinal: number, bodyId: string): boolean {
  return c.allMeetings.some((m) => m.ordinal === ordinal && m.bodyId === bodyId);
}
