// UN page furniture: what a printed page carries that is not the document's text. Each rule
// names one thing the README lists as removed; the readers of PDF, Word, HTML and plain text
// share them, so a quote reads the same whichever form the document came in. Pure.

// What a UN page prints in its margins, as regular-expression sources: a footer sets them
// apart or together on one line ("2/3  V.22-04321 (E)", "V.22-04321  3/3"), so a line is
// read as a run of these units (furnitureUnits) as well as one of them alone.
/** "V.20-03178 (R)", "V.20-03178 (E)  140720  150720": the UN's job number, print dates. */
const JOB = String.raw`V\.\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6}){0,2}`;
/** "*2003178*": the barcode's printed digits. */
const BAR = String.raw`\*\d{7,8}\*`;
/** "3/5", "3", "Page 3", "Page 3 of 5", "стр. 3": a page number. */
const PAGE = String.raw`\d{1,3}(?:\s*\/\s*\d{1,3})?|Page \d{1,3}(?: of \d{1,3})?|стр\.\s*\d{1,3}`;

/** The recycling note at the foot of a UN document's first page. */
export const RECYCLE = /^(?:Please recycle|Просьба отправить на вторичную переработку)\b/i;

// A line is read as a run of units, each ending at a space or the line's end (so "3" does
// not take the start of "30 June"). The job number is tried before the page number: its
// print dates are its own. Only the page number's words ("Page", "стр.") ignore case.
const UNITS: readonly { re: RegExp; mark: boolean }[] = [
  { re: new RegExp(`^(?:${JOB}|${BAR})(?=\\s|$)\\s*`), mark: true },
  { re: new RegExp(`^(?:${PAGE})(?=\\s|$)\\s*`, 'i'), mark: false },
];

interface Units {
  /** Job numbers and barcodes: furniture wherever they stand. */
  marks: number;
  pages: number;
}

/** The furniture units a line is made of, or null when anything else is on it. */
function furnitureUnits(line: string): Units | null {
  const units: Units = { marks: 0, pages: 0 };
  let rest = line.trim();
  while (rest !== '') {
    const unit = UNITS.map((u) => ({ ...u, m: u.re.exec(rest) })).find((u) => u.m !== null);
    if (!unit?.m) return null;
    if (unit.mark) units.marks++;
    else units.pages++;
    rest = rest.slice(unit.m[0].length);
  }
  return units;
}

/**
 * A line that is furniture wherever it stands: the recycling note, or a line made only of job
 * numbers, barcodes and at most one page number, with one job number or barcode at least (a
 * line of numbers alone may be a table's). Nothing a document says is written that way.
 */
export function isFurnitureAnywhere(line: string): boolean {
  if (RECYCLE.test(line.trim())) return true;
  const units = furnitureUnits(line);
  return units !== null && units.marks > 0 && units.pages <= 1;
}

/**
 * A line that is furniture in a page's top or bottom margin: also a page number alone. One
 * page number per line: a footer prints one, and "2 3" in a margin may be something else.
 */
export function isMarginFurniture(line: string): boolean {
  if (RECYCLE.test(line.trim())) return true;
  const units = furnitureUnits(line);
  return units !== null && units.marks + units.pages > 0 && units.pages <= 1;
}

/** A running head or foot compared across pages: its digits (page numbers) do not count. */
export const runningKey = (line: string): string => line.trim().replace(/\d+/g, '#');

const SOFT_HYPHEN = /\u00AD/g;

/**
 * The visible hyphens a line may end in, as a character class's contents: the hyphen-minus,
 * U+2010 (what Chromium and many typesetters print at a break) and U+2011 (a word processor's
 * non-breaking hyphen). All three are also written inside compounds, so each is read by the
 * same rule (hyphenStays); the soft hyphen U+00AD only ever marks a break, and always goes.
 */
export const HYPHENS = '\\-\u2010\u2011';
const ENDS_IN_HYPHEN = new RegExp(`(\\p{L}+)[${HYPHENS}]$`, 'u');
const IN_COMPOUND_BEFORE = new RegExp(`\\p{L}[${HYPHENS}]\\p{L}+[${HYPHENS}]$`, 'u');
const IN_COMPOUND_AFTER = new RegExp(`^\\p{L}+[${HYPHENS}]\\p{L}`, 'u');
/** A line ending in a letter and a hyphen of any kind, a soft one included: a word may be split. */
export const SPLIT_AT_END = new RegExp(`\\p{L}[${HYPHENS}\u00AD]$`, 'u');

export function removeSoftHyphens(text: string): string {
  return text.replace(SOFT_HYPHEN, '');
}

// Russian particles written with a hyphen ("какой-либо", "из-за"): a line may end at that
// hyphen, and the hyphen stays.
const KEPT_AFTER_HYPHEN = /^(?:то|либо|нибудь|таки|ка|за|под|де)(?![\p{L}])/u;

// English prefixes the UN's editorial rules always write with a hyphen ("self-assessment",
// "non-governmental", "cross-border", "quasi-judicial", "ex-combatants"): a line may end at
// that hyphen, and the hyphen stays. ("co-" is not among them: "coordination", "cooperation".)
const KEPT_PREFIX = /^(?:self|non|cross|quasi|ex)$/i;

/**
 * The hyphens a document writes between letters, each with the whole runs of letters before
 * and after it ("open-ended"), grouped by the letters that touch the hyphen. Asking whether
 * "open-" + "ended" is attested then looks at a few spellings, not the whole text: a search of
 * the text for each hyphen at a line's end made reading a long PDF quadratic in its pages
 * (issue 32). The answer is the search's: the runs need only end with the word before and
 * start with the word after ("pen-end" is in "open-ended").
 */
export class HyphenSpellings {
  private readonly byTouching = new Map<string, [string, string][]>();

  constructor(corpus: string) {
    const seen = new Set<string>();
    for (const m of corpus.matchAll(new RegExp(`(\\p{L}+)[${HYPHENS}](?=(\\p{L}+))`, 'gu'))) {
      const [before, after] = [m[1] ?? '', m[2] ?? ''];
      const spelling = `${before}-${after}`;
      if (seen.has(spelling)) continue;
      seen.add(spelling);
      const key = `${before.slice(-1)}-${after.charAt(0)}`;
      const same = this.byTouching.get(key);
      if (same) same.push([before, after]);
      else this.byTouching.set(key, [[before, after]]);
    }
  }

  /** Whether the text writes `${stem}-${next}` anywhere, with a hyphen of any kind. */
  has(stem: string, next: string): boolean {
    const same = this.byTouching.get(`${stem.slice(-1)}-${next.charAt(0)}`) ?? [];
    return same.some(([before, after]) => before.endsWith(stem) && after.startsWith(next));
  }
}

// The longest word before a line-end hyphen that is looked at: a caller may pass the end of
// the text joined so far, not all of it (a long block's text grows with every line).
export const WORD_BEFORE_HYPHEN = 256;

/**
 * Whether the hyphen that ends `left` stays when the next line `right` is joined to it: a
 * hyphen the word has ("open-ended" written elsewhere in the document, "COVID-19", "какой-либо",
 * "self-assessment") stays; one the typesetter added to break a word ("органи-зации") goes.
 * The same for U+2010 and U+2011 (a compound is attested whichever hyphen it is written with);
 * a soft hyphen always goes.
 * @param corpus the document's text, or its HyphenSpellings, where a word's hyphenated spelling
 *   may be attested
 */
export function hyphenStays(
  left: string,
  right: string,
  corpus: string | HyphenSpellings,
): boolean {
  if (left.endsWith('\u00AD')) return false;
  // A break inside a compound of three words or more ("Trafficking-" "in-Persons", "State-by-"
  // "state"): a hyphen on either side of the piece says the hyphen at the break is one of its.
  if (IN_COMPOUND_BEFORE.test(left.slice(-WORD_BEFORE_HYPHEN)) || IN_COMPOUND_AFTER.test(right))
    return true;
  const stem = ENDS_IN_HYPHEN.exec(left.slice(-WORD_BEFORE_HYPHEN))?.[1];
  const next = /^\p{L}+/u.exec(right)?.[0];
  if (
    !stem ||
    !next ||
    !/^\p{Ll}/u.test(next) ||
    KEPT_AFTER_HYPHEN.test(right) ||
    KEPT_PREFIX.test(stem)
  ) {
    return true;
  }
  // Letters only on either side: nothing in them is special in a regular expression.
  return typeof corpus === 'string'
    ? new RegExp(`${stem}[${HYPHENS}]${next}`, 'u').test(corpus)
    : corpus.has(stem, next);
}

/**
 * Joins a line that ends in a hyphen with the next one. A hyphen the typesetter added to break
 * a word goes ("органи-" + "зации" → "организации"); a hyphen the word has stays ("open-" +
 * "ended" when "open-ended" is written elsewhere in the document, "COVID-" + "19", "какой-" +
 * "либо", "self-" + "assessment").
 */
export function joinHyphenated(
  left: string,
  right: string,
  corpus: string | HyphenSpellings,
): string {
  return hyphenStays(left, right, corpus) ? left + right : left.slice(0, -1) + right;
}
