// Dates and date ranges in prose: "9–11 сентября 2019 года", "30 сентября – 2 октября 2020
// года", "с 9 по 11 сентября 2019 года", "from 9 to 11 September 2019", "September 9–11,
// 2019", "10 September 2020". Output is ISO; a date that does not exist is not a date.
import { LANGUAGES } from '../lang/index.js';
import type { DateRangeMention } from '../types.js';

const DAY = String.raw`(?<![\p{L}\p{N}])(\d{1,2})`;
const YEAR = String.raw`(\d{4})(?![\p{L}\p{N}])`;
// En dash, hyphen and em dash (spaced or not), for "September 9–11, 2019".
const DASH = String.raw`\s*[-–—]\s*`;

type Field = 'd1' | 'm1' | 'y1' | 'd2' | 'm2' | 'y2';
interface Pattern {
  re: RegExp;
  /** Which capture group is which field; a missing field repeats its counterpart. */
  fields: Field[];
}

const pattern = (source: string, fields: Field[]): Pattern => ({
  re: new RegExp(source, 'giu'),
  fields,
});

// Each language's forms (lang/: words.months, words.dates), most specific first.
const PATTERNS: Pattern[] = LANGUAGES.flatMap(({ words: w }) => {
  const MONTH = `(${w.months.join('|')})`;
  // The year's word is part of the phrase: "2019 года", "2019 г.".
  const Y = w.dates.afterYear ? `${YEAR}(?:${w.dates.afterYear})?` : YEAR;
  const TO = `(?:${w.dates.to})`;
  const FROM = `(?:${w.dates.from})?`;
  return [
    pattern(`${FROM}${DAY}\\s+${MONTH}\\s+${Y}${TO}${DAY}\\s+${MONTH}\\s+${Y}`, [
      'd1',
      'm1',
      'y1',
      'd2',
      'm2',
      'y2',
    ]),
    pattern(`${FROM}${DAY}\\s+${MONTH}${TO}${DAY}\\s+${MONTH}\\s+${Y}`, [
      'd1',
      'm1',
      'd2',
      'm2',
      'y2',
    ]),
    pattern(`${FROM}${DAY}${TO}${DAY}\\s+${MONTH}\\s+${Y}`, ['d1', 'd2', 'm2', 'y2']),
    // A two-day meeting: "10 и 11 сентября 2020 года", "on 10 and 11 September 2020".
    pattern(`${DAY}${w.dates.and}${DAY}\\s+${MONTH}\\s+${Y}`, ['d1', 'd2', 'm2', 'y2']),
    ...(w.monthFirst
      ? [pattern(`${MONTH}\\s+${DAY}(?:${DASH}(\\d{1,2}))?,?\\s+${YEAR}`, ['m1', 'd1', 'd2', 'y2'])]
      : []),
    pattern(`${DAY}\\s+${MONTH}\\s+${Y}`, ['d2', 'm2', 'y2']),
  ];
});

interface Candidate {
  start: number;
  end: number;
  range: { startDate: string; endDate: string } | null;
}

function monthNumber(name: string): number {
  const n = name.toLowerCase();
  for (const l of LANGUAGES) {
    const i = l.words.months.findIndex((m) => m.toLowerCase() === n);
    if (i >= 0) return i + 1;
  }
  return 0;
}

function iso(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  // Date rolls 31 June over to 1 July; a rolled-over date did not exist.
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    return null;
  }
  return d.toISOString().slice(0, 10);
}

function toRange(m: RegExpMatchArray, fields: Field[]): Candidate['range'] {
  const f = new Map<Field, string>();
  fields.forEach((name, i) => {
    const v = m[i + 1];
    if (v !== undefined) f.set(name, v);
  });
  const d2 = Number(f.get('d2') ?? f.get('d1'));
  const m2 = monthNumber(f.get('m2') ?? f.get('m1') ?? '');
  const y2 = Number(f.get('y2') ?? f.get('y1'));
  const start = iso(
    Number(f.get('y1') ?? y2),
    monthNumber(f.get('m1') ?? '') || m2,
    Number(f.get('d1') ?? d2),
  );
  const end = iso(y2, m2, d2);
  return start && end && start <= end ? { startDate: start, endDate: end } : null;
}

export function findDateRanges(s: string): DateRangeMention[] {
  const all: Candidate[] = PATTERNS.flatMap(({ re, fields }) =>
    [...s.matchAll(re)].map((m) => ({
      start: m.index,
      end: m.index + m[0].length,
      range: toRange(m, fields),
    })),
  );
  // Leftmost, then longest, valid or not: the "31 June 2020" inside "30–31 June 2020" must
  // not survive on its own when the range it belongs to is impossible.
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateRangeMention[] = [];
  let covered = 0;
  for (const c of all) {
    if (c.start < covered) continue;
    covered = c.end;
    if (c.range)
      out.push({ start: c.start, end: c.end, text: s.slice(c.start, c.end), ...c.range });
  }
  return out;
}
