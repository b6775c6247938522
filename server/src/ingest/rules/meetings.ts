// Meetings a sentence says a body held or will hold: numbered ("its ninth and tenth meetings"),
// paired "respectively", or known only by their dates ("met in Vienna on 2 and 3 June").
import { findDateRanges } from '../lexicon/dates.js';
import type { ExtractedEvidence, ExtractedMeeting } from '../extraction.js';
import type { DateRangeMention, EntityMention, OrdinalMention } from '../types.js';
import { LANGUAGES } from '../lang/index.js';
import {
  backReference,
  backReferenceAt,
  CUES,
  meetingNounAt,
  meetingPlace,
  meetingStatus,
  namesMeeting,
} from './cues.js';
import { ordinalsOf } from './sessions.js';
import {
  meetingIdByDates,
  meetingIdOf,
  NOT_TARGETS,
  notUnderstood,
  type ParagraphState,
  type SentenceContext,
} from './context.js';

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
  runs.forEach((run, k) => {
    const first = run[0];
    const last = run.at(-1);
    if (!first || !last) return;
    const from = runs[k - 1]?.at(-1)?.end ?? 0;
    const to = runs[k + 1]?.[0]?.start ?? c.text.length;
    const clause = c.text.slice(from, to);
    const own = findDateRanges(c.text).filter((d) => d.start >= last.end && d.end <= to);
    // "The thirteenth session of X and the thirteenth session of Y are scheduled … from 23 to
    // 27 May": meetings named in turn share the one date range after the last.
    const shared = findDateRanges(c.text).filter((d) => d.start >= (runs.at(-1)?.at(-1)?.end ?? 0));
    const dates = own.length === 0 && k < runs.length - 1 && shared.length === 1 ? shared : own;
    if (dates.length === 0) return; // a meeting named in passing ("before its twelfth meeting") is not a statement
    const names = run.map((o) => `"${o.text}"`).join(', ');
    // "…held their fifth and sixth meetings from … and from …": one date range each, or one for all.
    if (dates.length !== 1 && dates.length !== run.length) {
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
      const date = dates.length === 1 ? dates[0] : dates[i];
      if (!body) {
        c.warnings.push(`paragraph ${c.paragraph}: a meeting ("${o.text}") of no known body`);
        return;
      }
      if (date) recordMeeting(c, st, body, o, date, clause, evidence);
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

/**
 * "The Working Group met in Vienna on 2 and 3 June 2098", "Рабочая группа собралась в Вене …":
 * a group's meeting no ordinal numbers, known by its body and dates (`meeting/<body>/<date>`).
 * The group is the sentence's first (or the one spoken of, "The Working Group"); one date range.
 */
function datedMeeting(
  c: SentenceContext,
  st: ParagraphState,
  bodies: EntityMention[],
  evidence: ExtractedEvidence,
): boolean {
  const lower = c.text.toLowerCase();
  const verb = LANGUAGES.map((l) => l.meeting.met.exec(lower)?.index ?? -1).find((i) => i >= 0);
  if (verb === undefined) return meetingOfBody(c, st, bodies, evidence);
  const dates = findDateRanges(c.text).filter((d) => d.start > verb);
  if (dates.length !== 1 || !dates[0]) return false;
  const subject =
    bodies.find((b) => b.end <= verb && b.id !== 'body/unodc' && !NOT_TARGETS.has(b.id)) ??
    (st.lastBody && backReference(c.text.slice(0, verb))
      ? { id: st.lastBody, text: '', start: 0, end: 0 }
      : undefined);
  if (!subject) return false;
  recordMeeting(
    c,
    st,
    subject,
    { text: c.text.slice(verb, verb + 12), value: null },
    dates[0],
    c.text,
    evidence,
  );
  return true;
}

// "the meeting of the Working Group", "совещание Рабочей группы": the body right after the noun.
const OWNED_BY = /^\s+(?:of\s+(?:the\s+)?)?$/iu;

/**
 * "The meeting of the Working Group on Firearms will take place in Vienna on 6 and 7 June 2095",
 * "Очередное совещание Рабочей группы состоится в Вене 14 и 15 апреля 2096 года": a meeting no
 * ordinal numbers, of the body named right after the noun (or the one spoken of), on one date
 * range, held or planned as the sentence says.
 */
function meetingOfBody(
  c: SentenceContext,
  st: ParagraphState,
  bodies: EntityMention[],
  evidence: ExtractedEvidence,
): boolean {
  const noun = meetingNounAt(c.text);
  if (!noun || !meetingStatus(c.text)) return false;
  const dates = findDateRanges(c.text).filter((d) => d.start > noun.end);
  if (dates.length !== 1 || !dates[0]) return false;
  const after = c.text.slice(noun.end);
  const back = backReferenceAt(after);
  const owner =
    bodies.find(
      (b) =>
        b.start >= noun.end &&
        b.id !== 'body/unodc' &&
        !NOT_TARGETS.has(b.id) &&
        OWNED_BY.test(c.text.slice(noun.end, b.start)),
    ) ??
    (st.lastBody && back >= 0 && OWNED_BY.test(after.slice(0, back))
      ? { id: st.lastBody, text: '', start: 0, end: 0 }
      : undefined);
  if (!owner) return false;
  recordMeeting(
    c,
    st,
    owner,
    { text: c.text.slice(noun.start, noun.end), value: null },
    dates[0],
    c.text,
    evidence,
  );
  return true;
}

function recordMeeting(
  c: SentenceContext,
  st: ParagraphState,
  body: EntityMention,
  o: { text: string; value: number | null },
  date: DateRangeMention,
  clause: string,
  evidence: ExtractedEvidence,
): void {
  const status = meetingStatus(clause) ?? meetingStatus(c.text);
  if (!status) {
    c.warnings.push(
      `paragraph ${c.paragraph}: cannot tell whether "${o.text}" was held or is planned`,
    );
    return;
  }
  const placeHere = meetingPlace(clause);
  const placeHeading = st.heading ? meetingPlace(st.heading.text) : null;
  const previousPlace = st.meetings.at(-1)?.place ?? null;
  const place = placeHere === 'same' ? previousPlace : (placeHere ?? placeHeading);
  const headingNames = st.heading?.bodies.some((b) => b.id === body.id) ? st.heading : null;
  const meeting: ExtractedMeeting = {
    id:
      o.value === null ? meetingIdByDates(body.id, date.startDate) : meetingIdOf(body.id, o.value),
    bodyId: body.id,
    ordinal: o.value,
    startDate: date.startDate,
    endDate: date.endDate,
    place,
    status,
    evidence,
    placeEvidence: headingNames
      ? { paragraph: null, context: 'HEADING', quote: headingNames.text }
      : null,
    // As a Russian heading prints it (an English heading's name is no Russian label).
    bodyGenitive:
      headingNames?.bodies.find((b) => b.id === body.id && /\p{Script=Cyrillic}/u.test(b.text))
        ?.text ?? null,
  };
  st.meetings.push(meeting);
  c.allMeetings.push(meeting);
  c.relations.add({ type: 'HOLDS', from: body.id, to: meeting.id, action: null, basis: null }, [
    evidence,
    ...(meeting.placeEvidence ? [meeting.placeEvidence] : []),
  ]);
}
