// A document's text as read, kept whole: every block segment() found (header lines, headings,
// numbered paragraphs, footnotes), in reading order and verbatim, and for each block the
// relations whose quotes it holds. The reader shows it; the audit checks quotes against it.
import type {
  EvidenceContext,
  EvidenceRecord,
  LangCode,
  ParagraphRecord,
} from '../domain/model.js';
import type { Block } from './types.js';

const CONTEXT: Record<Block['kind'], EvidenceContext> = {
  header: 'HEADER',
  heading: 'HEADING',
  paragraph: 'PARAGRAPH',
  footnote: 'FOOTNOTE',
  preamble: 'PREAMBLE',
};

/** One language version of a document, as a key: the writer groups by it, the audit too. */
export const versionKey = (document: string, lang: string): string => `${document} ${lang}`;

/** The blocks of one language version, numbered in reading order from 0. */
export function storedText(
  document: string,
  lang: LangCode,
  blocks: readonly Block[],
): ParagraphRecord[] {
  return blocks.map((b, index) => ({
    document,
    lang,
    index,
    number: b.kind === 'paragraph' ? b.number : null,
    context: CONTEXT[b.kind],
    text: b.text,
    statements: [],
    facts: [],
  }));
}

/**
 * The block a piece of evidence quotes: the numbered paragraph it names, or (header, heading,
 * footnote) the first block of its context that holds the quote. Null when none does.
 */
export function blockOf<T extends Pick<ParagraphRecord, 'number' | 'context' | 'text'>>(
  blocks: readonly T[],
  e: Pick<EvidenceRecord, 'paragraph' | 'context' | 'quote'>,
): T | null {
  return (
    blocks.find(
      (b) =>
        b.context === e.context &&
        (e.paragraph === null || b.number === e.paragraph) &&
        b.text.includes(e.quote),
    ) ?? null
  );
}
