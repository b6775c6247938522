// UN document symbols are often typed (and printed) with Cyrillic letters that look Latin:
// "СТОС/СОР/WG.4/2020/4". Identity and search use the Latin form.

const LOOKALIKES: Record<string, string> = {
  А: 'A',
  В: 'B',
  С: 'C',
  Е: 'E',
  Н: 'H',
  І: 'I',
  Ј: 'J',
  К: 'K',
  М: 'M',
  О: 'O',
  Р: 'P',
  Ѕ: 'S',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  а: 'a',
  в: 'b',
  с: 'c',
  е: 'e',
  н: 'h',
  і: 'i',
  ј: 'j',
  к: 'k',
  м: 'm',
  о: 'o',
  р: 'p',
  ѕ: 's',
  т: 't',
  х: 'x',
  у: 'y',
};
const CYRILLIC = /[\u0400-\u04FF]/;
// Parts of a symbol that the UN writes in mixed case ("Add.1", "Rev.2"); a conference room
// paper stays in capitals ("CRP.3"), as the UN prints it.
const MIXED_CASE_PART = /^(add|rev|corr|amend|sub)\.(\d+)$/i;

export function latinizeLookalikes(s: string): string {
  return s.replace(/[\u0400-\u04FF]/g, (ch) => LOOKALIKES[ch] ?? ch);
}

/** True for strings that are plausibly (part of) a UN symbol: letters and digits joined by "/". */
export function looksLikeSymbol(s: string): boolean {
  const t = s.trim();
  return /^[\p{L}\p{N}.-]+(\s*\/\s*[\p{L}\p{N}.-]+)+$/u.test(t) && /\p{L}/u.test(t);
}

/**
 * Canonical Latin form of a symbol: look-alike Cyrillic letters replaced, brackets and
 * trailing punctuation removed, white space around "/" dropped, upper case except the
 * mixed-case parts (Add.1, Rev.2, …). Returns null when Cyrillic letters without a Latin
 * twin remain (then it is not a symbol but words).
 */
export function normalizeSymbol(raw: string): string | null {
  const trimmed = raw
    .normalize('NFC')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .trim()
    .replace(/^[\s([{«"'“„*]+|[\s)\]}»"'”.,;:*]+$/g, '');
  const latin = latinizeLookalikes(trimmed).replace(/\s*\/\s*/g, '/');
  if (CYRILLIC.test(latin) || !looksLikeSymbol(latin)) return null;
  return latin
    .split('/')
    .map((part) => {
      const [, word, num] = MIXED_CASE_PART.exec(part) ?? [];
      return word && num
        ? `${word.charAt(0).toUpperCase()}${word.slice(1).toLowerCase()}.${num}`
        : part.toUpperCase();
    })
    .join('/');
}
