// A document copied as one long line (a scraped page, a PDF's text layer flattened): the
// masthead, the contents, the chapters and the numbered paragraphs run together, so nothing
// downstream finds a paragraph and the text was refused. Here such a line gets its breaks
// back where the print had them: around the job number and barcode, before "Distr.:" and
// "Original:", before a chapter ("II. Documentation"), a contents entry ("4/1. …") and each
// numbered paragraph of the run 1, 2, 3 …; dot leaders and their page numbers end an entry.
// Only words between which nothing is lost are split, so quotes stay the text's. Pure.
import { LANGUAGES } from '../lang/index.js';

/** A line this long may be several run together (a paragraph of print is rarely longer). */
const LONG = 1000;

// "V.18-07401 (R) 181218 191218 *1807401*": the job number, print dates and barcode.
const FURNITURE = /\s*(V\.\d{2}-\d{5}(?:\s*\([A-Z]\))?(?:\s+\d{6}){0,2}(?:\s+\*\d{7,8}\*)?)\s*/gu;
// "Distr.: General", "Original: English", "Содержание", "Contents": masthead and contents words.
const MASTHEAD = /\s+(?=Distr\.:|Original:|Содержание\b|Contents\b|Стр\.(?:\s|$)|Page(?:\s|$))/gu;
// ". . . . 3", "....... 12": a dot leader and the page number after it.
const LEADER = /\s*(?:\.\s?){4,}\s*\d{0,3}(?=\s|$)/gu;
// "4/1. Possible …", "II. Documentation", "A. Resolutions": an entry or a chapter.
const ENTRY = /\s+(?=(?:\d{1,2}\/\d{1,2}|[IVX]{1,5}|[A-HА-Е])\.\s+\p{Lu})/gu;
// A paragraph number: "… Introduction 1. By decision …", "… 2018. 2. The Conference …".
const NUMBER = /\s+(\d{1,3})\.\s+(?=[\p{Lu}«"“])/gu;
const SENTENCE_END = /[.;:»”")\]]$/u;

/** The numbered paragraphs' starts: the run 1, 2, 3 … in order, each after a sentence's end. */
function paragraphStarts(line: string): number[] {
  const starts: number[] = [];
  let next = 1;
  for (const m of line.matchAll(NUMBER)) {
    if (Number(m[1]) !== next) continue;
    if (next > 1 && !SENTENCE_END.test(line.slice(0, m.index))) continue;
    starts.push(m.index);
    next++;
  }
  return next > 2 ? starts : [];
}

// The front matter's lines, in each language's words: "Fourth session" / "Vienna, 8-17 October
// 2008", "Item 3 of the provisional agenda*", "Note by the Secretariat".
const any = (pick: (l: (typeof LANGUAGES)[number]['frontMatter']) => string) =>
  LANGUAGES.map((l) => pick(l.frontMatter)).join('|');
const FRONT = [
  new RegExp(
    `\\s+(?=\\p{Lu}[\\p{L}-]*(?:\\s+[\\p{L}-]+)?\\s+(?:${any((f) => f.session)})\\s+\\p{Lu}[\\p{L}-]+,\\s+\\d)`,
    'gu',
  ),
  new RegExp(`(?<=\\s(?:${any((f) => f.session)}))\\s+(?=\\p{Lu}[\\p{L}-]+,\\s+\\d)`, 'gu'),
  new RegExp(
    `\\s+(?=(?:${any((f) => f.agendaItems)})\\s+\\d[\\d,\\sandи]*(?:${any((f) => f.agendaOf)}))`,
    'gu',
  ),
  new RegExp(`(?<=(?:${any((f) => f.agendaOf)})(?:\\s*\\*)?)\\s+(?!\\*)`, 'gu'),
  new RegExp(`\\s+(?=(?:${any((f) => f.noteLine)})(?:\\s|$))`, 'gu'),
  new RegExp(`(?<=(?:${any((f) => f.noteLine)}))\\s+`, 'gu'),
];

// The masthead's symbol between "United Nations" and the body's name, apart.
const SYMBOL = /\s+([A-Z]{2,6}(?:\/[A-Za-z0-9.]+){2,})\s+/u;

function splitLine(line: string): string {
  // Paragraphs first, on the line as it came (their offsets are its own).
  const starts = paragraphStarts(line);
  let out = '';
  let from = 0;
  for (const at of starts) {
    out += `${line.slice(from, at).trimEnd()}\n\n`;
    from = at;
  }
  out += line.slice(from);
  // Only in the masthead, before "Distr.:": a symbol later on is one the text cites.
  const distr = out.indexOf('Distr.:');
  if (distr > 0) out = out.slice(0, distr).replace(SYMBOL, '\n$1\n') + out.slice(distr);
  return out
    .split('\n')
    .map((part) =>
      FRONT.reduce(
        (t, re) => t.replace(re, '\n'),
        part.replace(FURNITURE, '\n$1\n').replace(MASTHEAD, '\n'),
      )
        .replace(LEADER, '\n')
        .replace(ENTRY, '\n\n'),
    )
    .join('\n')
    .split('\n')
    .map((l) => l.trim())
    .join('\n');
}

/** Whether a long line holds a page's structure: a masthead, a contents list or paragraphs 1, 2, 3. */
const runTogether = (line: string) =>
  line.length > LONG &&
  (/Distr\.:/u.test(line) ||
    (line.match(LEADER) ?? []).length >= 3 ||
    paragraphStarts(line).length >= 3);

/** The text with each line that holds a whole page split where its print broke it. */
export function unblob(text: string): string {
  const lines = text.split('\n');
  const split = lines.some(runTogether)
    ? lines
        .map((l) => (runTogether(l) ? splitLine(l) : l))
        .join('\n')
        .split('\n')
    : lines;
  return headingsApart(split).join('\n');
}

// A chapter or section heading at a line's start: "II. Recommendations …", "A. Implementation …".
const HEADING = /^(?:[IVX]{1,5}|[A-HА-Е])\.\s+\p{Lu}/u;
const LEADS = /^(\d{1,3})\.\s+\p{Lu}/u;

/**
 * "II. Recommendations adopted by the Working Group 2. The Working Group …": a heading run on
 * into the paragraph numbered next, set apart (a blank line between). Only a heading's line,
 * and only the number that continues the paragraphs, so "paragraph 2. The …" stays whole.
 */
function headingsApart(lines: readonly string[]): string[] {
  let last = 0;
  return lines.flatMap((line) => {
    const t = line.trim();
    const lead = LEADS.exec(t);
    if (lead && Number(lead[1]) === last + 1) last++;
    if (!HEADING.test(t)) return [line];
    const m = new RegExp(`\\s(${String(last + 1)})\\.\\s+(?=\\p{Lu})`, 'u').exec(t);
    if (!m) return [line];
    last++;
    return [t.slice(0, m.index), '', t.slice(m.index + 1)];
  });
}
