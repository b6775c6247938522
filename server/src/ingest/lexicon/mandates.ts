// Mentions of the Conference's decisions and resolutions: "резолюцией 7/1", "decisions 2/6 and
// 3/2", and the back-references ("этой же резолюции", "the same resolution") the rules resolve
// from context.
import { LANGUAGES } from '../lang/index.js';
import { findDateRanges } from './dates.js';
import type { MandateMention } from '../types.js';

// JavaScript's \b only knows ASCII letters, so word edges are spelled out for Cyrillic.
const NOT_AFTER_WORD = String.raw`(?<![\p{L}\p{N}])`;
const NOT_BEFORE_WORD = String.raw`(?![\p{L}\p{N}])`;

// Every case, singular and plural, of each language's nouns (lang/: mandateWords).
const nouns = (type: 'RESOLUTION' | 'DECISION') =>
  LANGUAGES.map((l) => l.mandateWords[type]).join('|');
const KEYWORD = new RegExp(
  `${NOT_AFTER_WORD}(?:(${nouns('RESOLUTION')})|(${nouns('DECISION')}))${NOT_BEFORE_WORD}`,
  'giu',
);
// "N/M" right after the keyword; a further "/" would make it a document symbol or a date.
const FIRST_NUMBER = /^\s+(\d{1,3}\/\d{1,3})(?![\p{L}\p{N}/])/u;
// "5/3 и 5/4", "2/6, 3/2 and 4/4", "5/3, and 5/4": the keyword is shared by the list.
const NEXT_NUMBER =
  /^(?:\s*,\s*(?:(?:и|and|or|или)\s+)?|\s+(?:и|and|or|или)\s+)(\d{1,3}\/\d{1,3})(?![\p{L}\p{N}/])/iu;

// Resolutions of other organs use the same N/M numbering; they are not the Conference's.
const otherOrganBefore = (s: string) =>
  LANGUAGES.some((l) => l.mandateWords.otherOrganBefore.test(s));
const otherOrganAfter = (s: string) =>
  LANGUAGES.some((l) => l.mandateWords.otherOrganAfter.test(s));

function mention(
  s: string,
  start: number,
  end: number,
  type: MandateMention['type'],
  number: string | null,
): MandateMention {
  const id = number === null ? null : `${type.toLowerCase()}/${number}`;
  return { start, end, text: s.slice(start, end), type, number, id };
}

// How far back a demonstrative or an organ's name is looked for: a few words.
const LOOK_BACK = 60;

function backReference(s: string, start: number, plural: boolean): number | null {
  const from = Math.max(0, start - LOOK_BACK);
  const before = s.slice(from, start);
  for (const l of LANGUAGES) {
    const m = (plural ? l.mandateWords.backPlural : l.mandateWords.backSingular).exec(before);
    if (m) return from + m.index;
  }
  return null;
}

const OF = /^\s*,?\s+(?:of|от)\s+/iu;

/** The single date right after "of" / "от" at the start of `rest`: ISO, and where it ends. */
function dateAfter(rest: string): { date: string; end: number } | null {
  const of = OF.exec(rest);
  if (!of) return null;
  const d = findDateRanges(rest.slice(of[0].length))[0];
  return d && d.start === 0 && d.startDate === d.endDate
    ? { date: d.startDate, end: of[0].length + d.end }
    : null;
}

export function findMandates(s: string): MandateMention[] {
  const out: MandateMention[] = [];
  for (const k of s.matchAll(KEYWORD)) {
    const keyword = k[0];
    const start = k.index;
    const type: MandateMention['type'] = k[1] !== undefined ? 'RESOLUTION' : 'DECISION';
    let pos = start + k[0].length;
    const first = FIRST_NUMBER.exec(s.slice(pos));
    if (!first) {
      // Only the English demonstratives differ in number ("this"/"these").
      const from = backReference(s, start, /s$/iu.test(keyword));
      if (from !== null) out.push(mention(s, from, pos, type, null));
      continue;
    }
    if (otherOrganBefore(s.slice(Math.max(0, start - LOOK_BACK), start))) continue;
    const found: MandateMention[] = [];
    pos += first[0].length;
    found.push(mention(s, start, pos, type, first[1] ?? null));
    // "its resolutions 5/1 of 18 October 2010, 5/5 of 22 October 2010 and 7/1 of …": each number
    // may carry its own date, and the list goes on after it.
    const dated = () => {
      const date = dateAfter(s.slice(pos));
      const last = found.at(-1);
      if (date && last) {
        last.date = date.date;
        pos += date.end;
      }
    };
    dated();
    for (let next = NEXT_NUMBER.exec(s.slice(pos)); next; next = NEXT_NUMBER.exec(s.slice(pos))) {
      const num = next[1] ?? '';
      const numStart = pos + next[0].length - num.length;
      pos += next[0].length;
      found.push(mention(s, numStart, pos, type, num));
      dated();
    }
    if (otherOrganAfter(s.slice(pos))) continue;
    out.push(...found);
  }
  return out;
}
