// Mentions of the Conference's decisions and resolutions: "резолюцией 7/1", "decisions 2/6 and
// 3/2", and the back-references ("этой же резолюции", "the same resolution") the rules resolve
// from context.
import type { MandateMention } from '../types.js';

// JavaScript's \b only knows ASCII letters, so word edges are spelled out for Cyrillic.
const NOT_AFTER_WORD = String.raw`(?<![\p{L}\p{N}])`;
const NOT_BEFORE_WORD = String.raw`(?![\p{L}\p{N}])`;

// Every case, singular and plural, of the two Russian nouns and the English ones.
const KEYWORD = new RegExp(
  `${NOT_AFTER_WORD}(резолюци(?:я|и|ю|ей|ий|ях|ям|ями)|решени(?:е|я|ю|ем|и|й|ях|ям|ями)|resolutions?|decisions?)${NOT_BEFORE_WORD}`,
  'giu',
);
// "N/M" right after the keyword; a further "/" would make it a document symbol or a date.
const FIRST_NUMBER = /^\s+(\d{1,3}\/\d{1,3})(?![\p{L}\p{N}/])/u;
// "5/3 и 5/4", "2/6, 3/2 and 4/4", "5/3, and 5/4": the keyword is shared by the list.
const NEXT_NUMBER =
  /^(?:\s*,\s*(?:(?:и|and|or|или)\s+)?|\s+(?:и|and|or|или)\s+)(\d{1,3}\/\d{1,3})(?![\p{L}\p{N}/])/iu;

// The demonstratives of a back-reference. Forms of "тот" need "же" ("той же резолюции"):
// alone they are too often something else ("то решение" in "если…, то решение…").
const RU_THIS =
  'эт(?:от|а|о|ой|ого|ому|им|ом|у|и|их|ими)|(?:дан|указан|упомянут|вышеупомянут)(?:н)?(?:ый|ая|ое|ой|ого|ому|ым|ом|ую|ые|ых|ыми)|настоящ(?:ий|ая|ее|ей|его|ему|им|ем|ую|ие|их|ими)';
const RU_THAT = 'т(?:от|а|ой|ого|ому|ем|ом|у|е|ех|еми)';
const RU_BACK = new RegExp(
  `${NOT_AFTER_WORD}(?:(?:${RU_THIS})(?:\\s+же)?|(?:${RU_THAT})\\s+же)\\s+$`,
  'iu',
);
const EN_BACK_SINGULAR =
  /(?<![\p{L}\p{N}])(?:this|that|the same|the said|said|the above(?:-mentioned)?|the aforementioned|the present)\s+$/iu;
const EN_BACK_PLURAL =
  /(?<![\p{L}\p{N}])(?:these|those|the same|the said|said|the above(?:-mentioned)?|the aforementioned)\s+$/iu;

// Resolutions of other organs use the same N/M numbering; they are not the Conference's.
const OTHER_ORGAN_BEFORE =
  /(?:General\s+Assembly|Security\s+Council|Economic\s+and\s+Social\s+Council)\s+$/iu;
const OTHER_ORGAN_AFTER =
  /^\s+(?:Генеральной\s+Ассамблеи|Совета\s+Безопасности|Экономического\s+и\s+Социального\s+Совета|of\s+the\s+(?:General\s+Assembly|Security\s+Council))/iu;

function typeOf(keyword: string): MandateMention['type'] {
  return /^(?:рез|res)/iu.test(keyword) ? 'RESOLUTION' : 'DECISION';
}

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

function backReference(s: string, start: number, keyword: string): number | null {
  const from = Math.max(0, start - LOOK_BACK);
  const before = s.slice(from, start);
  // Only the English demonstratives differ in number; the Russian ones agree by ending.
  const english = /s$/iu.test(keyword) ? EN_BACK_PLURAL : EN_BACK_SINGULAR;
  const m = RU_BACK.exec(before) ?? english.exec(before);
  return m ? from + m.index : null;
}

export function findMandates(s: string): MandateMention[] {
  const out: MandateMention[] = [];
  for (const k of s.matchAll(KEYWORD)) {
    const keyword = k[1] ?? '';
    const start = k.index;
    const type = typeOf(keyword);
    let pos = start + k[0].length;
    const first = FIRST_NUMBER.exec(s.slice(pos));
    if (!first) {
      const from = backReference(s, start, keyword);
      if (from !== null) out.push(mention(s, from, pos, type, null));
      continue;
    }
    if (OTHER_ORGAN_BEFORE.test(s.slice(Math.max(0, start - LOOK_BACK), start))) continue;
    const found: MandateMention[] = [];
    pos += first[0].length;
    found.push(mention(s, start, pos, type, first[1] ?? null));
    for (let next = NEXT_NUMBER.exec(s.slice(pos)); next; next = NEXT_NUMBER.exec(s.slice(pos))) {
      const num = next[1] ?? '';
      const numStart = pos + next[0].length - num.length;
      pos += next[0].length;
      found.push(mention(s, numStart, pos, type, num));
    }
    if (OTHER_ORGAN_AFTER.test(s.slice(pos))) continue;
    out.push(...found);
  }
  return out;
}
