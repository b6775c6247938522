// Phrases that look like the name of a body ("Рабочая группа по космическому мусору",
// "Working Group on Space Debris") but match no reference name. They are reported, not
// guessed: a new body must be added to the reference data by a person.

export interface Token {
  start: number;
  end: number;
  /** Lower-cased Snowball stem ("ё" read as "е"); other tokens ("9/1") lower-cased. */
  stem: string;
  /** The next token continues a name (only white space and commas between). */
  joins: boolean;
}

/** A name of a reference entity as a sequence of stems. */
export interface Name {
  id: string;
  stems: string[];
}

/** A name found at tokens first..last. */
export interface Match {
  first: number;
  last: number;
  id: string;
}

// "Рабочая группа", "рабочей группы", "Working Group(s)", "expert group", "группа экспертов".
export const HEADS: [string, string][] = [
  ['рабоч', 'групп'],
  ['work', 'group'],
  ['expert', 'group'],
  ['групп', 'эксперт'],
];
const PREPOSITIONS = new Set(['по', 'on']);
/** Possessives, which open no body's name after "on"/"по" ("on its future work", "по их"), as stems. */
export const POSSESSIVES = new Set(['it', 'their', 'е', 'его', 'их', 'сво']);
const GROUP_RU = 'групп';
// Up to how many capitalised words a name ending in "Group" has before it.
const TITLED_WORDS = 3;

/**
 * The token index of "Group" when a run of 1–3 capitalised English words starting at `i` ends
 * in it ("Implementation Review Group"); null otherwise. A run that starts a head this module
 * reads otherwise ("Working Group on …") is left to it.
 */
function titledGroupEnd(tokens: Token[], s: string, i: number, taken: boolean[]): number | null {
  const first = tokens[i];
  if (!first || taken[i] === true || !/^[A-Z][a-z-]+$/.test(wordAt(s, first))) return null;
  if (first.stem === 'the') return null;
  if (HEADS.some(([h1]) => first.stem === h1)) return null;
  for (let q = i + 1; q <= i + TITLED_WORDS; q++) {
    const t = tokens[q];
    const prev = tokens[q - 1];
    if (!t || !prev || taken[q] === true || !plainGap(s, prev, t)) return null;
    const word = wordAt(s, t);
    if (word === 'Group') {
      const next = tokens[q + 1];
      // "… Group on Capitalised Words" goes on past "Group" (not read here); "… Group on its
      // seventh session" ends at it.
      const after = tokens[q + 2];
      const goesOn =
        next &&
        plainGap(s, t, next) &&
        PREPOSITIONS.has(next.stem) &&
        after &&
        isCapital(wordAt(s, after));
      return goesOn ? null : q;
    }
    if (!/^[A-Z][a-z-]+$/.test(word) || HEADS.some(([h1]) => t.stem === h1)) return null;
  }
  return null;
}
// Words allowed between the head and "по"/"on": "правительственных экспертов открытого
// состава", "of Government Experts".
const WINDOW = 5;
// The words of a name after "по"/"on" read at most: UN names have up to about nine ("on
// Prevention and Suppression of Illicit Trafficking in Cultural Property"). Six cut such a name
// without a word (issue 32); a phrase that reaches this bound is marked `cut`, and the rules say so.
export const PHRASE_WORDS = 12;
// Words that end a name: conjunctions, locations, auxiliaries and the verbs of the genre.
const STOP = new Set(
  (
    'и или а но для в во на что как когда также не из при от к о об у до после перед был была было были ' +
    'будет будут and or to for which that was were is are will shall would should has have ' +
    'had met held at with by as be been in'
  ).split(' '),
);
// Russian verb endings: past ("провел", "провела", "провели" — a vowel before "л", unlike
// "торговли"), present, infinitive, reflexive ("планирует", "соберется").
const RU_VERB = /(?:[аеиоуыя]л[аои]?|ет|ит|ют|ят|ать|ять|ить|еть|ться|тся|ась|ось)$/u;
// Lower-case words inside a title-case English name.
const EN_CONNECTORS = new Set(['of', 'in', 'for', 'against', 'and']);
// …and those allowed only before another capitalised word: "Working Group on Crimes that
// Affect the Environment", but "Working Group on Firearms to advise the Conference" ends at
// "Firearms".
const EN_INNER = new Set(['that', 'which', 'on', 'to', 'with', 'from', 'under', 'by']);
// "в рамках", "в целях": what follows is no longer the name.
const RU_ADVERBIAL = new Set(
  'рамках целях соответствии качестве течение ходе связи период порядке интересах случае том'.split(
    ' ',
  ),
);
// A lower-case English name's inner words, and what after them is no longer the name.
const EN_LINKS = new Set(['in', 'of', 'against', 'for', 'that']);
const EN_ADVERBIAL = new Set(
  'the a an its their this that these those order accordance particular view line addition which time relation respect shall should will would is are was were has have had may can could must be'.split(
    ' ',
  ),
);
// A Russian participle that goes on with the name after a comma: "Рабочая группа по
// преступлениям, наносящим ущерб окружающей среде".
const RU_PARTICIPLE = /(?:ущ|ющ|ащ|ящ)(?:ий|ая|ее|ие|его|ей|их|им|ими|ему|ую|ем|ые)$/u;

const wordAt = (s: string, t: Token): string => s.slice(t.start, t.end);
const plainGap = (s: string, a: Token, b: Token): boolean => /^\s+$/u.test(s.slice(a.end, b.start));
const isCapital = (w: string): boolean => /^\p{Lu}/u.test(w);

/**
 * The last token of the noun phrase after the preposition at `k` ("по космическому мусору"),
 * and whether it stopped only at PHRASE_WORDS (`cut`: the name may go on); null when nothing
 * name-like follows the preposition.
 */
export function phraseAfter(
  tokens: Token[],
  s: string,
  k: number,
  taken: boolean[],
): { last: number; cut: boolean } | null {
  const first = tokens[k + 1];
  const prep = tokens[k];
  if (!first || !prep || taken[k + 1] === true || !plainGap(s, prep, first)) return null;
  const english = /^[A-Za-z]/.test(wordAt(s, first));
  const titleCase = english && isCapital(wordAt(s, first));
  let last = k;
  let cut = false;
  for (let q = k + 1; q <= k + PHRASE_WORDS; q++) {
    const t = tokens[q];
    const prev = tokens[q - 1];
    if (!t || !prev || taken[q] === true) break;
    const word = wordAt(s, t);
    const lower = word.toLowerCase();
    const gap = s.slice(prev.end, t.start);
    // "the" is not a token: "… that Affect the Environment" has it in the gap.
    // A lower-case English name takes "the" before a lower-case noun: "on crimes that affect the
    // environment".
    const article =
      english &&
      /^\s+the\s+$/iu.test(gap) &&
      (titleCase ? isCapital(word) : /^\p{Ll}/u.test(word) && last === q - 1);
    const participle = !english && /^,\s+$/u.test(gap) && RU_PARTICIPLE.test(lower);
    if (q > k + 1 && !plainGap(s, prev, t) && !article && !participle) break;
    if (/\p{N}/u.test(word)) break;
    if (titleCase) {
      const next = tokens[q + 1];
      const beforeCapital =
        next !== undefined && plainGap(s, t, next) && isCapital(wordAt(s, next));
      if (!isCapital(word) && !EN_CONNECTORS.has(lower) && !(EN_INNER.has(lower) && beforeCapital))
        break;
      if (lower === 'and' && !isCapital(wordAt(s, tokens[q + 1] ?? t))) break;
    } else {
      // "по сотрудничеству в борьбе с киберпреступностью", "в области …": "в" goes on with a
      // lower-case noun; "в Вене", "в рамках …", "в целях …" end the name.
      const next = wordAt(s, tokens[q + 1] ?? t);
      const inName =
        (((lower === 'в' || lower === 'во') && !english && !RU_ADVERBIAL.has(next.toLowerCase())) ||
          // "on trafficking in cultural property", "on crimes against wildlife": a lower-case
          // English name goes on with a noun; "in the …", "in order to" end it.
          (english && EN_LINKS.has(lower) && !EN_ADVERBIAL.has(next))) &&
        q > k + 1 &&
        /^\p{Ll}/u.test(next);
      if (STOP.has(lower) && !inName) break;
      // A capitalised word after the first is another name ("… Конференции").
      if (q > k + 1 && isCapital(word)) break;
      if (!english && word.length > 3 && RU_VERB.test(lower)) break;
    }
    last = q;
    // The bound reached with a word still joined to the name: it may go on.
    const after = tokens[q + 1];
    cut = q === k + PHRASE_WORDS && after !== undefined && plainGap(s, t, after);
  }
  const trailing = (w: string) => EN_CONNECTORS.has(w) || EN_INNER.has(w);
  while (last > k && trailing(wordAt(s, tokens[last] ?? prep).toLowerCase())) last--;
  return last > k ? { last, cut } : null;
}

/**
 * [first, preposition, last, cut] token ranges of body-like phrases (`cut`: read to
 * PHRASE_WORDS). The head may lie inside a shorter match ("группы экспертов" in "рабочей группы
 * экспертов по вопросам торговли"): the caller decides; a phrase whose preposition belongs to a
 * match is that match's name.
 */
export function bodyLikePhrases(
  tokens: Token[],
  s: string,
  taken: boolean[],
): [number, number, number, boolean][] {
  const out: [number, number, number, boolean][] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (!a || !b || !plainGap(s, a, b)) continue;
    // "Группу по обзору хода осуществления": a capitalised "Group" with "по"/"on" after it.
    if (
      a.stem === GROUP_RU &&
      isCapital(wordAt(s, a)) &&
      PREPOSITIONS.has(b.stem) &&
      taken[i] !== true
    ) {
      const phrase = taken[i + 1] === true ? null : phraseAfter(tokens, s, i + 1, taken);
      if (phrase !== null) {
        out.push([i, i + 1, phrase.last, phrase.cut]);
        i = phrase.last;
        continue;
      }
    }
    // "the Implementation Review Group": capitalised words before a capitalised "Group".
    const named = titledGroupEnd(tokens, s, i, taken);
    if (named !== null) {
      out.push([i, named, named, false]);
      i = named;
      continue;
    }
    if (!HEADS.some(([h1, h2]) => a.stem === h1 && b.stem === h2)) continue;
    for (let k = i + 2; k <= i + 1 + WINDOW; k++) {
      const t = tokens[k];
      const prev = tokens[k - 1];
      if (!t || !prev || !plainGap(s, prev, t)) break;
      if (PREPOSITIONS.has(t.stem)) {
        const phrase =
          taken[k] === true || POSSESSIVES.has(tokens[k + 1]?.stem ?? '')
            ? null
            : phraseAfter(tokens, s, k, taken);
        if (phrase !== null) {
          out.push([i, k, phrase.last, phrase.cut]);
          i = phrase.last;
        }
        break;
      }
      const word = wordAt(s, t).toLowerCase();
      // "the expert group agreed on a revised timetable": a verb between, its "on" no name's.
      if (STOP.has(word) || /^\p{Ll}+ed$/u.test(word)) break;
    }
  }
  return out;
}
