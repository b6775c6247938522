// A PDF's text items to the note's text: lines rebuilt from positions, page furniture taken
// out (job number, barcode, page numbers, running heads and feet), footnotes set apart from
// the body and kept, lines of a paragraph joined (line-end hyphenation undone) also across a
// page break, blocks separated by a blank line as segment() reads them. Pure.
import {
  HyphenSpellings,
  hyphenStays,
  isFurnitureAnywhere,
  isMarginFurniture,
  removeSoftHyphens,
  runningKey,
  SPLIT_AT_END,
  WORD_BEFORE_HYPHEN,
} from './furniture.js';
import { mayNumberParagraph } from '../paragraph-number.js';

export interface TextItem {
  str: string;
  /** Left edge and baseline, in PDF points from the page's bottom left. */
  x: number;
  y: number;
  width: number;
  /** Font size (the glyphs' height). */
  size: number;
}

export interface PageItems {
  width: number;
  height: number;
  items: TextItem[];
}

/** A run of text on one line, apart from others on that line by a wide gap (a column). */
interface Segment {
  page: number;
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
}

/** Share of the page's height at its top and bottom where running heads and feet stand. */
const MARGIN = 0.08;
// Any number of digits: past three, only the next paragraph's number is one (paragraph-number.ts).
const NUMBERED = /^(\d+)\.\s/;
const FOOTNOTE_START = /^(?:\*{1,3}|\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹]+)\s/;

/**
 * Items grouped into lines, top to bottom. A superscript (a footnote marker "*", "1") is
 * raised above its line's baseline, by more than the tolerance for items of one line: a line
 * made only of items smaller than the next line's, whose baseline is at most half that line's
 * size above it, is that line's superscript and joins it.
 */
function linesOf(page: PageItems): TextItem[][] {
  const items = page.items.filter((i) => i.str !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: TextItem[][] = [];
  for (const item of items) {
    const line = lines.at(-1);
    const first = line?.[0];
    if (line && first && Math.abs(first.y - item.y) <= Math.max(first.size, item.size) * 0.4) {
      line.push(item);
    } else lines.push([item]);
  }
  const inked = (line: readonly TextItem[]) => line.filter((i) => i.str.trim() !== '');
  const sizeOf = (line: readonly TextItem[]) => Math.max(0, ...inked(line).map((i) => i.size));
  const baseline = (line: readonly TextItem[]) => inked(line)[0]?.y ?? line[0]?.y ?? 0;
  const out: TextItem[][] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? [];
    const next = lines[i + 1];
    const rise = next ? baseline(line) - baseline(next) : 0;
    if (
      next &&
      inked(line).length > 0 &&
      sizeOf(line) < sizeOf(next) * 0.9 &&
      rise > 0 &&
      rise <= sizeOf(next) * 0.5
    ) {
      // The line's own items first: a segment takes its baseline from its first item.
      lines[i + 1] = [...next, ...line];
    } else out.push(line);
  }
  return out;
}

function segmentsOf(page: PageItems, index: number): Segment[] {
  const out: Segment[] = [];
  for (const line of linesOf(page)) {
    line.sort((a, b) => a.x - b.x);
    let seg: Segment | null = null;
    // How far the line's items reach, white space included: the gap to the next item is
    // measured from there. A white-space item's width is no ink (a justified line's stretched
    // space may reach past the column), so it does not move the segment's right edge.
    let reach = 0;
    for (const item of line) {
      const size: number = item.size || (seg ? seg.size : 0);
      const gap = seg ? item.x - reach : 0;
      const blank = item.str.trim() === '';
      if (!seg || gap > Math.max(size, seg.size) * 2.5) {
        if (blank) continue;
        seg = {
          page: index,
          text: item.str,
          x: item.x,
          right: item.x + item.width,
          y: item.y,
          size,
        };
        reach = seg.right;
        out.push(seg);
        continue;
      }
      const spaced = /\s$/.test(seg.text) || /^\s/.test(item.str);
      seg.text += !spaced && gap > size * 0.15 ? ` ${item.str}` : item.str;
      reach = Math.max(reach, item.x + item.width);
      if (!blank) seg.right = Math.max(seg.right, item.x + item.width);
      seg.size = Math.max(seg.size, item.size);
    }
  }
  for (const s of out) s.text = s.text.replace(/\s+/g, ' ').trim();
  return out.filter((s) => s.text !== '');
}

const inMargin = (s: Segment, page: PageItems) =>
  s.y > page.height * (1 - MARGIN) || s.y < page.height * MARGIN;

/** The size most of the text is set in (by characters). */
function bodySize(segments: readonly Segment[]): number {
  const chars = new Map<number, number>();
  for (const s of segments) {
    const k = Math.round(s.size * 2) / 2;
    chars.set(k, (chars.get(k) ?? 0) + s.text.length);
  }
  return [...chars].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

function median(values: number[]): number {
  const v = [...values].sort((a, b) => a - b);
  return v[Math.floor(v.length / 2)] ?? 0;
}

interface Block {
  lines: Segment[];
  footnote: boolean;
  /** Whether its text opens with a paragraph number (wherever the line stands). */
  numbered: boolean;
}

/** Whether a line ended because the next word did not fit: the paragraph goes on. */
function wrapped(line: Segment, next: Segment, columnRight: number): boolean {
  // A hyphen of any kind, a slash or a dash ends no paragraph ("органи-", "CTOC/", "11–").
  if (/[-\u2010\u2011\u00AD/–—]$/.test(line.text)) return true;
  const word = /^\S+/.exec(next.text)?.[0] ?? '';
  const wordWidth = next.text.length ? ((next.right - next.x) * word.length) / next.text.length : 0;
  // The word's width is estimated from its line (bold or wide letters may be wider still).
  return columnRight - line.right <= wordWidth * 1.3 + next.size * 0.5;
}

/**
 * Whether a numbered paragraph's short line was broken inside a sentence: it ends without a
 * sentence's or a clause's stop and the next line goes on in lower case or with a number
 * ("… from 12 to" / "14 December 2022"). A heading or a subparagraph "(a)" starts otherwise.
 */
function unfinished(block: Block, line: Segment, next: Segment): boolean {
  return block.numbered && !/[.:;!?][)»”"'’]*$/u.test(line.text) && /^[\p{Ll}\d]/u.test(next.text);
}

function joinLines(lines: readonly Segment[], corpus: HyphenSpellings): string {
  // The text is gathered in parts and joined once, and the rules look at its last characters
  // only: testing or cutting the whole joined text at every line made a long block (pages of
  // full lines) quadratic in its lines.
  const parts: string[] = [];
  let tail = '';
  const dropLastCharacter = () => {
    parts[parts.length - 1] = (parts.at(-1) ?? '').slice(0, -1);
    tail = tail.slice(0, -1);
  };
  for (const line of lines) {
    let joint = '';
    if (parts.length > 0) {
      if (SPLIT_AT_END.test(tail)) {
        if (!hyphenStays(tail, line.text, corpus)) dropLastCharacter();
      } else if (tail.endsWith('\u00AD')) dropLastCharacter();
      // A line may break after a dash or a slash inside a range or a symbol: "11–" "13 сентября".
      else if (!/\S[–/]$/u.test(tail)) joint = ' ';
    }
    parts.push(joint, line.text);
    tail = (tail + joint + line.text).slice(-WORD_BEFORE_HYPHEN);
  }
  return removeSoftHyphens(parts.join(''));
}

/**
 * The text of a PDF's pages in the layout segment() reads: one block per paragraph, heading,
 * header line or footnote, blank lines between, footnotes after the paragraph their page ends in.
 */
export function layoutPages(pages: readonly PageItems[]): string {
  const perPage = pages.map((p, i) => segmentsOf(p, i));
  // Running heads and feet: margin lines that repeat (page numbers aside) on two pages or more.
  const seen = new Map<string, Set<number>>();
  perPage.forEach((segs, i) => {
    for (const s of segs) {
      const page = pages[i];
      if (page && inMargin(s, page)) {
        const key = runningKey(s.text);
        seen.set(key, (seen.get(key) ?? new Set()).add(i));
      }
    }
  });
  const kept = perPage.map((segs, i) =>
    segs.filter((s) => {
      const page = pages[i];
      if (isFurnitureAnywhere(s.text)) return false;
      if (!page || !inMargin(s, page)) return true;
      return !isMarginFurniture(s.text) && (seen.get(runningKey(s.text))?.size ?? 0) < 2;
    }),
  );
  const size = bodySize(kept.flat());
  const gaps: number[] = [];
  for (const segs of kept) {
    for (let i = 1; i < segs.length; i++) {
      const [a, b] = [segs[i - 1], segs[i]];
      if (a && b && a.y - b.y > 0 && a.y - b.y < size * 2.2) gaps.push(a.y - b.y);
    }
  }
  // The leading is the smallest line-to-line gap that recurs: in a text of one-line paragraphs
  // (a resolution's preamble) most gaps are between paragraphs, so their median is not it.
  const plausible = gaps.filter((g) => g >= size * 0.9).sort((a, b) => a - b);
  // The first that has another within 0.5 pt: in the sorted list, a neighbour (comparing each
  // with all the others was quadratic in a long PDF's lines).
  const recurs = (g: number, i: number) =>
    (i > 0 && g - (plausible[i - 1] ?? -Infinity) <= 0.5) ||
    (plausible[i + 1] ?? Infinity) - g <= 0.5;
  const leading = plausible.find(recurs) ?? (median(gaps) || size * 1.2);
  const corpus = new HyphenSpellings(
    kept
      .flat()
      .map((s) => s.text)
      .join(' '),
  );

  const blocks: Block[] = [];
  const pending: Block[] = [];
  let open: Block | null = null;
  let openRight = 0;
  // The highest paragraph number that opened a block: "1000. " goes on from 999, "2024. " does not.
  let lastNumber = 0;
  const start = (line: Segment, footnote: boolean, numbered = false): Block => {
    const block = { lines: [line], footnote, numbered };
    if (!footnote) {
      blocks.push(...pending.splice(0), block);
    } else pending.push(block);
    return block;
  };

  kept.forEach((segs) => {
    const left = Math.min(...segs.map((s) => s.x));
    const columnRight = Math.max(...segs.filter((s) => s.size >= size - 0.5).map((s) => s.right));
    // The footnotes: the lines below the body set in a smaller size, from the page's foot up.
    let footFrom = segs.length;
    while (footFrom > 0 && (segs[footFrom - 1]?.size ?? size) < size - 0.75) footFrom--;
    const body = segs.slice(0, footFrom);
    // A UN first page sets its header in two columns ("Conference of the Parties…" on the
    // left, "Distr.: General", the date, the languages on the right), line by line side by
    // side: each column goes on with its own lines. The main column also goes on across pages.
    const right: { open: Block | null; prev: Segment | null } = { open: null, prev: null };
    const isRight = (l: Segment) => l.x > left + (columnRight - left) * 0.45;
    // Beside the right column, the left one is narrower: its lines wrap at its longest line.
    const rightYs = body.filter(isRight).map((l) => l.y);
    const top = Math.max(...rightYs) + leading * 1.5;
    const bottom = Math.min(...rightYs) - leading * 1.5;
    const beside = (l: Segment) => rightYs.length > 1 && l.y <= top && l.y >= bottom;
    const leftEdge = Math.max(
      ...body.filter((l) => !isRight(l) && beside(l)).map((l) => l.right),
      left,
    );
    const edgeOf = (l: Segment) => (!isRight(l) && beside(l) ? leftEdge : columnRight);
    let prev: Segment | null = null;
    for (const line of body) {
      const digits = NUMBERED.exec(line.text)?.[1];
      const opensNumbered = digits !== undefined && mayNumberParagraph(digits, lastNumber);
      const numbered = opensNumbered && line.x <= left + line.size;
      const inRight = isRight(line);
      const column = inRight ? right : { open, prev };
      const above = column.prev;
      const continues =
        column.open !== null &&
        !column.open.footnote &&
        !numbered &&
        (above === null
          ? // The first line of a page carries on the paragraph the last page ended in.
            !inRight && wrapped(column.open.lines.at(-1) ?? line, line, openRight)
          : above.y - line.y <= leading * 1.25 &&
            Math.abs(above.size - line.size) < 1 &&
            (wrapped(above, line, edgeOf(above)) ||
              (!inRight && unfinished(column.open, above, line))));
      let block: Block;
      if (continues && column.open) {
        block = column.open;
        block.lines.push(line);
      } else {
        block = start(line, false, opensNumbered);
        if (numbered) lastNumber = Math.max(lastNumber, Number(digits));
      }
      if (inRight) {
        right.open = block;
        right.prev = line;
      } else {
        open = block;
        openRight = columnRight;
        prev = line;
      }
    }
    let foot: Block | null = null;
    for (const line of segs.slice(footFrom)) {
      if (foot && !FOOTNOTE_START.test(line.text)) foot.lines.push(line);
      else foot = start(line, true);
    }
  });
  blocks.push(...pending);
  return blocks.map((b) => joinLines(b.lines, corpus)).join('\n\n') + '\n';
}
