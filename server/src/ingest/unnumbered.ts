// A text that numbers none of its paragraphs (a UNODC web page, a page listing a session's
// decisions): its paragraphs are read in order, each cited by its position and flagged
// unnumbered, so a citation says "3rd paragraph (unnumbered)" rather than inventing a number.
// Every block's text is a slice of the input, so quotes stay verbatim.
import { lineRuns } from './line-runs.js';
import type { Extraction, ExtractedEvidence } from './extraction.js';
import type { Block } from './types.js';

// A paragraph reads as prose: it ends as a sentence or a clause does (a closing quote or
// bracket may follow) and has a few words. A title, a menu entry or a list line does not.
const SENTENCE_END = /[.;:!?…]["'»”)\]]*$/u;
const MIN_WORDS = 6;

const isProse = (t: string) => SENTENCE_END.test(t) && t.split(/\s+/).length >= MIN_WORDS;

/**
 * The blocks of a text without numbered paragraphs: the lines before its first paragraph are
 * its front matter (header lines), each later run of lines that reads as prose a paragraph
 * numbered by its position (from 1, `numbered: false`), any other run a heading. Null when no
 * run reads as prose (nothing to read).
 */
export function unnumberedBlocks(text: string): Block[] | null {
  const blocks: Block[] = [];
  let position = 0;
  for (const run of lineRuns(text)) {
    const body = text.slice(run.start, run.end);
    if (isProse(body.replace(/\s+/g, ' '))) {
      position++;
      blocks.push({ kind: 'paragraph', number: position, text: body, numbered: false });
    } else if (position === 0) {
      for (const line of run.lines) blocks.push({ kind: 'header', text: line.text });
    } else {
      blocks.push({ kind: 'heading', text: body });
    }
  }
  return position > 0 ? blocks : null;
}

/**
 * The extraction with each quote of an unnumbered paragraph flagged as such (`numbered:
 * false`): the rules cite a paragraph by the number its block carries, and only the block
 * knows whether the text printed it.
 */
export function markUnnumbered(x: Extraction): Extraction {
  const unnumbered = new Set(
    x.text.flatMap((b) =>
      b.context === 'PARAGRAPH' && b.numbered === false && b.number !== null ? [b.number] : [],
    ),
  );
  if (unnumbered.size === 0) return x;
  const mark = <E extends ExtractedEvidence>(e: E): E =>
    e.context === 'PARAGRAPH' && e.paragraph !== null && unnumbered.has(e.paragraph)
      ? { ...e, numbered: false }
      : e;
  return {
    ...x,
    relations: x.relations.map((r) => ({ ...r, evidence: r.evidence.map(mark) })),
    meetings: x.meetings.map((m) => ({
      ...m,
      evidence: mark(m.evidence),
      placeEvidence: m.placeEvidence ? mark(m.placeEvidence) : null,
    })),
    documents: x.documents.map((d) => ({ ...d, evidence: mark(d.evidence) })),
    ...(x.newBodies
      ? { newBodies: x.newBodies.map((n) => ({ ...n, evidence: mark(n.evidence) })) }
      : {}),
    ...(x.mandateDates
      ? { mandateDates: x.mandateDates.map((d) => ({ ...d, evidence: mark(d.evidence) })) }
      : {}),
  };
}
