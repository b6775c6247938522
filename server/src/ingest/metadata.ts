// The front matter of a UN note, in the Russian and the English layout. The Russian version
// keeps some lines in English ("1 July 2020", "Original: English"), so both are tried always.
import type { EvidenceContext, LangCode } from '../domain/model.js';
import { normalizeSymbol } from '../services/symbols.js';
import { placeFromPrinted } from '../domain/places.js';
import { anyOf, LANGUAGES } from './lang/index.js';
import { findOrdinals } from './lexicon/ordinals.js';
import { AGENDA_LINE, NOTE_LINE } from './segment.js';
import type { Block, DocumentMeta, MetaFact } from './types.js';

// The year's word after a date ("1 июля 2020 года"), in any language that has one.
const AFTER_YEAR = LANGUAGES.map((l) => l.words.dates.afterYear)
  .filter(Boolean)
  .join('|');
const DATE = new RegExp(`^(\\d{1,2})\\s+(\\p{L}+)\\s+(\\d{4})(?:${AFTER_YEAR})?$`, 'u');
// "Tenth session", "Ninety-eighth session", "Сорок девятая сессия": the ordinal is the line's
// words before the noun, read by the ordinal lexicon (compound tens included).
const SESSION = new RegExp(
  `^(\\p{L}+(?:[\\s-]+\\p{L}+)?)\\s+(?:${anyOf((f) => f.session)})$`,
  'iu',
);
const PLACE_DATES = new RegExp(
  `^(\\p{L}[\\p{L} .-]*?),\\s*(\\d{1,2})(?:\\s+(\\p{L}+))?(?:\\s+(\\d{4}))?\\s*[–—-]\\s*(\\d{1,2})\\s+(\\p{L}+)\\s+(\\d{4})(?:${AFTER_YEAR})?$`,
  'u',
);
// A PDF may read a line of the masthead together with its neighbour: the UN's name with the
// symbol ("United Nations    CTOC/COP/2022/5", one line of the page), the distribution with the
// date ("Distr.: General" above "28 July 2022" in the right-hand column). These are taken off
// such a header line before its symbol or its date is read.
const MASTHEAD = /^(?:United\s+Nations|Организация\s+Объедин[её]нных\s+Наций)\s+(?=\S)/iu;
const DISTRIBUTION = /^Distr\.?\s*:?\s*\p{L}+\s+(?=\d)/u;
const ORIGINAL = new RegExp(`^(?:${anyOf((f) => f.original)}):\\s*(\\p{L}+)$`, 'iu');

function isoDate(day: string, month: string | undefined, year: string | undefined): string | null {
  const name = month?.toLowerCase() ?? '';
  const m = Math.max(
    ...LANGUAGES.map((l) => l.words.months.findIndex((x) => x.toLowerCase() === name)),
  );
  if (m < 0 || year === undefined) return null;
  return `${year}-${String(m + 1).padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** "Десятая" → 10, "Ninety-eighth" → 98: words that are wholly one ordinal in some language. */
function ordinal(words: string): number | null {
  const found = findOrdinals(words);
  const o = found[0];
  return found.length === 1 && o && o.start === 0 && o.end === words.length ? o.value : null;
}

function languageCode(name: string | undefined): string | null {
  const lower = name?.toLowerCase() ?? '';
  for (const l of LANGUAGES)
    for (const [code, n] of Object.entries(l.words.languages)) if (n === lower) return code;
  return null;
}

const CONTEXTS: Record<Block['kind'], EvidenceContext> = {
  header: 'HEADER',
  heading: 'HEADING',
  paragraph: 'PARAGRAPH',
  footnote: 'FOOTNOTE',
  preamble: 'PREAMBLE',
};

/** The first block whose text `read` understands, as a fact quoting that block. */
function first<T>(blocks: Block[], read: (text: string) => T | null): MetaFact<T> | null {
  for (const block of blocks) {
    const value = read(block.text);
    if (value !== null) return { value, quote: block.text, context: CONTEXTS[block.kind] };
  }
  return null;
}

function footnoteSymbol(footnotes: Block[], marker: string): DocumentMeta['agendaSymbol'] {
  for (const note of footnotes) {
    if (note.kind !== 'footnote' || note.marker !== marker) continue;
    for (const line of note.text.split('\n')) {
      for (const token of line.slice(marker.length).trim().split(/\s+/)) {
        const printed = token.replace(/^[(«"]+|[)»".,;:]+$/g, '');
        const symbol = normalizeSymbol(printed);
        if (symbol?.includes('/')) {
          return { value: { symbol, printed }, quote: line.trim(), context: 'FOOTNOTE' };
        }
      }
    }
  }
  return null;
}

/** Date, symbol, session, agenda and title of a segmented note, each with its quote. */
export function readMetadata(blocks: Block[], lang: LangCode): DocumentMeta {
  const firstParagraph = blocks.findIndex((b) => b.kind === 'paragraph');
  const front = firstParagraph < 0 ? blocks : blocks.slice(0, firstParagraph);
  const header = front.filter((b) => b.kind === 'header');
  // Among the front matter's blocks, not only the header's: a note without a subject line
  // prints the agenda line right above "Note by the Secretariat", where a title would be.
  const agendaItems = first(front, (text) => {
    const list = AGENDA_LINE.exec(text)?.[1];
    return list === undefined ? null : (list.match(/\d+/g) ?? []).map(Number);
  });
  const marker = agendaItems ? (AGENDA_LINE.exec(agendaItems.quote)?.[2] ?? '') : '';
  const noteLine = front.findIndex((b) => NOTE_LINE.test(b.text.trim()));
  const aboveNoteLine = noteLine > 0 ? front[noteLine - 1] : undefined;
  const titleBlock =
    aboveNoteLine && !AGENDA_LINE.test(aboveNoteLine.text.trim()) ? aboveNoteLine : undefined;
  return {
    lang,
    date: first(header, (text) => {
      const m = DATE.exec(text.trim().replace(DISTRIBUTION, ''));
      return m ? isoDate(m[1] ?? '', m[2], m[3]) : null;
    }),
    symbol: first(header, (t) => {
      // The symbol stands alone on its line (or beside the UN's name); a line with words is not one.
      const text = t.trim().replace(MASTHEAD, '');
      const symbol = /\s/.test(text.replace(/\s*\/\s*/g, '/')) ? null : normalizeSymbol(text);
      return symbol !== null && /^[A-Z]+\//.test(symbol) ? symbol : null;
    }),
    originalLang: first(header, (text) => languageCode(ORIGINAL.exec(text)?.[1])),
    session: first(header, (text) => {
      const word = SESSION.exec(text)?.[1];
      return word === undefined ? null : ordinal(word);
    }),
    sessionPlace: first(header, (text) => {
      const m = PLACE_DATES.exec(text);
      if (!m?.[1] || !m[2] || !m[5]) return null;
      const start = isoDate(m[2], m[3] ?? m[6], m[4] ?? m[7]);
      const end = isoDate(m[5], m[6], m[7]);
      return start && end ? { place: placeFromPrinted(m[1]) ?? m[1], start, end } : null;
    }),
    agendaItems,
    agendaSymbol: marker ? footnoteSymbol(blocks, marker) : null,
    title:
      titleBlock && titleBlock.kind !== 'paragraph'
        ? first([titleBlock], (t) => t.replace(/\s+/g, ' '))
        : null,
  };
}

/**
 * "ru" when most words of the text are Cyrillic. Russian notes print Latin symbols and
 * acronyms (CTOC/COP/WG.4, UNODC), so symbols and all-capital words are not counted.
 */
export function detectLanguage(text: string): LangCode {
  let cyrillic = 0;
  let latin = 0;
  for (const [word] of text.replace(/\S+\/\S+/g, ' ').matchAll(/\p{L}+/gu)) {
    if (!/\p{Ll}/u.test(word)) continue;
    if (/^\p{Script=Cyrillic}/u.test(word)) cyrillic++;
    else if (/^\p{Script=Latin}/u.test(word)) latin++;
  }
  return cyrillic > latin ? 'ru' : 'en';
}
