// The Conference's report on a session: "Report of the Conference of the Parties to the
// United Nations Convention against Transnational Organized Crime on its fifth session, held in
// Vienna from 18 to 22 October 2010" (CTOC/COP/2010/17). Its title gives the session, its place
// and dates; each line that lists a text adopted there ("Resolution 5/1. …", "Decision 5/1 …")
// states that the text was ADOPTED_AT that session, cited by that line. Its paragraphs go
// through the sentence rules as a note's do.
import type { LangCode } from '../../domain/model.js';
import type { ExtractedEvidence, Extraction } from '../extraction.js';
import { LANGUAGES } from '../lang/index.js';
import { findDateRanges } from '../lexicon/dates.js';
import { findOrdinals } from '../lexicon/ordinals.js';
import { readMetadata } from '../metadata.js';
import { meetingPlace } from '../rules/cues.js';
import { readParagraph, type ParagraphState } from '../rules/paragraph.js';
import { openingTexts, segment } from '../segment.js';
import { storedText } from '../stored-text.js';
import type { Block, DecodedText, DocumentMeta, MetaFact } from '../types.js';
import { collected, collectors, titleConcerns } from './common.js';
import type { Genre } from './genre.js';
import { findEmbeddedTexts, readEmbeddedTexts } from './embedded-texts.js';
import { stateAdoptedAt } from '../rules/adopted-at.js';
import { TITLE } from './mandate-layout.js';

// How far into the text the report's title may stand (masthead, symbol, date before it).
const TITLE_WITHIN = 20;
const CONTEXT = {
  header: 'HEADER',
  heading: 'HEADING',
  paragraph: 'PARAGRAPH',
  footnote: 'FOOTNOTE',
  preamble: 'PREAMBLE',
} as const;

const flat = (s: string) => s.replace(/\s+/g, ' ').trim();
const isReportTitle = (text: string) =>
  LANGUAGES.some((l) => l.sessionRecord.reportTitle.test(flat(text)));

/** The session a title or a lead sentence names, with where and when it was held. */
export interface SessionHeld {
  number: number;
  place: string | null;
  dates: { start: string; end: string } | null;
}

export function sessionHeld(text: string): SessionHeld | null {
  const ordinal = findOrdinals(text).find((o) => o.noun === 'session');
  if (!ordinal) return null;
  const range = findDateRanges(text)[0];
  const place = meetingPlace(text);
  return {
    number: ordinal.value,
    place: place === 'Vienna' ? place : null,
    dates: range ? { start: range.startDate, end: range.endDate } : null,
  };
}

/** The session and its place and dates as front-matter facts, cited by `quote`. */
export function sessionMeta(
  held: SessionHeld,
  quote: string,
  context: MetaFact<number>['context'],
): Pick<DocumentMeta, 'session' | 'sessionPlace'> {
  const { place, dates } = held;
  return {
    session: { value: held.number, quote, context },
    sessionPlace:
      place && dates
        ? { value: { place, start: dates.start, end: dates.end }, quote, context }
        : null,
  };
}

// The official languages' letters a page's table prints after a title ("A C E F R S").
const LANGUAGE_CODES = /(?:\s+\p{Lu}\p{Ll}?){3,6}$/u;

/** The mandate a line lists when it is a text of `session` ("Decision 2/6 Technical …"). */

export function listedMandate(
  line: string,
  session: number,
): { id: string; type: 'RESOLUTION' | 'DECISION'; number: string; subject: string } | null {
  const m = TITLE.exec(line.trim());
  const number = m?.[3];
  if (!m || !number || Number(number.split('/')[0]) !== session) return null;
  const type = m[1] ? 'RESOLUTION' : 'DECISION';
  // A page's table prints the languages a text is in after its title ("… A C E F R S").
  const subject = flat(m[4] ?? '').replace(LANGUAGE_CODES, '');
  return { id: `${type.toLowerCase()}/${number}`, type, number, subject };
}

// A listed text by its number alone ("4/1. Possible mechanisms …"), under a lead that says
// which kind of text the list holds.
const BARE = /^(\d{1,3}\/\d{1,3})\.?\s+\S/u;
const nounOf = (type: 'RESOLUTION' | 'DECISION') =>
  new RegExp(
    `(?<!\\p{L})(?:${LANGUAGES.map((l) => l.mandateWords[type]).join('|')})(?!\\p{L})`,
    'iu',
  );
const NOUNS = { RESOLUTION: nounOf('RESOLUTION'), DECISION: nounOf('DECISION') };

/** What kind of text a lead ("… adopted the following decisions:") lists, if it is one. */
function listKind(text: string): 'RESOLUTION' | 'DECISION' | null {
  const lead = LANGUAGES.map((l) => l.sessionRecord.adoptedList.exec(text)).find(Boolean);
  if (!lead) return null;
  // "adopted the following decisions", or a heading that names them: "Resolutions adopted by …".
  const rest = text.slice(lead.index);
  const r = NOUNS.RESOLUTION.exec(rest)?.index ?? Infinity;
  const d = NOUNS.DECISION.exec(rest)?.index ?? Infinity;
  return r === Infinity && d === Infinity ? null : r < d ? 'RESOLUTION' : 'DECISION';
}

// A heading that is a kind of text alone, perhaps lettered: "A. Resolutions", "B. Decision".
const KIND_HEADING = /^(?:[A-ZА-Я]\.\s+)?(\p{L}+)\s*$/u;

const wholeWord = (type: 'RESOLUTION' | 'DECISION') =>
  new RegExp(`^(?:${LANGUAGES.map((l) => l.mandateWords[type]).join('|')})$`, 'iu');
const KIND_WORD = { RESOLUTION: wholeWord('RESOLUTION'), DECISION: wholeWord('DECISION') };

/** The kind of text a heading line names alone, if it is one. */
function headingKind(line: string): 'RESOLUTION' | 'DECISION' | null {
  const word = KIND_HEADING.exec(line.trim())?.[1];
  if (!word) return null;
  return KIND_WORD.RESOLUTION.test(word)
    ? 'RESOLUTION'
    : KIND_WORD.DECISION.test(word)
      ? 'DECISION'
      : null;
}

// A contents line's dot leader and page number: "95/1. Enhancing … ..........  3".
const LEADER = /\s*(?:\.\s*){2,}\d{1,4}\s*$|\s*(?:\.\s*){3,}$|\s{2,}\d{1,4}\s*$/u;
const withoutLeader = (line: string) => line.replace(LEADER, '');

/** A line listing a text of `session` by its number alone, under a lead of `kind`. */
function bareMandate(line: string, session: number, kind: 'RESOLUTION' | 'DECISION' | null) {
  const number = BARE.exec(line.trim())?.[1];
  if (!kind || !number || Number(number.split('/')[0]) !== session) return null;
  return { id: `${kind.toLowerCase()}/${number}` };
}

/** ADOPTED_AT for each line of the blocks that lists a text of the session. */
function adoptedAt(
  blocks: readonly Block[],
  session: number,
  shared: ReturnType<typeof collectors>,
): number {
  const lines = blocks.flatMap((block) =>
    block.text.split('\n').map((printed) => ({ block, printed, line: withoutLeader(printed) })),
  );
  let listed = 0;
  let kind: 'RESOLUTION' | 'DECISION' | null = null;
  let previous: Block | null = null;
  for (let i = 0; i < lines.length; i++) {
    const { block, line } = lines[i] ?? { block: null, line: '' };
    if (!block) continue;
    if (block !== previous)
      kind =
        listKind(block.text) ??
        (block.kind === 'heading' || BARE.test(block.text.trim()) ? kind : null);
    previous = block;
    // "A. Resolutions", "B. Decision", "Резолюции": a contents list's kind, line by line.
    kind = headingKind(line) ?? listKind(line.trim()) ?? kind;
    const m = listedMandate(line, session) ?? bareMandate(line, session, kind);
    if (!m) continue;
    listed++;
    // A contents entry may run over several lines, its leader and page number on the last:
    // "93/1. Strengthening the implementation of the Protocol against / the Illicit … ....  3".
    const last = entryEnd(lines, i, session, kind);
    const quote = lines
      .slice(i, last + 1)
      .map((l) => l.line.trim())
      .join(' ');
    const evidence: ExtractedEvidence = {
      paragraph: block.kind === 'paragraph' ? block.number : null,
      context: CONTEXT[block.kind],
      quote,
    };
    stateAdoptedAt(shared.relations, m.id, session, evidence);
    titleConcerns(m.id, quote, evidence, shared);
    i = last;
  }
  return listed;
}

// How many lines after its first a contents entry may run over.
const ENTRY_LINES = 5;

/** The last line of the entry at `i`: the one with its leader, when one comes before another entry. */
function entryEnd(
  lines: readonly { printed: string; line: string }[],
  i: number,
  session: number,
  kind: 'RESOLUTION' | 'DECISION' | null,
): number {
  const first = lines[i];
  if (!first || first.line.length < first.printed.length) return i;
  for (let j = i + 1; j <= i + ENTRY_LINES && j < lines.length; j++) {
    const l = lines[j];
    if (!l || l.line.trim() === '') return i;
    const next = l.line;
    if (
      headingKind(next) ||
      listKind(next.trim()) ||
      listedMandate(next, session) ||
      bareMandate(next, session, kind)
    )
      return i;
    if (next.length < l.printed.length) return j;
  }
  return i;
}

export function extractConferenceReport(
  decoded: DecodedText,
  fileName: string,
  lang: LangCode,
): Extraction | null {
  const warnings: string[] = [];
  // The texts it adopted, printed in full, are read as those texts; its own paragraphs, numbered
  // around them (segment leaves their numbers alone), as a note's.
  const found = findEmbeddedTexts(decoded.text, fileName);
  const read = segment(
    decoded.text,
    fileName,
    warnings,
    found.flatMap((t) => ('error' in t ? [] : [t])),
  );
  const title = read
    .slice(0, TITLE_WITHIN)
    .find((b) => b.kind !== 'paragraph' && isReportTitle(b.text));
  const held = title ? sessionHeld(title.text) : null;
  if (!title || !held) return null;
  const context = title.kind === 'header' ? 'HEADER' : 'HEADING';
  const meta: DocumentMeta = {
    ...readMetadata(read, lang),
    ...sessionMeta(held, title.text, context),
    title: { value: flat(title.text), quote: title.text, context },
  };
  const documentId = meta.symbol?.value ?? `document/cop-session-${String(held.number)}-report`;
  const shared = { ...collectors(decoded), session: held.number };
  readEmbeddedTexts(found, fileName, shared);
  shared.warnings.push(...warnings);
  if (adoptedAt(read, held.number, shared) === 0)
    shared.warnings.push(
      `${fileName}: the report lists no text adopted at its session ("Resolution ${String(held.number)}/1 …", "Decision ${String(held.number)}/1 …")`,
    );
  const state: ParagraphState = { lastMandate: null, meetings: [], heading: null, lastBody: null };
  for (const b of read) if (b.kind === 'paragraph') readParagraph(b, shared, state);
  return {
    genre: 'CONFERENCE_REPORT',
    documentId,
    meta,
    text: storedText(documentId, lang, read),
    ...collected(shared),
  };
}

/** Whether one of the text's first lines is a Conference report's title. */
const hasReportTitle = (text: string) => openingTexts(text, TITLE_WITHIN).some(isReportTitle);

export const conferenceReportGenre: Genre = {
  name: 'CONFERENCE_REPORT',
  read: ({ decoded, fileName, lang }) =>
    hasReportTitle(decoded.text) ? extractConferenceReport(decoded, fileName, lang) : null,
};
