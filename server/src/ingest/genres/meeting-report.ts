// The report of a working group's meeting (CTOC/COP/WG.4/2020/4): its symbol and date in the
// header, a title "Report on the meeting of the Working Group on … held in Vienna on 10 and 11
// September 2020" / "Доклад о работе совещания Рабочей группы …, состоявшегося в Вене …" that
// names the body, the dates and the place; the meeting's ordinal in the title or an early
// paragraph ("The tenth meeting of the Working Group was held …"); the session the report goes
// to where a sentence says so. Its numbered paragraphs go through the sentence rules as well.
import type { LangCode } from '../../domain/model.js';
import type { ExtractedEvidence, Extraction } from '../extraction.js';
import { LANGUAGES } from '../lang/index.js';
import { findDateRanges } from '../lexicon/dates.js';
import { findEntities } from '../lexicon/entities.js';
import { findOrdinals } from '../lexicon/ordinals.js';
import { readMetadata } from '../metadata.js';
import { meetingPlace } from '../rules/cues.js';
import { meetingIdOf, readParagraph, type ParagraphState } from '../rules/paragraph.js';
import { segment, splitSentences } from '../segment.js';
import { storedText } from '../stored-text.js';
import type { Block, DecodedText } from '../types.js';
import { collected, collectors } from './common.js';
import type { Genre } from './genre.js';

const isTitle = (text: string) => LANGUAGES.some((l) => l.meetingReportTitle.test(text.trim()));
const sendsToSession = (text: string) =>
  LANGUAGES.some((l) => l.submittedTo.test(text.toLowerCase()));
// How far into the text its title may stand.
const TITLE_WITHIN = 30;
// The paragraphs where the meeting's ordinal is looked for when the title has none (a report
// says which meeting it is at its start); the warning says where it was looked for.
const ORDINAL_WITHIN = 5;

/** Whether the text is a meeting's report: a report title among its first lines. */
export function isMeetingReport(text: string): boolean {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, TITLE_WITHIN)
    .some(isTitle);
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
  const title = blocks
    .slice(0, first < 0 ? blocks.length : first)
    .find(
      (b): b is Extract<Block, { kind: 'header' | 'heading' }> =>
        (b.kind === 'header' || b.kind === 'heading') && isTitle(b.text),
    );
  if (!title || !meta.symbol) return null;
  const symbol = meta.symbol.value;
  const shared = collectors(decoded);
  const { matcher, relations, documents, warnings } = shared;
  warnings.push(...layoutWarnings);
  const meetings = shared.allMeetings;
  const titleEvidence: ExtractedEvidence = {
    paragraph: null,
    context: CONTEXT[title.kind],
    quote: title.text,
  };
  const body = findEntities(title.text, matcher).matched.find(
    (m) => m.id.startsWith('body/') && m.id !== 'body/cop',
  );
  const dates = findDateRanges(title.text)[0] ?? null;
  const paragraphs = blocks.filter(
    (b): b is Extract<Block, { kind: 'paragraph' }> => b.kind === 'paragraph',
  );
  // The ordinal: in the title, else in the first paragraphs that name a meeting.
  const ordinalIn = (text: string) => findOrdinals(text).find((o) => o.noun === 'meeting');
  const titleOrdinal = ordinalIn(title.text);
  const early = titleOrdinal
    ? null
    : paragraphs.slice(0, ORDINAL_WITHIN).flatMap((p) =>
        splitSentences(p.text).flatMap((s) => {
          const o = ordinalIn(s.text);
          return o ? [{ ordinal: o, paragraph: p.number, quote: s.text }] : [];
        }),
      )[0];
  const ordinal = titleOrdinal?.value ?? early?.ordinal.value ?? null;
  if (!body) warnings.push(`${fileName}: the report's title names no known body: "${title.text}"`);
  if (ordinal === null)
    warnings.push(
      `${fileName}: the report does not say which meeting it is (no ordinal in its title or its first ${String(ORDINAL_WITHIN)} paragraphs)`,
    );

  let meetingId: string | null = null;
  if (body && dates && ordinal !== null) {
    meetingId = meetingIdOf(body.id, ordinal);
    const ordinalEvidence: ExtractedEvidence | null = early
      ? { paragraph: early.paragraph, context: 'PARAGRAPH', quote: early.quote }
      : null;
    const place = meetingPlace(title.text);
    meetings.push({
      id: meetingId,
      bodyId: body.id,
      ordinal,
      startDate: dates.startDate,
      endDate: dates.endDate,
      place: place === 'same' ? null : place,
      // A report is written after its meeting: the meeting was held.
      status: 'HELD',
      evidence: titleEvidence,
      placeEvidence: null,
      bodyGenitive: lang === 'ru' ? body.text : null,
    });
    relations.add({ type: 'HOLDS', from: body.id, to: meetingId, action: null, basis: null }, [
      titleEvidence,
      ...(ordinalEvidence ? [ordinalEvidence] : []),
    ]);
    relations.add({ type: 'PRODUCES', from: meetingId, to: symbol, action: null, basis: null }, [
      titleEvidence,
    ]);
  }
  const report = {
    id: symbol,
    type: 'REPORT' as const,
    symbol,
    printedSymbol: meta.symbol.quote,
    evidence: { paragraph: null, context: meta.symbol.context, quote: meta.symbol.quote },
    meetingId,
  };
  documents.push(report);

  // The first sentence that sends the report to a session says which.
  const sent = paragraphs
    .flatMap((p) => splitSentences(p.text).map((s) => ({ paragraph: p.number, text: s.text })))
    .flatMap((s) => {
      const session = findOrdinals(s.text).find((o) => o.noun === 'session');
      return session && sendsToSession(s.text) ? [{ ...s, session: session.value }] : [];
    })[0];
  if (sent)
    relations.add(
      {
        type: 'SUBMITTED_TO',
        from: symbol,
        to: `session/${String(sent.session)}`,
        action: null,
        basis: null,
      },
      [{ paragraph: sent.paragraph, context: 'PARAGRAPH', quote: sent.text }],
    );
  const state: ParagraphState = { lastMandate: null, meetings: [], heading: null, lastBody: null };
  for (const p of paragraphs) readParagraph(p, shared, state);
  // "Report on the eleventh meeting of the Working Group on … (CTOC/COP/WG.7/2024/3)": a title
  // without dates still says which meeting produced the report; when it was held, a paragraph
  // says ("The eleventh meeting … was held in Vienna from 10 to 12 April 2024").
  if (body && !dates && ordinal !== null) {
    const id = meetingIdOf(body.id, ordinal);
    if (meetings.some((m) => m.id === id)) {
      report.meetingId = id;
      relations.add({ type: 'PRODUCES', from: id, to: symbol, action: null, basis: null }, [
        titleEvidence,
      ]);
    } else
      warnings.push(
        `${fileName}: neither the report's title nor its paragraphs say when its meeting was held: "${title.text}"`,
      );
  } else if (!dates)
    warnings.push(`${fileName}: the report's title gives no dates: "${title.text}"`);
  return {
    genre: 'MEETING_REPORT',
    documentId: symbol,
    meta,
    text: storedText(symbol, lang, blocks),
    ...collected(shared),
  };
}

export const meetingReportGenre: Genre = {
  name: 'MEETING_REPORT',
  read: ({ decoded, fileName, lang }) =>
    isMeetingReport(decoded.text) ? extractMeetingReport(decoded, fileName, lang) : null,
};
