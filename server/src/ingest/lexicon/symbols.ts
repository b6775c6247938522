// UN document symbols in running text. The seed prints them with Cyrillic look-alikes
// ("СТОС/СОР/WG.4/2020/4") or mixed scripts ("СТОС/COP/2020/1"), inside parentheses, before
// punctuation, in lists joined by "и"/"and"; the mention is the symbol alone, its identity
// the Latin form normalizeSymbol gives.
import { latinizeLookalikes, normalizeSymbol } from '../../services/symbols.js';
import type { Span, SymbolMention } from '../types.js';

// Zero-width characters can hide inside a copied symbol; normalizeSymbol drops them.
const PART_CHAR = String.raw`\p{L}\p{N}.\-\u200B-\u200D\uFEFF`;
// A run of parts joined by "/". Empty parts and a trailing "/" are captured on purpose, so
// that a broken symbol is reported instead of being read as a shorter one.
const CANDIDATE = new RegExp(
  `(?<![${PART_CHAR}/])[\\p{L}\\p{N}][${PART_CHAR}]*(?:/[${PART_CHAR}]*)+`,
  'gu',
);
const ZERO_WIDTH = /[\u200B-\u200D\uFEFF]/g;

interface Candidate extends Span {
  symbol: string | null;
}

/**
 * A symbol starts with a capitalised series code (CTOC, A, E/CN.15…). "и/или", "and/or" and
 * the mandate numbers "7/1" do not. Letters-only Cyrillic abbreviations ("УНП/ООН") are
 * words unless a digit makes them a symbol.
 */
function looksLikeSymbolToken(printed: string): boolean {
  const plain = printed.replace(ZERO_WIDTH, '');
  const head = plain.split('/')[0] ?? '';
  if (!/^\p{Lu}[\p{Lu}\p{N}.]*$/u.test(head)) return false;
  return /\p{N}/u.test(plain) || /^[A-Za-z0-9./-]+$/.test(latinizeLookalikes(plain));
}

function candidates(s: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of s.matchAll(CANDIDATE)) {
    // A period or hyphen at the end belongs to the sentence, not to the symbol.
    const printed = m[0].replace(/[.-]+$/u, '');
    if (!printed.includes('/') || !looksLikeSymbolToken(printed)) continue;
    const malformed = /\/\//.test(printed) || printed.endsWith('/');
    const start = m.index;
    const end = start + printed.length;
    out.push({ start, end, text: printed, symbol: malformed ? null : normalizeSymbol(printed) });
  }
  return out;
}

export function findSymbols(s: string): SymbolMention[] {
  return candidates(s).flatMap(({ start, end, text, symbol }) =>
    symbol === null ? [] : [{ start, end, text, printed: text, symbol }],
  );
}

/** Symbol-looking tokens that are not symbols: an empty part, a trailing "/", stray letters. */
export function findMalformedSymbols(s: string): Span[] {
  return candidates(s).flatMap(({ start, end, text, symbol }) =>
    symbol === null ? [{ start, end, text }] : [],
  );
}

/**
 * True when `s` lists several symbols and then says they go "respectively" with an earlier
 * list ("доклады … (СТОС/СОР/WG.4/2019/6 и СТОС/СОР/WG.4/2020/4 соответственно)"), so the
 * rules pair the n-th symbol with the n-th meeting.
 */
export function pairRespectively(symbols: SymbolMention[], s: string): boolean {
  const last = symbols[symbols.length - 1];
  if (symbols.length < 2 || !last) return false;
  return /(?<![\p{L}\p{N}])(?:соответственно|respectively)(?![\p{L}\p{N}])/iu.test(
    s.slice(last.end),
  );
}
