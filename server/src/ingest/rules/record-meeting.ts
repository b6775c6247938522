// A meeting a sentence states: its id, dates, place and whether it was held or is planned, and
// the body that HOLDS it.
import type { ExtractedEvidence, ExtractedMeeting } from '../extraction.js';
import type { DateRangeMention, EntityMention } from '../types.js';
import { meetingPlace, meetingStatus } from './cues.js';
import {
  meetingIdByDates,
  meetingIdOf,
  type ParagraphState,
  type SentenceContext,
} from './context.js';

export function recordMeeting(
  c: SentenceContext,
  st: ParagraphState,
  body: EntityMention,
  o: { text: string; value: number | null },
  date: DateRangeMention | null,
  clause: string,
  evidence: ExtractedEvidence,
): void {
  // A numbered meeting named without dates is one a report on it says was held.
  const status = meetingStatus(clause) ?? meetingStatus(c.text) ?? (date ? null : 'HELD');
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
  const when =
    o.value !== null
      ? {
          id: meetingIdOf(body.id, o.value),
          ordinal: o.value,
          startDate: date?.startDate ?? null,
          endDate: date?.endDate ?? null,
        }
      : date
        ? // "The Working Group … met in Vienna on 4 and 5 June" in the report on its 101st
          // meeting of those dates: that meeting, known by its number.
          (numberedOn(c, body.id, date.startDate) ?? {
            id: meetingIdByDates(body.id, date.startDate),
            ordinal: null,
            startDate: date.startDate,
            endDate: date.endDate,
          })
        : null;
  if (!when) return;
  const meeting: ExtractedMeeting = {
    ...when,
    bodyId: body.id,
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

/** A numbered meeting of the body the text already gave on that first day, or undefined. */
function numberedOn(
  c: SentenceContext,
  bodyId: string,
  startDate: string,
): { id: string; ordinal: number; startDate: string | null; endDate: string | null } | undefined {
  for (const x of c.allMeetings)
    if (x.bodyId === bodyId && x.ordinal !== null && x.startDate === startDate)
      return { id: x.id, ordinal: x.ordinal, startDate: x.startDate, endDate: x.endDate };
  return undefined;
}
