// UN page furniture: what a printed page carries that is not the document's text. Each rule
// names one thing the README lists as removed; the readers of PDF, Word, HTML and plain text
// share them, so a quote reads the same whichever form the document came in. Pure.

/** "V.20-03178 (R)", "V.20-03178 (E)  140720  150720": the UN's job number. */
export const JOB_NUMBER = /^V\.\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6}){0,2}$/;
/** "*2003178*": the barcode's printed digits. */
export const BARCODE = /^\*\d{7,8}\*$/;
/** "3/5", "3", "Page 3", "Page 3 of 5", "стр. 3": a page number. */
export const PAGE_NUMBER =
  /^(?:\d{1,3}(?:\s*\/\s*\d{1,3})?|Page \d{1,3}(?: of \d{1,3})?|стр\.\s*\d{1,3})$/i;
/** The recycling note at the foot of a UN document's first page. */
export const RECYCLE = /^(?:Please recycle|Просьба отправить на вторичную переработку)\b/i;

const SOFT_HYPHEN = /\u00AD/g;

/** A line that is furniture wherever it stands (job number, barcode, recycling note). */
export function isFurnitureAnywhere(line: string): boolean {
  const t = line.trim();
  return JOB_NUMBER.test(t) || BARCODE.test(t) || RECYCLE.test(t);
}

/** A line that is furniture in a page's top or bottom margin: also page numbers. */
export function isMarginFurniture(line: string): boolean {
  return isFurnitureAnywhere(line) || PAGE_NUMBER.test(line.trim());
}

/** A running head or foot compared across pages: its digits (page numbers) do not count. */
export const runningKey = (line: string): string => line.trim().replace(/\d+/g, '#');

export function removeSoftHyphens(text: string): string {
  return text.replace(SOFT_HYPHEN, '');
}

// Russian particles written with a hyphen ("какой-либо", "из-за"): a line may end at that
// hyphen, and the hyphen stays.
const KEPT_AFTER_HYPHEN = /^(?:то|либо|нибудь|таки|ка|за|под|де)(?![\p{L}])/u;

/**
 * Joins a line that ends in a hyphen with the next one. A hyphen the typesetter added to break
 * a word goes ("органи-" + "зации" → "организации"); a hyphen the word has stays ("open-" +
 * "ended" when "open-ended" is written elsewhere in the document, "COVID-" + "19", "какой-" +
 * "либо").
 * @param corpus the document's text, where a word's hyphenated spelling may be attested
 */
export function joinHyphenated(left: string, right: string, corpus: string): string {
  const stem = /(\p{L}+)-$/u.exec(left)?.[1];
  const next = /^\p{L}+/u.exec(right)?.[0];
  if (!stem || !next || !/^\p{Ll}/u.test(next) || KEPT_AFTER_HYPHEN.test(right)) {
    return left + right;
  }
  return corpus.includes(`${stem}-${next}`) ? left + right : left.slice(0, -1) + right;
}
