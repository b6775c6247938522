// An annotated provisional agenda: the masthead, the agenda (its items numbered 1, 2, 3 …),
// then "Annotations" under the same item numbers, each item's heading followed by prose that
// says what the session will consider and under which mandate. The annotations' paragraphs
// are numbered in some agendas and not in others; the item numbers are never paragraphs.
import { LANGUAGES } from '../lang/index.js';
import { lineRuns, type LineRun } from '../line-runs.js';
import { LIST_ITEM } from '../segment.js';
import type { Block } from '../types.js';
import { findSymbols } from '../lexicon/symbols.js';

const NUMBERED = /^(\d+)\.[ \t\u00A0]+(?=\S)/u;
// "II. Annotations", "I. Provisional agenda": a chapter heading numbered in Roman numerals.
const CHAPTER = /^[IVX]+\.\s+/iu;
const SENTENCE_END = /[.;:!?…]["'»”)\]]*$/u;
const MIN_WORDS = 6;

/** The heading over an item's documents ("Documentation"). */
export const documentation = (text: string): boolean =>
  LANGUAGES.some((l) => l.meeting.documentation.test(flat(text).toLowerCase()));
const flat = (text: string) => text.replace(/\s+/gu, ' ').trim();
const isProse = (text: string) =>
  SENTENCE_END.test(text) && text.replace(NUMBERED, '').split(/\s+/u).length >= MIN_WORDS;
const lower = (run: LineRun) => flat(run.lines.map((l) => l.text).join(' ')).toLowerCase();

/** The blocks of an annotated agenda, or null when the text is not one. */
export function agendaBlocks(text: string): Block[] | null {
  const runs = lineRuns(text);
  const at = runs.findIndex((r) =>
    LANGUAGES.some((l) => l.meeting.annotations.test(lower(r).replace(CHAPTER, ''))),
  );
  if (at < 0) return null;
  const titled = runs
    .slice(0, at)
    .some((r) => LANGUAGES.some((l) => l.meeting.documentKinds.agenda.test(lower(r))));
  if (!titled) return null;
  const slice = (r: LineRun) => text.slice(r.start, r.end);
  const blocks: Block[] = [];
  // Before the agenda's first chapter: the masthead and the title, a header block per line.
  const chapter = runs.findIndex((r) => CHAPTER.test(r.lines[0]?.text ?? ''));
  runs.slice(0, at).forEach((r, k) => {
    if (chapter < 0 || k < chapter)
      for (const line of r.lines) blocks.push({ kind: 'header', text: line.text });
    else blocks.push({ kind: 'heading', text: slice(r) });
  });
  const annotations = runs.slice(at);
  // Numbered annotations ("1. The session will be opened …") keep their numbers; otherwise
  // each paragraph is numbered by its place and flagged unnumbered.
  const numbered = annotations.some(
    (r) => NUMBERED.test(r.lines[0]?.text ?? '') && isProse(flat(slice(r))),
  );
  let position = 0;
  let open: { block: Extract<Block, { kind: 'paragraph' }>; start: number } | null = null;
  let listing = false;
  for (const r of annotations) {
    const body = flat(slice(r));
    const first = r.lines[0]?.text ?? '';
    // Under "Documentation", each line names a document by its symbol: a paragraph each.
    if (documentation(body)) listing = true;
    else if (listing && findSymbols(body).length > 0) {
      blocks.push(
        ...r.lines.map((l): Block => ({
          kind: 'paragraph',
          number: ++position,
          text: l.text,
          numbered: false,
        })),
      );
      open = null;
      continue;
    } else if (!isProse(body)) listing = false;
    // "… had before it the following: / (a) …; / (b) …": the list is the paragraph's.
    if (open && LIST_ITEM.test(first) && /[:;,]$/u.test(flat(open.block.text))) {
      open.block.text = text.slice(open.start, r.end);
      continue;
    }
    const n = NUMBERED.exec(first);
    if (numbered && n && isProse(body)) {
      const start = r.start + n[0].length;
      open = {
        block: { kind: 'paragraph', number: Number(n[1]), text: text.slice(start, r.end) },
        start,
      };
    } else if (!numbered && !n && !LIST_ITEM.test(first) && isProse(body)) {
      position++;
      open = {
        block: { kind: 'paragraph', number: position, text: slice(r), numbered: false },
        start: r.start,
      };
    } else {
      blocks.push({ kind: 'heading', text: slice(r) });
      open = null;
      continue;
    }
    blocks.push(open.block);
  }
  return blocks;
}
