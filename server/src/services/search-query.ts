// Turns what a person types into the parameters of read/search.cypher. Lucene syntax is
// escaped here, so no typed character can change the structure of the full-text query.
import { normalizeSymbol } from './symbols.js';

export const MAX_QUERY_LENGTH = 300;

export interface SearchParams {
  raw: string;
  symbol: string;
  number: string;
  textQuery: string;
  symbolQuery: string;
}

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
const escapeTerm = (t: string) => t.replace(LUCENE_SPECIAL, (c) => `\\${c}`);

/** Returns null when the text has nothing searchable (no letter, no digit). */
export function buildSearchParams(input: string): SearchParams | null {
  const raw = input
    .normalize('NFC')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .trim();
  const words = raw
    .split(/[^\p{L}\p{N}.]+/u)
    .map((w) => w.replace(/^\.+|\.+$/g, '').toLowerCase())
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return null;
  // Every word must match (AND). The last word may still be being typed, so it also
  // matches as a prefix; not for short words, whose prefix would survive where the word
  // itself is a stop word the analyzer drops ("по", "on").
  const textQuery = words
    .map((w, i) =>
      i === words.length - 1 && w.length >= 3
        ? `(${escapeTerm(w)} OR ${escapeTerm(w)}*)`
        : `(${escapeTerm(w)})`,
    )
    .join(' AND ');
  const symbol = normalizeSymbol(raw);
  const numberMatch = /(?:^|[^\p{L}\p{N}/.])(\d{1,3})\s*\/\s*(\d{1,3})(?![\p{L}\p{N}/])/u.exec(
    ` ${raw}`,
  );
  // Symbols match as a phrase of their parts, so "WG.4/2020/4" finds CTOC/COP/WG.4/2020/4.
  const symbolWords = (symbol ?? raw)
    .split(/[^\p{L}\p{N}.]+/u)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
  const symbolQuery = `"${symbolWords.map((w) => w.replace(/["\\]/g, '')).join(' ')}"`;
  return {
    raw,
    symbol: symbol ?? '',
    number: numberMatch ? `${numberMatch[1] ?? ''}/${numberMatch[2] ?? ''}` : '',
    textQuery,
    symbolQuery,
  };
}
