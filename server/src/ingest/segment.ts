// Text to blocks: the layout of a UN note as it comes out of a Word/PDF conversion.
// Every block's text is a slice of the input, so a quote taken from it is verbatim.
import { anyOf, LANGUAGES } from './lang/index.js';
import { mayNumberParagraph } from './paragraph-number.js';
import { IngestInputError, type Block, type Sentence } from './types.js';
import { unnumberedBlocks } from './unnumbered.js';

/** "Записка Секретариата" / "Note by the Secretariat": the line after the title. */
export const NOTE_LINE = new RegExp(`^(?:${anyOf((f) => f.noteLine)})$`);
/** "Пункты 2, 4 и 5 предварительной повестки дня*": the item numbers and the footnote marker. */
export const AGENDA_LINE = new RegExp(
  `^(?:${anyOf((f) => f.agendaItems)})\\s+(.+?)\\s+(?:${anyOf((f) => f.agendaOf)})(\\**)$`,
);

// Any number of digits: past three, only the next paragraph's number is one (paragraph-number.ts).
const NUMBERED = /^(\d+)\.[ \t\u00A0]+(?=\S)/;
const FOOTNOTE = /^(\*{1,3}|[†‡]|\d{1,2}\)|[¹²³⁴⁵⁶⁷⁸⁹]+)(?=\s)/;
const LOWER_START = /^\p{Ll}/u;
/** The mark that opens an item of a paragraph's list: "(a) ", "(iv) ", "а) ". */
export const LIST_MARK = /^(?:\((?:[a-z]|[ivx]{1,4})\)|[а-яa-z]\))\s+/u;
/** An item of a paragraph's list: its mark, then its text. */
export const LIST_ITEM = new RegExp(`${LIST_MARK.source}(?=\\S)`, 'u');
const isTitleLine = (t: string): boolean =>
  LANGUAGES.some((l) => l.meetingReportTitle.test(t) || l.sessionRecord.reportTitle.test(t));
// Words a title's line may stop on only when the next line goes on with it.
const OPEN_END = /(?<!\p{L})(?:on|of|the|and|to|in|for|against|по|о|об|и|в|против)$/iu;
// How many lines a title may be set over.
const TITLE_LINES = 5;

/**
 * The last line of a title set over several lines ("Report of the Conference of the Parties to
 * the United Nations / Convention … on its / ninety-third session, held in …", "Доклад о работе
 * совещания Рабочей группы / по … / в Вене …"): the lines up to the one that completes it, and
 * those after that go on in lower case or with the year; `i` itself when no title starts there.
 */
function titleRunEnd(lines: readonly Line[], i: number): number {
  let joined = '';
  let matched = -1;
  for (let j = i; j < Math.min(lines.length, i + TITLE_LINES); j++) {
    const l = lines[j];
    if (!l || l.text === '') break;
    if (j > i && (NUMBERED.test(l.text) || NOTE_LINE.test(l.text) || AGENDA_LINE.test(l.text)))
      break;
    // After the title is whole, a line goes on with it when it starts in lower case or with a
    // year, or when the title so far stops on a word no title ends with ("… Working Group on").
    if (matched >= 0 && !/^[\p{Ll}\d]/u.test(l.text) && !OPEN_END.test(joined)) break;
    joined = joined ? `${joined} ${l.text}` : l.text;
    if (matched >= 0 || isTitleLine(joined)) matched = j;
  }
  return matched > i ? matched : i;
}

/** The last block while a following line may still extend it, and where its text starts. */
type Open = { block: Block; start: number } | null;

interface Line {
  /** Offsets of the line's text without its surrounding white space. */
  start: number;
  end: number;
  text: string;
}

function toLines(text: string): Line[] {
  let pos = 0;
  return text.split('\n').map((raw) => {
    const start = pos + raw.length - raw.trimStart().length;
    const content = raw.trim();
    pos += raw.length + 1;
    return { start, end: start + content.length, text: content };
  });
}

/** Index of the line that closes a bold block opened on line i, or null. */
function boldEnd(lines: Line[], i: number): number | null {
  const first = lines[i];
  if (!first || !/^\*\*[^\s*]/.test(first.text)) return null;
  for (let j = i; j < lines.length; j++) {
    const line = lines[j];
    if (!line || line.text === '') return null;
    if (line.text.endsWith('**') && (j > i || line.text.length > 4)) return j;
  }
  return null;
}

// A loop, not a slice of the rest: a long text whose front matter does not end soon would
// otherwise copy its lines once per line.
function nextText(lines: Line[], i: number): string {
  for (let j = i + 1; j < lines.length; j++) {
    const text = lines[j]?.text ?? '';
    if (text !== '') return text;
  }
  return '';
}

/** How many of the lines a warning quotes (it gives their count). */
const QUOTED_LINES = 3;

/**
 * What a warning says of lines that open with a number but were not read as paragraphs: kept
 * as text (a heading's block), their sentences are not read for statements.
 */
function notParagraphsWarning(name: string, lines: readonly string[]): string {
  const shown = lines
    .slice(0, QUOTED_LINES)
    .map((l) => `"${l.length > 60 ? `${l.slice(0, 60)}…` : l}"`)
    .join(', ');
  const more =
    lines.length > QUOTED_LINES ? ` and ${String(lines.length - QUOTED_LINES)} more` : '';
  return (
    `${name}: ${String(lines.length)} line(s) open with a number that does not continue the ` +
    `paragraph numbering (a year, an annex numbered anew): kept as text, not read as numbered ` +
    `paragraphs or for statements: ${shown}${more}`
  );
}

/**
 * Splits a decoded UN note into header lines, headings, numbered paragraphs and footnotes.
 * @param name how an error message names the input (a file name)
 * @param warnings where to say what was not read as a paragraph (lines that open with a number
 *   out of sequence after paragraph 1)
 * @throws IngestInputError when there is no numbered paragraph
 */
export function segment(
  text: string,
  name = 'the text',
  warnings?: string[],
  opaque: readonly { start: number; end: number }[] = [],
): Block[] {
  const lines = toLines(text);
  // Another text reproduced inside this one (a Conference report prints the resolutions it
  // adopted, numbered from 1 again): kept as text, its numbers no paragraphs of this one.
  const inOpaque = (at: number) => opaque.some((o) => at >= o.start && at < o.end);
  let reproduced: { block: Block; start: number } | null = null;
  const blocks: Block[] = [];
  const outOfSequence: string[] = [];
  let open: Open = null;
  let lastNumber = 0;
  // The front matter (symbol, date, session, agenda) ends with the agenda line or the first
  // bold heading; what follows up to paragraph 1 are agenda titles and the note's title.
  let frontMatter = true;
  let afterBlank = true;
  const emit = (block: Block, start: number | null): Open => {
    blocks.push(block);
    return start === null ? null : { block, start };
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line || line.text === '') {
      afterBlank = true;
      reproduced = null;
      continue;
    }
    if (inOpaque(line.start)) {
      if (reproduced) reproduced.block.text = text.slice(reproduced.start, line.end);
      else {
        const block: Block = { kind: 'heading', text: line.text };
        blocks.push(block);
        reproduced = { block, start: line.start };
      }
      open = null;
      afterBlank = false;
      continue;
    }
    reproduced = null;
    const bold = boldEnd(lines, i);
    const match = NUMBERED.exec(line.text);
    // "2024. …" after paragraph 12 is a year at a line's start, not paragraph 2024.
    const numbered = match && mayNumberParagraph(match[1] ?? '', lastNumber) ? match : null;
    const n = Number(numbered?.[1]);
    const footnote = FOOTNOTE.exec(line.text)?.[1];
    if (bold !== null) {
      const end = lines[bold]?.end ?? line.end;
      open = emit({ kind: 'heading', text: text.slice(line.start + 2, end - 2) }, null);
      frontMatter = false;
      i = bold;
    } else if (
      numbered &&
      (lastNumber === 0 || n === lastNumber + 1 || (afterBlank && n > lastNumber))
    ) {
      const start = line.start + numbered[0].length;
      open = emit({ kind: 'paragraph', number: n, text: text.slice(start, line.end) }, start);
      lastNumber = n;
    } else if (footnote !== undefined && (lastNumber > 0 || footnote.startsWith('*'))) {
      open = emit({ kind: 'footnote', marker: footnote, text: line.text }, line.start);
    } else if (
      open !== null &&
      // A page break leaves a blank line inside a paragraph; the rest starts in lower case. A
      // paragraph's list ("… the following documents: / (a) …; / (b) …") is the paragraph's.
      (!afterBlank ||
        (open.block.kind === 'paragraph' &&
          (LOWER_START.test(line.text) ||
            (LIST_ITEM.test(line.text) && /[:;,]\s*$/u.test(open.block.text)))))
    ) {
      open.block.text = text.slice(open.start, line.end);
    } else if (
      lastNumber === 0 &&
      frontMatter &&
      !NOTE_LINE.test(line.text) &&
      !NOTE_LINE.test(nextText(lines, i))
    ) {
      const end = titleRunEnd(lines, i);
      open = emit(
        { kind: 'header', text: text.slice(line.start, lines[end]?.end ?? line.end) },
        null,
      );
      if (AGENDA_LINE.test(line.text)) frontMatter = false;
      i = end;
    } else {
      // Before paragraph 1 each line is its own heading (the title is "the line before").
      const end = lastNumber === 0 ? titleRunEnd(lines, i) : i;
      open = emit(
        { kind: 'heading', text: text.slice(line.start, lines[end]?.end ?? line.end) },
        lastNumber > 0 ? line.start : null,
      );
      i = end;
      // A numbered-looking line out of sequence: its sentences are not read, so it is said.
      if (match && lastNumber > 0) outOfSequence.push(line.text);
    }
    afterBlank = false;
  }
  if (lastNumber === 0) {
    // A web page numbers none: its paragraphs in order, each cited by its position.
    const unnumbered = unnumberedBlocks(text);
    if (unnumbered) return unnumbered;
    throw new IngestInputError(
      `${name} has no paragraphs, numbered ("1. …", "2. …") or not (prose ending as a sentence does)`,
    );
  }
  if (outOfSequence.length > 0) warnings?.push(notParagraphsWarning(name, outOfSequence));
  return blocks;
}

// Words before a full stop that does not end a sentence (compared in lower case).
const ABBREVIATIONS = new Set(
  'para paras no nos art arts mr mrs ms dr vol p pp cf e.g i.e п пп т.е ст см стр'.split(' '),
);
const OPENERS = '(«“„';
const CLOSERS = ')»”';
const SENTENCE_START = /[\p{Lu}«“„"']/u;
const TERMINATORS = '.!?…';

function wordBefore(text: string, i: number): string {
  let p = i;
  while (p > 0 && /[\p{L}.]/u.test(text.charAt(p - 1))) p--;
  return text.slice(p, i).toLowerCase();
}

/** Sentences of a paragraph; the white space between them is in none of them. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = text.length - text.trimStart().length;
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const ch = text.charAt(i);
    if (OPENERS.includes(ch)) depth++;
    else if (CLOSERS.includes(ch)) depth = Math.max(0, depth - 1);
    if (!TERMINATORS.includes(ch)) continue;
    // A quotation or bracket may close right after the stop: «… .» Next sentence.
    let end = i + 1;
    let after = depth;
    while (end < text.length && CLOSERS.includes(text.charAt(end))) {
      after = Math.max(0, after - 1);
      end++;
    }
    const next = end + (text.slice(end).length - text.slice(end).trimStart().length);
    if (after > 0 || next === end || next >= text.length) continue;
    if (!SENTENCE_START.test(text.charAt(next))) continue;
    if (ch === '.' && ABBREVIATIONS.has(wordBefore(text, i))) continue;
    sentences.push({ text: text.slice(start, end), start });
    start = next;
    depth = after;
    i = next - 1;
  }
  const rest = text.slice(start).trimEnd();
  if (rest !== '') sentences.push({ text: rest, start });
  return sentences;
}

/**
 * The opening lines of a text as a title may stand in them: each of the first `within` lines
 * alone, and with the lines after it up to a blank line (a title set over several lines).
 */
export function openingTexts(text: string, within: number): string[] {
  const lines = text.split('\n').map((l) => l.trim());
  const out: string[] = [];
  let seen = 0;
  for (let i = 0; i < lines.length && seen < within; i++) {
    if (!lines[i]) continue;
    seen++;
    let joined = '';
    for (let j = i; j < Math.min(lines.length, i + TITLE_LINES) && lines[j]; j++) {
      joined = joined ? `${joined} ${lines[j] ?? ''}` : (lines[j] ?? '');
      out.push(joined);
    }
  }
  return out;
}
