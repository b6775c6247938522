// A background paper, or a note, that the Secretariat prepares for a working group's meeting
// (CTOC/COP/WG.6/2018/2). Under the masthead, symbol and date, its header names the meeting:
// the body ("Working Group on Firearms"), the place and dates ("Vienna, 2 and 3 May 2018"),
// sometimes the ordinal ("Seventh session"); then the agenda item, the title and "Background
// paper prepared by the Secretariat" / "Note by the Secretariat". The paper goes to that
// meeting (SUBMITTED_TO), which is planned as of the paper's date (held if the paper is dated
// after it), and the body holds the meeting. Its numbered paragraphs are read like a note's.
import type { LangCode } from '../../domain/model.js';
import type { Extraction } from '../extraction.js';
import { anyOf } from '../lang/index.js';
import { findEntities } from '../lexicon/entities.js';
import { readMetadata } from '../metadata.js';
import { readParagraph, type ParagraphState } from '../rules/paragraph.js';
import { NOTE_LINE, segment } from '../segment.js';
import { storedText } from '../stored-text.js';
import type { Block, DecodedText } from '../types.js';
import { collected, collectors, documentIdOf, referAgenda } from './common.js';
import type { Genre } from './genre.js';
import { headerMeeting, submitToHeaderMeeting, withOrdinalFromText } from './meeting-of.js';
import {
  blockOffsets,
  findEmbeddedTexts,
  insideEmbedded,
  readEmbeddedTexts,
} from './embedded-texts.js';

/** "Background paper prepared by the Secretariat", in any language: the paper's own line. */
const PAPER_LINE = new RegExp(`^(?:${anyOf((f) => f.paperLine)})$`, 'u');

// How many lines the front matter may run to before the first paragraph.
const FRONT_WITHIN = 60;
const FIRST_PARAGRAPH = /^1\.\s/u;

/**
 * The lines above paragraph 1, as header blocks: whether a text is headed by a meeting is told
 * from them before the whole text is segmented (every note comes through here).
 */
function frontLines(text: string): Block[] {
  const lines: Block[] = [];
  for (const line of text.split('\n', FRONT_WITHIN)) {
    const t = line.trim();
    if (FIRST_PARAGRAPH.test(t)) break;
    if (t) lines.push({ kind: 'header', text: t });
  }
  return lines;
}

/** Whether the paper calls itself a background paper (else a note by the Secretariat). */
export const isBackgroundPaper = (x: Pick<Extraction, 'text'>): boolean =>
  x.text.some((b) => b.context !== 'PARAGRAPH' && PAPER_LINE.test(b.text.trim()));

export function extractBackgroundPaper(
  decoded: DecodedText,
  fileName: string,
  lang: LangCode,
): Extraction | null {
  // The Secretariat's line under the title, and a working group's meeting above it.
  const lines = frontLines(decoded.text);
  if (!lines.some((b) => NOTE_LINE.test(b.text))) return null;
  // The matcher the document's conference reads with (common.ts).
  const shared = collectors(decoded);
  const { matcher } = shared;
  if (!headerMeeting(lines, matcher)) return null;
  const layoutWarnings: string[] = [];
  const blocks = segment(decoded.text, fileName, layoutWarnings);
  const first = blocks.findIndex((b) => b.kind === 'paragraph');
  const front = blocks.slice(0, first < 0 ? blocks.length : first);
  const header = headerMeeting(front, matcher);
  if (!header) return null;
  const meeting = withOrdinalFromText(header, blocks, matcher);
  const meta = readMetadata(blocks, lang);
  const paper = front.some((b) => PAPER_LINE.test(b.text.trim()));
  const documentId = documentIdOf(meta, {
    genre: paper ? 'background-paper' : 'note',
    bodyId: meeting.body.id,
    date: meta.date?.value ?? null,
    text: decoded.text,
  });
  const { unmatched, warnings } = shared;
  warnings.push(...layoutWarnings);
  const date = meta.date?.value ?? null;
  // Prepared for the meeting: planned as of the paper, unless the paper is dated after it.
  submitToHeaderMeeting(shared, meeting, documentId, date);
  referAgenda(meta, documentId, shared);
  if (date === null)
    warnings.push(
      `${fileName}: the paper prints no date: its meeting is taken as planned, as a paper prepared for it`,
    );
  // The headings ("I. Introduction", "Firearms Protocol") say what the paragraphs under them
  // are about, as in a note.
  // The paper's group is the one "the Working Group" means until a sentence names another.
  const state: ParagraphState = {
    lastMandate: null,
    meetings: [],
    heading: null,
    lastBody: meeting.body.id,
  };
  // Texts of resolutions it reproduces (often in an annex) are read as those texts.
  const embedded = readEmbeddedTexts(findEmbeddedTexts(decoded.text, fileName), fileName, shared);
  const offsets = blockOffsets(decoded.text, blocks);
  for (const [i, block] of blocks.entries()) {
    if (i < (first < 0 ? blocks.length : first) || insideEmbedded(embedded, offsets[i] ?? -1))
      continue;
    if (block.kind === 'heading') {
      const found = findEntities(block.text, matcher);
      state.heading = {
        text: block.text,
        bodies: found.matched.filter((m) => m.id.startsWith('body/')),
      };
      for (const u of found.unmatched)
        unmatched.push({ paragraph: null, text: u.text, kind: 'body' });
    } else if (block.kind === 'paragraph') readParagraph(block, shared, state);
  }
  return {
    genre: 'BACKGROUND_PAPER',
    documentId,
    meta,
    text: storedText(documentId, lang, blocks),
    ...collected(shared),
  };
}

export const backgroundPaperGenre: Genre = {
  name: 'BACKGROUND_PAPER',
  read: ({ decoded, fileName, lang }) => extractBackgroundPaper(decoded, fileName, lang),
};
