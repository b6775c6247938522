// The working group's meeting a document is of: a report's, or the one a background paper or
// note is prepared for. Its header prints the body and the place and dates on lines of their
// own ("Working Group on Firearms" / "Vienna, 2 and 3 May 2018"), sometimes the meeting's
// ordinal ("Seventh session"). A meeting without an ordinal is identified by its body and its
// first day (the team's convention): `meeting/wg-firearms/2018-05-02`.
import { placeFromPrinted } from '../../domain/places.js';
import type {
  ExtractedEvidence,
  ExtractedMeeting,
  RelationSet,
  StatedMeeting,
} from '../extraction.js';
import { findDateRanges } from '../lexicon/dates.js';
import { findEntities, type EntityMatcher } from '../lexicon/entities.js';
import { meetingPlace } from '../rules/cues.js';
import { meetingIdByDates, meetingIdOf } from '../rules/context.js';
import { isConference, ordinalsOf } from '../rules/sessions.js';
import { LANGUAGES } from '../lang/index.js';
import { splitSentences } from '../segment.js';
import { findOrdinals } from '../lexicon/ordinals.js';
import { newBody, type NewBody } from '../lexicon/new-bodies.js';
import { embeddedBody, stateEmbeddedCreation } from '../rules/embedded.js';
import type { Block, DateRangeMention, EntityMention } from '../types.js';

/** What a header says of its meeting, each line quoted. */
export interface HeaderMeeting {
  body: GroupMention;
  dates: DateRangeMention;
  ordinal: number | null;
  place: string | null;
  /** Every line read, the body's first, the place and dates' last. */
  evidence: ExtractedEvidence[];
  datesEvidence: ExtractedEvidence;
  /** "…, учрежденная в соответствии с резолюцией 9/1" under the name: the text that created it. */
  createdBy: { mandate: string; evidence: ExtractedEvidence } | null;
}

// A header line is the body's name, or the place and dates, or the ordinal, alone: a few
// characters more (an article, punctuation) at most.
const SLACK = 6;
// How many lines after the body's the place and dates may stand (the ordinal's line between).
const WITHIN = 3;

type FrontBlock = Extract<Block, { kind: 'header' | 'heading' }>;
const CONTEXT = { header: 'HEADER', heading: 'HEADING' } as const;
const quoted = (b: FrontBlock): ExtractedEvidence => ({
  paragraph: null,
  context: CONTEXT[b.kind],
  quote: b.text,
});

/** A body other than a conference or the Secretariat, or null. */
export function groupIn(text: string, matcher: EntityMatcher): GroupMention | undefined {
  const found = findEntities(text, matcher);
  const known = found.matched.find(
    (m) => m.id.startsWith('body/') && !isConference(m.id) && m.id !== 'body/unodc',
  );
  if (known) return known;
  // A group the reference data lacks ("Implementation Review Group"): proposed by the document.
  for (const u of found.unmatched) {
    const proposed = newBody(u.text);
    if (proposed) return { ...u, id: proposed.id, proposed };
  }
  return undefined;
}

/** A group a header or title names: a reference body, or one the document proposes. */
export type GroupMention = EntityMention & { proposed?: NewBody };

/** A proposed group is proposed by the document that names it, with the line that names it. */
export function proposeGroup(
  body: GroupMention,
  newBodies: Map<string, { body: NewBody; evidence: ExtractedEvidence }>,
  evidence: ExtractedEvidence,
): void {
  if (body.proposed && !newBodies.has(body.id))
    newBodies.set(body.id, { body: body.proposed, evidence });
}

/** "Vienna, 2 and 3 May 2018", "Вена, 2 и 3 мая 2018 года": a place printed before its dates. */
function placeOf(line: string, dates: DateRangeMention): string | null {
  const printed = line.slice(0, dates.start).replace(/[\s,]+$/u, '');
  const named = placeFromPrinted(printed);
  if (named) return named;
  return meetingPlace(line) === 'Vienna' ? 'Vienna' : null;
}

/** The meeting the front matter (the blocks before paragraph 1) heads the document with. */
export function headerMeeting(
  front: readonly Block[],
  matcher: EntityMatcher,
): HeaderMeeting | null {
  const lines = front.filter((b): b is FrontBlock => b.kind === 'header' || b.kind === 'heading');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) continue;
    const text = line.text.trim();
    const body = groupIn(text, matcher);
    if (!body || text.length - (body.end - body.start) > SLACK) continue;
    let ordinal: number | null = null;
    let createdBy: HeaderMeeting['createdBy'] = null;
    const evidence = [quoted(line)];
    for (const next of lines.slice(i + 1, i + 1 + WITHIN)) {
      const t = next.text.trim();
      const created = embeddedBody(`${text} ${t}`, matcher);
      if (created?.body === body.id && created.start >= text.length - 1) {
        createdBy = { mandate: created.mandate, evidence: quoted(next) };
        evidence.push(quoted(next));
        continue;
      }
      // The line under a group's name numbers the group's meeting, "session" or "meeting".
      const o = findOrdinals(t).find((x) => x.noun === 'meeting' || x.noun === 'session');
      if (o && t.length - o.text.length <= SLACK * 3) {
        ordinal = o.value;
        evidence.push(quoted(next));
        continue;
      }
      const dates = findDateRanges(t)[0];
      // "Шестьдесят второе совещание, Вена, 2 и 3 июня 2094 года": the ordinal on the dates' line.
      const own = o && o.end <= (dates?.start ?? 0) ? o : null;
      if (!dates || t.length - (dates.end - dates.start) - (own?.text.length ?? 0) > 40) continue;
      // "Last updated: 15 April 2087" is the page's date, not its meeting's.
      if (t.slice(0, dates.start).includes(':')) continue;
      if (own) ordinal = own.value;
      const datesEvidence = quoted(next);
      evidence.push(datesEvidence);
      return {
        body,
        dates,
        ordinal,
        place: placeOf(t, dates),
        evidence,
        datesEvidence,
        createdBy,
      };
    }
  }
  return null;
}

/** "Expert group …, / established pursuant to resolution 9/1" over the meeting: who created it. */
export function stateHeaderCreation(meeting: HeaderMeeting, relations: RelationSet): void {
  if (meeting.createdBy)
    stateEmbeddedCreation(
      { body: meeting.body.id, mandate: meeting.createdBy.mandate },
      relations,
      meeting.createdBy.evidence,
    );
}

/** A body's meeting known only by its dates: `meeting/wg-firearms/2018-05-02`. */
export { meetingIdByDates };

/** The meeting's id: by its ordinal when one is known, else by its body and first day. */
export const meetingIdFor = (m: Pick<StatedMeeting, 'bodyId' | 'ordinal' | 'startDate'>): string =>
  m.ordinal === null
    ? meetingIdByDates(m.bodyId, m.startDate ?? '')
    : meetingIdOf(m.bodyId, m.ordinal);

/** The meeting, and that its body holds it, each cited; its id. */
export function stateMeeting(
  shared: { allMeetings: ExtractedMeeting[]; relations: RelationSet },
  m: StatedMeeting,
  holdsEvidence: ExtractedEvidence[],
): string {
  const id = meetingIdFor(m);
  shared.allMeetings.push({ ...m, id, placeEvidence: null });
  shared.relations.add(
    { type: 'HOLDS', from: m.bodyId, to: id, action: null, basis: null },
    holdsEvidence,
  );
  return id;
}

/**
 * A document prepared for the meeting its header names (a background paper, a note, an agenda):
 * the group proposed if the reference lacks it, the meeting stated (planned as of the
 * document's date, held if the document is dated after it) and the document SUBMITTED_TO it
 * (`documentId` null: a web page about the meeting, which is no paper for it).
 */
export function submitToHeaderMeeting(
  shared: {
    allMeetings: ExtractedMeeting[];
    relations: RelationSet;
    newBodies: Map<string, { body: NewBody; evidence: ExtractedEvidence }>;
  },
  meeting: HeaderMeeting,
  documentId: string | null,
  date: string | null,
): string {
  proposeGroup(meeting.body, shared.newBodies, meeting.evidence[0] ?? meeting.datesEvidence);
  stateHeaderCreation(meeting, shared.relations);
  const meetingId = stateMeeting(
    shared,
    {
      bodyId: meeting.body.id,
      ordinal: meeting.ordinal,
      startDate: meeting.dates.startDate,
      endDate: meeting.dates.endDate,
      place: meeting.place,
      status: date !== null && date > meeting.dates.endDate ? 'HELD' : 'PLANNED',
      evidence: meeting.datesEvidence,
      bodyGenitive: null,
    },
    meeting.evidence,
  );
  if (documentId !== null)
    shared.relations.add(
      { type: 'SUBMITTED_TO', from: documentId, to: meetingId, action: null, basis: null },
      meeting.evidence,
    );
  return meetingId;
}

/**
 * A header that names the group and dates but no ordinal, and a paragraph that does: "The present
 * paper has been prepared … for the Working Group at its sixty-fifth session", "Настоящий
 * документ подготовлен … на шестьдесят втором совещании Рабочей группы". The meeting is then
 * known by its number, that sentence cited too.
 */
export function withOrdinalFromText(
  meeting: HeaderMeeting,
  blocks: readonly Block[],
  matcher: EntityMatcher,
): HeaderMeeting {
  if (meeting.ordinal !== null) return meeting;
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    for (const s of splitSentences(b.text)) {
      const lower = s.text.toLowerCase();
      if (!LANGUAGES.some((l) => l.presentDocument.test(lower))) continue;
      const o = ordinalsOf(s.text, matcher).find((x) => x.noun === 'meeting');
      if (!o) continue;
      return {
        ...meeting,
        ordinal: o.value,
        evidence: [
          ...meeting.evidence,
          { paragraph: b.number, context: 'PARAGRAPH', quote: s.text },
        ],
      };
    }
  }
  return meeting;
}
