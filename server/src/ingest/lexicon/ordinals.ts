// Ordinals that number meetings and sessions: "одиннадцатое совещание", "двенадцатым
// совещанием", "на десятой сессии", "the ninth meeting", "10th session", "10-е совещание".
import type { OrdinalMention } from '../types.js';

const RU_STEMS: [string, number][] = [
  ['перв', 1],
  ['втор', 2],
  ['четверт', 4],
  ['пят', 5],
  ['шест', 6],
  ['седьм', 7],
  ['восьм', 8],
  ['девят', 9],
  ['десят', 10],
  ['одиннадцат', 11],
  ['двенадцат', 12],
  ['тринадцат', 13],
  ['четырнадцат', 14],
  ['пятнадцат', 15],
  ['шестнадцат', 16],
  ['семнадцат', 17],
  ['восемнадцат', 18],
  ['девятнадцат', 19],
  ['двадцат', 20],
  ['тридцат', 30],
];
const EN_WORDS = [
  'first second third fourth fifth sixth seventh eighth ninth tenth',
  'eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth',
].flatMap((line) => line.split(' '));
const EN_TENS: [string, number][] = [
  ['twentieth', 20],
  ['thirtieth', 30],
];

const byLength = (a: string, b: string): number => b.length - a.length;
// All genders, numbers and cases of a hard-stem adjective; "третий" declines softly.
const HARD = 'ый|ой|ая|ое|ые|ого|ому|ым|ом|ую|ых|ыми';
const SOFT_THIRD = 'ий|ья|ье|ьи|ьего|ьей|ьему|ьим|ьем|ью|ьих|ьими';
const RU_WORD = `(?:${RU_STEMS.map(([stem]) => stem)
  .sort(byLength)
  .join('|')})(?:${HARD})|трет(?:${SOFT_THIRD})`;
const EN_WORD = [...EN_WORDS, ...EN_TENS.map(([w]) => w)].sort(byLength).join('|');

// "двадцать первое", "twenty-first": the tens word is captured apart so that a stray
// "двадцать" before "десятое" is not read as 30.
const ORDINAL = new RegExp(
  [
    `(?<![\\p{L}\\p{N}])(?:(двадцать)\\s+)?(${RU_WORD})(?![\\p{L}\\p{N}])`,
    `(?<![\\p{L}\\p{N}])(?:(twenty)[\\s-])?(${EN_WORD})(?![\\p{L}\\p{N}])`,
    // "10-е", "5-й", "9th", "21st".
    `(?<![\\p{L}\\p{N}])(\\d{1,3})(?:-(?:й|я|е|го|му|м|ю|х|ми|ой|ая|ое|ого|ому|ым|ом|ую|ых|ыми)|(st|nd|rd|th))(?![\\p{L}\\p{N}])`,
  ].join('|'),
  'giu',
);

const NOUN =
  /^\s+(?:[\p{L}-]+\s+)?(?:(совещани(?:е|я|ю|ем|и|й|ях|ям|ями)|meetings?)|(сесси(?:я|и|ю|ей|й|ях|ям|ями)|sessions?))(?![\p{L}\p{N}])/iu;
// "девятое и десятое совещания", "the ninth and tenth meetings": the first shares the noun.
const COORDINATION = /^(?:\s*,\s*(?:(?:и|and|or|или)\s+)?|\s+(?:и|and|or|или)\s+)$/iu;

// Longest stem first: "пятнадцатое" is 15, not 5.
const RU_BY_LENGTH = [...RU_STEMS].sort((a, b) => byLength(a[0], b[0]));

function ruValue(word: string): number {
  const w = word.toLowerCase();
  if (w.startsWith('трет')) return 3;
  return RU_BY_LENGTH.find(([stem]) => w.startsWith(stem))?.[1] ?? 0;
}

function enValue(word: string): number {
  const w = word.toLowerCase();
  const i = EN_WORDS.indexOf(w);
  return i >= 0 ? i + 1 : (EN_TENS.find(([t]) => t === w)?.[1] ?? 0);
}

// "1st", "2nd", "3rd", but "11th", "12th", "13th".
function suffixFits(n: number, suffix: string): boolean {
  const last = n % 10;
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const expected = teen || last > 3 || last === 0 ? 'th' : ['st', 'nd', 'rd'][last - 1];
  return suffix.toLowerCase() === expected;
}

function nounAfter(s: string, end: number): OrdinalMention['noun'] {
  const m = NOUN.exec(s.slice(end));
  if (!m) return null;
  return m[1] ? 'meeting' : 'session';
}

export function findOrdinals(s: string): OrdinalMention[] {
  const out: OrdinalMention[] = [];
  for (const m of s.matchAll(ORDINAL)) {
    const [whole, ruTens, ruWord, enTens, enWord, digits, enSuffix] = m;
    let start = m.index;
    let value: number;
    if (ruWord !== undefined || enWord !== undefined) {
      const unit = ruWord !== undefined ? ruValue(ruWord) : enValue(enWord ?? '');
      const tens = ruTens ?? enTens;
      if (tens !== undefined && unit < 10) value = 20 + unit;
      else {
        value = unit;
        if (tens !== undefined) start += whole.length - (ruWord ?? enWord ?? '').length;
      }
    } else {
      value = Number(digits);
      if (enSuffix !== undefined && !suffixFits(value, enSuffix)) continue;
    }
    const end = m.index + whole.length;
    if (value <= 0) continue;
    out.push({ start, end, text: s.slice(start, end), value, noun: nounAfter(s, end) });
  }
  for (let i = out.length - 2; i >= 0; i--) {
    const cur = out[i];
    const next = out[i + 1];
    if (cur && next && cur.noun === null && COORDINATION.test(s.slice(cur.end, next.start))) {
      cur.noun = next.noun;
    }
  }
  return out;
}
