// Plain text as a PDF viewer copies it: a hard line break every 70–90 characters and no blank
// line between paragraphs. The readers of a layout (segment, a resolution's text) take a run of
// lines without a blank line for one block, so such a text read as one block and was refused.
// Here its blocks are rebuilt from the layout alone, the way a reader sees them on the page: a
// line that stops well before the others ends its block, a paragraph number or a title opens
// one, and the lines of a block are joined (a word split at a line's end made whole again).
// The result is the text the rest reads, so quotes stay verbatim slices of it. Pure.
import { LANGUAGES } from '../lang/index.js';
import { HyphenSpellings, hyphenStays, isMarginFurniture, SPLIT_AT_END } from './furniture.js';

/** Fewer lines than this say nothing about a width (a sentence on two lines reads as it is). */
const MIN_LINES = 3;

const TITLE_WORDS = LANGUAGES.flatMap((l) => [
  l.mandateText.title.RESOLUTION,
  l.mandateText.title.DECISION,
]).join('|');
/** A title alone on its line: "Resolution 5/4", "Решение 4/4". */
const TITLE = new RegExp(`^(?:${TITLE_WORDS})\\s+\\d{1,3}/\\d{1,3}[.:]?$`, 'iu');
const NUMBERED = /^(\d{1,4})\.[ \t\u00A0]+\S/;
/** A sub-paragraph: "(a) ", "(iv) ", "а) ". */
const LETTERED = /^(?:\((?:[a-z]{1,2}|[ivx]{1,5})\)|\p{Ll}\))\s+\S/u;
/** A footnote at its line's start: "* CTOC/COP/2020/1.", "1) …". */
const FOOTNOTE = /^(?:\*{1,3}|[†‡]|\d{1,2}\))\s+\S/;
/** A line that ends a sentence or a clause (a stop, then perhaps a closing quote or bracket). */
const STOP = /[.;:,!?][)»”"'’]*$/u;
/** A line whose last character joins the next line without a space: a range, a symbol. */
const NO_SPACE_AFTER = /\S[–/]$/u;

const firstWord = (line: string) => /^\S+/.exec(line)?.[0] ?? '';
/** A line set in two columns: a wide gap between words (a paragraph number's gap aside). */
const columns = (row: string) => /\S[ \t\u00A0]{3,}\S/u.test(row.replace(/^\d{1,4}\.\s+/u, ''));
/** A line that goes on with the one before: no stop there, a lower-case word here (not "а) …"). */
const continues = (prev: string, row: string) =>
  (!STOP.test(prev) || prev.endsWith(',') ? /^\p{Ll}/u.test(row) && !LETTERED.test(row) : false) ||
  // "its resolutions 5/1 of 22 October 2010, / 5/5 of / 22 October 2010, 6/1 of …": a list of
  // texts and dates goes on with a number (not a paragraph's) after a comma or an open word.
  (MID_PHRASE.test(prev) && NUMBER_ON.test(row));
const MID_PHRASE = /(?:,|(?<!\p{L})(?:of|and|to|from|the|и|от|на|в|с|по))$/iu;
const NUMBER_ON = /^\d(?!\d*\.\s)/u;

/**
 * Where the layout alone cannot tell (a clause that ends at the full width), the opening words
 * of a resolution's clauses, from the language modules: a preambular clause ("Recalling …")
 * and, before the first numbered paragraph, the actor line ("The Conference of the Parties …,").
 * The actor's pattern reads a whole line ending in a comma, so the line is tried as one.
 */
const opensClause = (row: string) =>
  LANGUAGES.some((l) => l.mandateText.cites.test(row.toLowerCase()));
const opensActor = (row: string) =>
  /^\p{Lu}/u.test(row) && LANGUAGES.some((l) => l.mandateText.actor.test(`${row.toLowerCase()},`));

/**
 * The width a text is hard-wrapped at, or null when it is laid out otherwise. Its blank lines
 * are few (a page break, not one between every paragraph), its lines end near one width (the
 * longest line's, a stray long line aside), and they are broken where no
 * block ends: most lines are near the width, or a line near it stops mid-sentence (no stop,
 * and the next opens no paragraph), as a short text of a few paragraphs shows.
 */
export function wrapWidth(all: readonly string[]): number | null {
  const lines = all.map((l) => l.trim());
  while (lines.at(-1) === '') lines.pop();
  while (lines[0] === '') lines.shift();
  const full = lines.filter((l) => l !== '');
  if (full.length < MIN_LINES) return null;
  const blankRuns = lines.filter((l, i) => l === '' && lines[i - 1] !== '').length;
  if (blankRuns > full.length * 0.15) return null;
  const sorted = full.map((l) => l.length).sort((a, b) => a - b);
  // The longest line but a stray one: no wrapped line passes the width, and one comes close.
  const p90 = sorted[Math.floor((sorted.length - 1) * 0.9)] ?? 0;
  const width = Math.max(...sorted.filter((n) => n <= p90 * 1.1));
  // A line per paragraph is far longer; a column of short lines is a list, not a wrap.
  if (width < 40 || width > 160) return null;
  const nearWidth = (l: string) => l.length >= width * 0.75 && l.length <= width * 1.1;
  const midSentence = lines.some(
    (l, i) => nearWidth(l) && !STOP.test(l) && /^[^\d\s(*]/u.test(lines[i + 1] ?? ''),
  );
  return midSentence || full.filter(nearWidth).length >= full.length * 0.5 ? width : null;
}

/** `line` and the next line joined as one: a word split at the line's end made whole again. */
function joinLine(text: string, line: string, spellings: HyphenSpellings): string {
  if (SPLIT_AT_END.test(text)) {
    return (hyphenStays(text, line, spellings) ? text : text.slice(0, -1)) + line;
  }
  return NO_SPACE_AFTER.test(text) ? text + line : `${text} ${line}`;
}

/** A word split across two lines: only a letter (or a digit, "COVID-" "19") goes on. */
const splitBefore = (prev: string, line: string) =>
  SPLIT_AT_END.test(prev) && /^[\p{L}\d]/u.test(line);

/**
 * A text laid out otherwise: only words split at a line's end are joined (the lines, and the
 * blocks a reader sees in them, stay as they are).
 */
function joinSplitWords(lines: readonly string[], spellings: HyphenSpellings): string[] {
  const out: string[] = [];
  for (const raw of lines) {
    const prev = out.at(-1);
    const line = raw.trim();
    if (prev !== undefined && line !== '' && splitBefore(prev.trimEnd(), line)) {
      out[out.length - 1] = joinLine(prev.trimEnd(), line, spellings);
    } else out.push(raw);
  }
  return out;
}

class Wrapped {
  constructor(
    private readonly rows: readonly string[],
    private readonly width: number,
  ) {}

  /**
   * Whether `prev` stopped before the width: the next line's first word would have fitted on
   * it. A line that ends a sentence or clause is taken at the width itself; one that does not
   * must stop clearly short (a proportional font fits more narrow letters on some lines).
   */
  early(prev: string, next: string): boolean {
    const room = STOP.test(prev) ? this.width : this.width * 0.85;
    return prev.length + 1 + firstWord(next).length <= room;
  }

  /**
   * Whether the lines from `i` on, after a line that ended a sentence at the full width, are a
   * heading: they run to a block's end within a few lines, no line ending with a stop (a
   * paragraph's sentences end with one, a heading does not).
   */
  heading(i: number, last: number): boolean {
    for (let j = i; j < Math.min(this.rows.length, i + 4); j++) {
      const row = this.rows[j] ?? '';
      const next = this.rows[j + 1];
      if (STOP.test(row)) return false;
      if (next === undefined || next === '' || this.opens(next, last) || this.early(row, next))
        return true;
    }
    return false;
  }

  /** Whether `row` opens a block whatever the line before: the next paragraph number, a title. */
  opens(row: string, last: number): boolean {
    const n = Number(NUMBERED.exec(row)?.[1] ?? NaN);
    return n === last + 1 || TITLE.test(row) || row.startsWith('**');
  }
}

/**
 * The blocks of a hard-wrapped text, each on one line, a blank line between: the layout the
 * readers take a clean text in.
 */
function rebuild(rows: readonly string[], width: number, spellings: HyphenSpellings): string[] {
  const w = new Wrapped(rows, width);
  const blocks: string[] = [];
  let open: string | null = null;
  let prev = '';
  let blank = false;
  let last = 0;
  for (const [i, row] of rows.entries()) {
    if (row === '') {
      blank = open !== null;
      continue;
    }
    const n = Number(NUMBERED.exec(row)?.[1] ?? NaN);
    const breaks =
      open === null ||
      // A masthead's two columns ("United Nations        CAC/COSP/2021/3") are lines of their own.
      columns(row) ||
      columns(prev) ||
      // A heading set in bold ("**…**", as a converter marks it) holds together to its end.
      (!(open.startsWith('**') && !open.endsWith('**')) &&
        !splitBefore(prev, row) &&
        (open.endsWith('**') ||
          w.opens(row, last) ||
          TITLE.test(prev) ||
          // A page break leaves a blank line: a paragraph goes on after it in lower case.
          (blank && !/^\p{Ll}/u.test(row)) ||
          // A title set in short lines goes on in lower case: "Доклад о работе совещания Рабочей
          // группы / по незаконному ввозу мигрантов, проходившего / в Вене …".
          (w.early(prev, row) && !(continues(prev, row) && last === 0)) ||
          (last === 0 && opensActor(row)) ||
          (STOP.test(prev) &&
            (opensClause(row) ||
              // A clause ends with a semicolon; inside a sentence the next word is seldom a capital.
              (prev.endsWith(';') && /^\p{Lu}/u.test(row)) ||
              LETTERED.test(row) ||
              FOOTNOTE.test(row) ||
              (/^\p{Lu}/u.test(row) && w.heading(i, last))))));
    if (n === last + 1) last = n;
    if (breaks || open === null) {
      if (open !== null) blocks.push(open);
      open = row;
    } else open = joinLine(open, row, spellings);
    prev = row;
    blank = false;
  }
  if (open !== null) blocks.push(open);
  return blocks.flatMap((b, i) => (i === 0 ? [b] : ['', b]));
}

/**
 * Plain text's blocks: a hard-wrapped text (a PDF viewer's copy) rebuilt as a clean layout, its
 * page numbers dropped; any other text only has its words split at a line's end joined.
 */
export function reflow(text: string): string {
  const lines = text.split('\n');
  const spellings = new HyphenSpellings(text);
  const width = wrapWidth(lines);
  if (width === null) return joinSplitWords(lines, spellings).join('\n');
  const seen = new Set<string>();
  const rows = lines
    .map((l) => l.trim())
    .filter((l) => l === '' || !isMarginFurniture(l))
    // A document's symbol alone on a line again, inside its text: the running head of a page.
    .filter((l) => {
      if (!SYMBOL_ALONE.test(l)) return true;
      const again = seen.has(l);
      seen.add(l);
      return !again;
    });
  return `${rebuild(rows, width, spellings).join('\n')}\n`;
}

// "CTOC/COP/2092/2", "СТОС/СОР/WG.4/2020/4": a symbol and nothing else on the line.
const SYMBOL_ALONE = /^[A-Z\u0410-\u042F]{2,6}(?:\/[A-Za-z\u0410-\u042F0-9.]+){2,}$/u;
