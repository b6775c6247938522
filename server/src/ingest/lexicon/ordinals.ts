// Ordinals that number meetings and sessions: "одиннадцатое совещание", "двенадцатым
// совещанием", "на десятой сессии", "the ninth meeting", "10th session", "10-е совещание".
import { LANGUAGES } from '../lang/index.js';
import type { OrdinalMention } from '../types.js';

// Every language's ordinal words, each with the tens word that may precede it ("двадцать
// первое", "twenty-first"): the tens word is captured apart so that a stray "двадцать" before
// "десятое" is not read as 30. Group names carry the language's index.
const WORDS = LANGUAGES.map(
  (l, i) =>
    `(?<![\\p{L}\\p{N}])(?:(?<h${String(i)}>${l.words.ordinal.hundreds})[\\s-]+)?(?:(?<t${String(i)}>${l.words.ordinal.tens})[\\s-]+)?(?<w${String(i)}>${l.words.ordinal.word})(?![\\p{L}\\p{N}])`,
);
const ORDINAL = new RegExp(
  [
    ...WORDS,
    // "10-е", "5-й", "9th", "21st".
    `(?<![\\p{L}\\p{N}])(?<digits>\\d{1,3})(?:-(?:й|я|е|го|му|м|ю|х|ми|ой|ая|ое|ого|ому|ым|ом|ую|ых|ыми)|(?<suffix>st|nd|rd|th))(?![\\p{L}\\p{N}])`,
  ].join('|'),
  'giu',
);

const anyOf = (pick: (l: (typeof LANGUAGES)[number]) => string) => LANGUAGES.map(pick).join('|');
const NOUN = new RegExp(
  `^\\s+(?:[\\p{L}-]+\\s+)?(?:(${anyOf((l) => l.words.nouns.meeting)})|(${anyOf((l) => l.words.nouns.session)}))(?![\\p{L}\\p{N}])`,
  'iu',
);
// "девятое и десятое совещания", "the ninth and tenth meetings": the first shares the noun.
const COORDINATION = /^(?:\s*,\s*(?:(?:и|and|or|или)\s+)?|\s+(?:и|and|or|или)\s+)$/iu;

// A clause that repeats an earlier one's verb and noun: ", а восьмая", ", and the ninth".
const ELLIPSIS = /,\s*(?:а|и|and|while|whereas)\s+(?:the\s+|its\s+|ее\s+|её\s+)?$/iu;

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
    const whole = m[0];
    const g = m.groups ?? {};
    let start = m.index;
    let value: number;
    const lang = LANGUAGES.findIndex((_, i) => g[`w${String(i)}`] !== undefined);
    if (lang >= 0) {
      const word = g[`w${String(lang)}`] ?? '';
      const tens = g[`t${String(lang)}`];
      const hundreds = g[`h${String(lang)}`];
      const unit = LANGUAGES[lang]?.words.ordinalValue(word) ?? 0;
      const ten = tens === undefined ? 0 : (LANGUAGES[lang]?.words.tensValue(tens) ?? 0);
      const hundred =
        hundreds === undefined ? 0 : (LANGUAGES[lang]?.words.hundredsValue(hundreds) ?? 0);
      // "one hundred and third", "сто двадцать третье"; a "hundred" before "hundredth" is none.
      const below = ten > 0 && unit < 10 ? ten + unit : unit;
      if (hundred > 0 && below < 100) value = hundred + below;
      else if (ten > 0 && unit < 10) {
        value = ten + unit;
        if (hundreds !== undefined) start += whole.length - word.length - (tens?.length ?? 0) - 1;
      } else {
        value = unit;
        if (tens !== undefined || hundreds !== undefined) start += whole.length - word.length;
      }
    } else {
      value = Number(g.digits);
      if (g.suffix !== undefined && !suffixFits(value, g.suffix)) continue;
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
  // "Восемьдесят восьмая сессия … прошла …, а восемьдесят девятая – там же …", "the
  // eighty-eighth session was held …, and the eighty-ninth on …": the later one shares the noun.
  for (let i = 1; i < out.length; i++) {
    const cur = out[i];
    const before = out.slice(0, i).findLast((o) => o.noun !== null);
    if (cur && before && cur.noun === null && ELLIPSIS.test(s.slice(0, cur.start)))
      cur.noun = before.noun;
  }
  return out;
}
