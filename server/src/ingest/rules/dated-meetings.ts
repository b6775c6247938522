// A group's meeting no ordinal numbers, known by its body and dates (`meeting/<body>/<date>`):
// "The Working Group met in Vienna on 2 and 3 June 2098", "The meeting of the Working Group on
// Firearms will take place in Vienna on 6 and 7 June 2095".
import { findDateRanges } from '../lexicon/dates.js';
import type { ExtractedEvidence } from '../extraction.js';
import type { EntityMention } from '../types.js';
import { LANGUAGES } from '../lang/index.js';
import { backReference, backReferenceAt, meetingNounAt, meetingStatus } from './cues.js';
import { NOT_TARGETS, type ParagraphState, type SentenceContext } from './context.js';
import { recordMeeting } from './record-meeting.js';

/**
 * "The Working Group met in Vienna on 2 and 3 June 2098", "Рабочая группа собралась в Вене …":
 * a group's meeting no ordinal numbers, known by its body and dates (`meeting/<body>/<date>`).
 * The group is the sentence's first (or the one spoken of, "The Working Group"); one date range.
 */
export function datedMeeting(
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
const OWN_BEFORE = /(?<!\p{L})(?:its|ее|её|его|своем|своём)\s+$/iu;

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
      : undefined) ??
    // "…проделанную Рабочей группой по торговле людьми на ее совещании, состоявшемся …": "its"
    // meeting is the body's named before.
    (OWN_BEFORE.test(c.text.slice(Math.max(0, noun.start - 12), noun.start))
      ? bodies
          .filter((b) => b.end <= noun.start && b.id !== 'body/unodc' && !NOT_TARGETS.has(b.id))
          .at(-1)
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
