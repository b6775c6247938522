// The report of a working group's meeting (CTOC/COP/WG.4/2020/4): a title "Report on the
// meeting of the Working Group on … held in Vienna on 10 and 11 September 2020" / "Доклад о
// работе совещания Рабочей группы …, состоявшегося в Вене …" / "Report of the Working Group on
// … on its seventh session" that names the body and, mostly, the dates and place; the
// meeting's ordinal in the title, the header or an early paragraph ("The tenth meeting of the
// Working Group was held …"), or none: then the meeting is known by its body and dates. Copies
// circulate without their symbol: the report is still a report, identified by its body and its
// meeting's first day. Its numbered paragraphs go through the sentence rules as well.
import type { LangCode } from '../../domain/model.js';
import type { ExtractedEvidence, Extraction } from '../extraction.js';
import { LANGUAGES } from '../lang/index.js';
import { findDateRanges } from '../lexicon/dates.js';
import { findOrdinals } from '../lexicon/ordinals.js';
import { findEntities } from '../lexicon/entities.js';
import { readMetadata } from '../metadata.js';
import { CUES, meetingPlace, meetingStatus } from '../rules/cues.js';
import { meetingIdOf } from '../rules/context.js';
import { readParagraph, type ParagraphState } from '../rules/paragraph.js';
import { isConference, ordinalsOf } from '../rules/sessions.js';
import { NOTE_LINE, openingTexts, segment, splitSentences } from '../segment.js';
import { storedText } from '../stored-text.js';
import type { Block, DecodedText } from '../types.js';
import { collected, collectors, documentIdOf } from './common.js';
import type { Genre } from './genre.js';
import {
  groupIn,
  headerMeeting,
  proposeGroup,
  stateHeaderCreation,
  stateMeeting,
} from './meeting-of.js';

const isTitle = (text: string) =>
  LANGUAGES.some((l) => l.meetingReportTitle.test(text.replace(/\s+/gu, ' ').trim()));
const sendsToSession = (text: string) =>
  LANGUAGES.some((l) => l.submittedTo.test(text.toLowerCase()));
const namesItself = (text: string) =>
  LANGUAGES.some((l) => l.presentDocument.test(text.toLowerCase()));
// How far into the text its title may stand.
const TITLE_WITHIN = 30;
// The paragraphs where the meeting's ordinal is looked for when the title has none (a report
// says which meeting it is at its start).
const ORDINAL_WITHIN = 5;

/** Whether the text is a meeting's report: a report title among its first lines. */
export function isMeetingReport(text: string): boolean {
  return openingTexts(text, TITLE_WITHIN).some(isTitle);
}

const CONTEXT = { header: 'HEADER', heading: 'HEADING' } as const;

export function extractMeetingReport(
  decoded: DecodedText,
  fileName: string,
  lang: LangCode,
): Extraction | null {
  const layoutWarnings: string[] = [];
  const blocks = segment(decoded.text, fileName, layoutWarnings);
  const meta = readMetadata(blocks, lang);
  // The title stands before the first paragraph: a note's heading "Report on the meeting of …"
  // between its paragraphs does not make the note a report.
  const first = blocks.findIndex((b) => b.kind === 'paragraph');
  const front = blocks.slice(0, first < 0 ? blocks.length : first);
  const at = front.findIndex(
    (b) => (b.kind === 'header' || b.kind === 'heading') && isTitle(b.text),
  );
  const title = front[at];
  if (!title || (title.kind !== 'header' && title.kind !== 'heading')) return null;
  // Under "Note by the Secretariat" it is a note's first section, not the document's title.
  if (front.slice(0, at).some((b) => NOTE_LINE.test(b.text.trim()))) return null;
  // The matcher the document's conference reads with (common.ts).
  const shared = collectors(decoded);
  const { matcher } = shared;
  const body = groupIn(title.text, matcher);
  // "Report of the Conference of the Parties … on its fifth session" is the Conference's own.
  const named = findEntities(title.text, matcher).matched;
  if (!body && named.some((m) => isConference(m.id))) return null;
  const header = headerMeeting(front, matcher);
  const fromHeader = header && header.body.id === body?.id ? header : null;
  const dates = findDateRanges(title.text)[0] ?? fromHeader?.dates ?? null;
  const paragraphs = blocks.filter(
    (b): b is Extract<Block, { kind: 'paragraph' }> => b.kind === 'paragraph',
  );
  // The ordinal: in the title, the header, else in the first paragraphs that name a meeting
  // ("session" is a working group's meeting too).
  const ordinalIn = (text: string) => ordinalsOf(text, matcher).find((o) => o.noun === 'meeting');
  // "Report of the Implementation Review Group on its seventh session": a group's report
  // numbers the group's session, whether or not the reference data knows the group.
  const titleOrdinal =
    ordinalIn(title.text)?.value ??
    (body ? findOrdinals(title.text).find((o) => o.noun === 'session')?.value : undefined) ??
    fromHeader?.ordinal ??
    null;
  const early =
    titleOrdinal !== null
      ? undefined
      : paragraphs.slice(0, ORDINAL_WITHIN).flatMap((p) =>
          splitSentences(p.text).flatMap((s) => {
            const o = ordinalIn(s.text);
            return o ? [{ value: o.value, paragraph: p.number, quote: s.text }] : [];
          }),
        )[0];
  const ordinal = titleOrdinal ?? early?.value ?? null;
  const documentId = documentIdOf(meta, {
    genre: 'report',
    bodyId: body?.id ?? null,
    date: dates?.startDate ?? null,
    text: decoded.text,
  });
  const { relations, warnings } = shared;
  warnings.push(...layoutWarnings);
  const titleEvidence: ExtractedEvidence = {
    paragraph: null,
    context: CONTEXT[title.kind],
    quote: title.text,
  };
  if (!body) warnings.push(`${fileName}: the report's title names no known body: "${title.text}"`);
  else proposeGroup(body, shared.newBodies, titleEvidence);
  if (fromHeader) stateHeaderCreation(fromHeader, relations);

  let ownMeeting: string | null = null;
  if (body && dates) {
    const place = meetingPlace(title.text);
    // "The meeting was held in Vienna on 11 and 12 May 2099": the body of the report says it too.
    const retold = paragraphs
      .flatMap((p) => splitSentences(p.text).map((x) => ({ paragraph: p.number, text: x.text })))
      .find(
        (x) =>
          x.text !== early?.quote &&
          meetingStatus(x.text) === 'HELD' &&
          findDateRanges(x.text).some(
            (d) => d.startDate === dates.startDate && d.endDate === dates.endDate,
          ),
      );
    const meetingId = stateMeeting(
      shared,
      {
        bodyId: body.id,
        ordinal,
        startDate: dates.startDate,
        endDate: dates.endDate,
        place: place === 'Vienna' ? place : (fromHeader?.place ?? null),
        // A report is written after its meeting: the meeting was held.
        status: 'HELD',
        evidence: titleEvidence,
        bodyGenitive: lang === 'ru' ? body.text : null,
      },
      [
        titleEvidence,
        ...(fromHeader ? fromHeader.evidence : []),
        ...(early
          ? [{ paragraph: early.paragraph, context: 'PARAGRAPH' as const, quote: early.quote }]
          : []),
        ...(retold
          ? [{ paragraph: retold.paragraph, context: 'PARAGRAPH' as const, quote: retold.text }]
          : []),
      ],
    );
    relations.add(
      { type: 'PRODUCES', from: meetingId, to: documentId, action: null, basis: null },
      [titleEvidence],
    );
    ownMeeting = meetingId;
  }

  // The sentence that sends the report to a session of the Conference says which: first one
  // that names the present report ("set out in the present report … for consideration by the
  // Conference at its fifth session"), else the first that does not retell a decision ("the
  // Conference decided that the Chair would report to its fifth session" is about another report).
  const sending = paragraphs
    .flatMap((p) => splitSentences(p.text).map((s) => ({ paragraph: p.number, text: s.text })))
    .flatMap((s) => {
      const session = ordinalsOf(s.text, matcher).find((o) => o.noun === 'session');
      return session && sendsToSession(s.text) ? [{ ...s, session: session.value }] : [];
    });
  const sent =
    sending.find((s) => namesItself(s.text)) ??
    sending.find((s) => !CUES.decision(s.text)) ??
    sending[0];
  if (sent)
    relations.add(
      {
        type: 'SUBMITTED_TO',
        from: documentId,
        to: `session/${String(sent.session)}`,
        action: null,
        basis: null,
      },
      [{ paragraph: sent.paragraph, context: 'PARAGRAPH', quote: sent.text }],
    );
  // "The Working Group", "The Group" in a group's report is that group, until a sentence names another.
  const state: ParagraphState = {
    lastMandate: null,
    meetings: [],
    heading: null,
    lastBody: body?.id ?? null,
  };
  // What "the Working Group had before it" goes to: the meeting the report is of.
  const own = ownMeeting === null ? shared : { ...shared, ownMeeting };
  for (const p of paragraphs) readParagraph(p, own, state);
  // "Report on the eleventh meeting of the Working Group on … (CTOC/COP/WG.7/2024/3)": a title
  // without dates still says which meeting produced the report; when it was held, a paragraph
  // says ("The eleventh meeting … was held in Vienna from 10 to 12 April 2024").
  if (body && !dates && ordinal !== null) {
    const id = meetingIdOf(body.id, ordinal);
    if (shared.allMeetings.some((m) => m.id === id))
      relations.add({ type: 'PRODUCES', from: id, to: documentId, action: null, basis: null }, [
        titleEvidence,
      ]);
    else
      warnings.push(
        `${fileName}: neither the report's title nor its paragraphs say when its meeting was held: "${title.text}"`,
      );
  } else if (!dates)
    warnings.push(
      `${fileName}: neither the report's title nor its header gives its meeting's dates: "${title.text}"`,
    );
  return {
    genre: 'MEETING_REPORT',
    documentId,
    meta,
    text: storedText(documentId, lang, blocks),
    ...collected(shared),
  };
}

export const meetingReportGenre: Genre = {
  name: 'MEETING_REPORT',
  read: ({ decoded, fileName, lang }) =>
    isMeetingReport(decoded.text) ? extractMeetingReport(decoded, fileName, lang) : null,
};
