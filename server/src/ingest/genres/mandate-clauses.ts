// The clauses after a resolution's or decision's actor line: unnumbered preambular clauses,
// then operative paragraphs — numbered ("1. Decides …"), lettered ("(a) Noted …;") or neither
// (one per blank-line block). A text that prints no numbers is cited by position: each of its
// operative clauses is a paragraph whose number is its place, flagged `numbered: false`.
import { LANGUAGES } from '../lang/index.js';
import { IngestInputError, type Block } from '../types.js';

/** A run of non-blank lines, with offsets in the whole text (so slices stay verbatim). */
export interface Para {
  start: number;
  end: number;
  lines: { start: number; end: number; text: string }[];
}

export interface Clauses {
  blocks: Block[];
  /** The annex, kept as text but not read for statements: its first line and its blocks. */
  annex: { heading: string; blocks: number } | null;
  /** How many operative paragraphs were found (numbered or not). */
  operative: number;
}

// Any number of digits: an operative paragraph is only ever the next one (`last + 1` below),
// so a year at a line's start ("2030. …") is never taken for paragraph 2030 (paragraph-number.ts).
const NUMBERED = /^(\d+)\.[ \t\u00A0]+(?=\S)/;
const FIRST = /^1\.[ \t\u00A0]+(?=\S)/;
const ANNEX = /^(?:annex|приложение)(?:\s+[IVX\d]+)?$/iu;
// A preambular clause ends with a comma; an operative one with a semicolon or a full stop (the
// UN's punctuation in every language).
const PREAMBULAR_END = /,$/;

export const joined = (p: Para): string => p.lines.map((l) => l.text).join(' ');
const cites = (line: string) => LANGUAGES.some((l) => l.mandateText.cites.test(line.toLowerCase()));
const letteredMarker = (line: string) =>
  LANGUAGES.map((l) => l.mandateText.lettered.exec(line)).find((m) => m !== null) ?? null;

/**
 * The blocks of the paragraphs after the actor line.
 * @param startAt the position the first unnumbered operative paragraph takes (2 when the actor's
 *   own sentence was the first)
 * @param single whether the text must be one resolution or decision (a second title is refused)
 * @throws IngestInputError when the text holds a second title line after its operative paragraphs
 */
export function readClauses(
  text: string,
  paras: readonly Para[],
  opts: { name: string; number: string; startAt: number; isTitle: (p: Para) => string | null },
): Clauses {
  const slice = (start: number, end: number) => text.slice(start, end);
  const numberedMode = paras.some((p) => p.lines.some((l) => FIRST.test(l.text)));
  const blocks: Block[] = [];
  let last = 0;
  let position = opts.startAt - 1;
  let open: { start: number; block: Block } | null = null;
  let annex: Clauses['annex'] = null;
  const operative = () => (numberedMode ? last : position - (opts.startAt - 1));
  const openParagraph = (start: number, end: number) => {
    position++;
    const block: Block = {
      kind: 'paragraph',
      number: position,
      text: slice(start, end),
      numbered: false,
    };
    open = { start, block };
    blocks.push(block);
  };
  for (const p of paras) {
    const second = opts.isTitle(p);
    if (second && operative() > 0 && !annex) {
      throw new IngestInputError(
        `${opts.name} holds more than one text (${opts.number} and ${second}): give each resolution or decision a file of its own`,
      );
    }
    if (annex || ANNEX.test(joined(p))) {
      annex ??= { heading: joined(p), blocks: 0 };
      annex.blocks++;
      blocks.push({ kind: 'heading', text: slice(p.start, p.end) });
      continue;
    }
    for (const line of p.lines) {
      const first = line === p.lines[0];
      const numbered = numberedMode ? NUMBERED.exec(line.text) : null;
      const n = Number(numbered?.[1]);
      const lettered = numberedMode ? null : letteredMarker(line.text);
      if (numbered && n === last + 1) {
        const start = line.start + numbered[0].length;
        open = { start, block: { kind: 'paragraph', number: n, text: slice(start, line.end) } };
        blocks.push(open.block);
        last = n;
      } else if (lettered) {
        openParagraph(line.start + lettered[0].length, line.end);
      } else if (open && (numberedMode ? last > 0 : !first && open.block.kind === 'paragraph')) {
        open.block.text = slice(open.start, line.end);
      } else if (open && open.block.kind === 'preamble' && !first && !cites(line.text)) {
        open.block.text = slice(open.start, line.end);
      } else if (numberedMode || (operative() === 0 && PREAMBULAR_END.test(joined(p)))) {
        open = { start: line.start, block: { kind: 'preamble', text: line.text } };
        blocks.push(open.block);
      } else {
        openParagraph(line.start, line.end);
      }
    }
  }
  return { blocks, annex, operative: operative() };
}
