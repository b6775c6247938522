// A body a document names that the reference data lacks ("the Working Group on Space Debris",
// "Рабочую группу по космическому мусору"), when a statement is about it: its name in the
// nominative (the head put back in the nominative; the rest, genitives and "по …", does not
// decline) and an id from that name. The Russian and the English text of one document give
// two proposals a reviewer tells apart: nothing here translates a name.
import type { BodyRecord } from '../../domain/model.js';
import { LANGUAGES } from '../lang/index.js';

export interface NewBody {
  id: string;
  /** As the document names it, its head in the nominative. */
  name: string;
  lang: 'en' | 'ru';
  type: BodyRecord['type'];
}

const HEADS: [RegExp, string, BodyRecord['type']][] = [
  [/^рабоч\p{L}*\s+групп\p{L}*/iu, 'Рабочая группа', 'WORKING_GROUP'],
  [/^групп\p{L}*\s+эксперт\p{L}*/iu, 'Группа экспертов', 'EXPERT_GROUP'],
  [/^working\s+groups?/iu, 'Working Group', 'WORKING_GROUP'],
  [/^expert\s+groups?/iu, 'Expert Group', 'EXPERT_GROUP'],
  // "Группу по обзору хода осуществления": a group named by what follows "по".
  [/^групп\p{L}*(?=\s+по\s)/iu, 'Группа', 'WORKING_GROUP'],
];
// "Implementation Review Group": capitalised words before "Group", a name as it stands.
const TITLED_GROUP = /^(?:[A-Z][a-z-]+\s+){1,3}Group$/u;

const LATIN: Record<string, string> = Object.fromEntries(
  'а:a б:b в:v г:g д:d е:e ё:e ж:zh з:z и:i й:i к:k л:l м:m н:n о:o п:p р:r с:s т:t у:u ф:f х:kh ц:ts ч:ch ш:sh щ:shch ъ: ы:y ь: э:e ю:yu я:ya'
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/\p{Script=Cyrillic}/gu, (ch) => LATIN[ch] ?? ch)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

// Words an English body name keeps in lower case ("Working Group on Trafficking in Persons").
const SMALL = new Set('of in on and for against the a an to that with by from or at as'.split(' '));

/**
 * An English name as the UN writes a body's: "working group on crimes that affect the
 * environment" → "… on Crimes that Affect the Environment". (Russian names keep their case: only
 * the head is capitalised there.)
 */
const titleCase = (rest: string): string =>
  rest.replace(/\p{L}[\p{L}'-]*/gu, (w) =>
    SMALL.has(w) || /\p{Lu}/u.test(w) ? w : w.charAt(0).toUpperCase() + w.slice(1),
  );

/** A name on one line: a PDF's "open -ended" (a space before a word's hyphen) made whole. */
const tidyName = (phrase: string): string =>
  phrase
    .replace(/\s+/gu, ' ')
    .replace(/(\p{L}) -(?=\p{Ll})/gu, '$1-')
    .trim();

/** The body a body-like phrase names; null when its head is not one this knows. */
export function newBody(phrase: string): NewBody | null {
  const text = tidyName(phrase);
  if (TITLED_GROUP.test(text))
    return { id: `body/${slug(text)}`, name: text, lang: 'en', type: 'WORKING_GROUP' };
  for (const [head, nominative, type] of HEADS) {
    const m = head.exec(text);
    if (!m) continue;
    const rest = text.slice(m[0].length);
    const name = `${nominative}${/\p{Script=Cyrillic}/u.test(text) ? rest : titleCase(rest)}`;
    return {
      id: `body/${slug(name)}`,
      name,
      lang: /\p{Script=Cyrillic}/u.test(text) ? 'ru' : 'en',
      type,
    };
  }
  return null;
}

/** The group a sentence introduces without a name, proposed under its own words; null when none. */
export function unnamedProposal(sentence: string): NewBody | null {
  for (const l of LANGUAGES) {
    const m = l.unnamedGroup.phrase.exec(sentence);
    const phrase = m?.[1] === undefined ? undefined : tidyName(m[1]);
    // The head alone ("a working group") names nothing a reviewer could tell apart.
    if (!phrase || phrase.split(' ').length < 3) continue;
    const name = l.unnamedGroup.name(phrase);
    return {
      id: `body/${slug(name)}`,
      name,
      lang: l.code,
      type:
        /expert/iu.test(phrase) && !/working|рабоч/iu.test(phrase)
          ? 'EXPERT_GROUP'
          : 'WORKING_GROUP',
    };
  }
  return null;
}
