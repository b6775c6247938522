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
    ...(b.kind === 'paragraph' && b.numbered === false ? { numbered: false as const } : {}),
    context: CONTEXT[b.kind],
    text: b.text,
    statements: [],
    facts: [],
  }));
}

type Quotable = Pick<ParagraphRecord, 'number' | 'context' | 'text'>;

/** A version's blocks by paragraph number and by context, each list in reading order. */
interface BlockIndex<T> {
  length: number;
  byNumber: Map<number, T[]>;
  byContext: Map<string, T[]>;
}

// Built once per array of blocks: writing or auditing a long note looks up a block for each of
// its quotes, and a scan of all the blocks per quote made that quadratic (issue 32). The
// length is kept, so a list that grew since is indexed again.
const indexes = new WeakMap<readonly Quotable[], BlockIndex<Quotable>>();

function indexOf<T extends Quotable>(blocks: readonly T[]): BlockIndex<T> {
  const cached = indexes.get(blocks) as BlockIndex<T> | undefined;
  if (cached?.length === blocks.length) return cached;
  const index: BlockIndex<T> = { length: blocks.length, byNumber: new Map(), byContext: new Map() };
  const add = <K>(map: Map<K, T[]>, key: K, b: T) => {
    const list = map.get(key);
    if (list) list.push(b);
    else map.set(key, [b]);
  };
  for (const b of blocks) {
    if (b.number !== null) add(index.byNumber, b.number, b);
    add(index.byContext, b.context, b);
  }
  indexes.set(blocks, index);
  return index;
}

/**
 * The block a piece of evidence quotes: the numbered paragraph it names, or (header, heading,
 * footnote) the first block of its context that holds the quote. Null when none does.
 */
export function blockOf<T extends Quotable>(
  blocks: readonly T[],
  e: Pick<EvidenceRecord, 'paragraph' | 'context' | 'quote'>,
): T | null {
  const index = indexOf(blocks);
  const candidates =
    e.paragraph === null ? index.byContext.get(e.context) : index.byNumber.get(e.paragraph);
  return (
    candidates?.find(
      (b) =>
        b.context === e.context &&
        (e.paragraph === null || b.number === e.paragraph) &&
        b.text.includes(e.quote),
    ) ?? null
  );
}
