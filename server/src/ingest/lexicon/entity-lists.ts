// Coordinated lists that drop the head noun after the first item: "рабочие группы по
// торговле людьми, по незаконному ввозу мигрантов и по огнестрельному оружию", "the Working
// Groups on International Cooperation and on Technical Assistance". Each item is a body.
import { phraseAfter, POSSESSIVES, type Match, type Name, type Token } from './entity-phrases.js';

// The preposition the items start with.
const LIST_PREPOSITIONS = new Set(['по', 'on']);
const CONJUNCTIONS = new Set(['и', 'или', 'and', 'or']);
// The longest item looked for, in words.
const MAX_ITEM = 12;

/**
 * The body named by `head` ("рабочие группы") plus `item` ("по незаконному ввозу
 * мигрантов"). A name with more words between them ("Рабочая группа правительственных
 * экспертов по технической помощи") counts when it is the only one that fits.
 */
function resolveItem(names: Name[], head: string[], item: string[]): string | null {
  const ids = new Set<string>();
  for (const n of names) {
    const split = n.stems.length - item.length;
    if (split <= 0 || n.stems.slice(split).join(' ') !== item.join(' ')) continue;
    const before = n.stems.slice(0, split);
    if (before.join(' ') === head.join(' ')) return n.id;
    if (before[0] === head[0] && before[1] === head[1]) ids.add(n.id);
  }
  const [only, ...more] = [...ids];
  return only !== undefined && more.length === 0 ? only : null;
}

/**
 * The items of a list that continues after `match`: each "по …"/"on …" with the body it
 * names, or, when it names none, its token range and whether it was cut at PHRASE_WORDS (to be
 * reported as unmatched).
 */
export function listSegments(
  tokens: Token[],
  s: string,
  names: Name[],
  match: Match,
  taken: boolean[],
): (Match | [number, number, boolean])[] {
  const inside = tokens.slice(match.first, match.last + 1);
  const headLength = inside.findIndex((t) => LIST_PREPOSITIONS.has(t.stem));
  const prep = inside[headLength];
  if (headLength <= 0 || !prep) return [];
  const head = inside.slice(0, headLength).map((t) => t.stem);
  const out: (Match | [number, number, boolean])[] = [];
  for (let end = match.last; tokens[end]?.joins === true;) {
    let p = end + 1;
    if (CONJUNCTIONS.has(tokens[p]?.stem ?? '') && tokens[p]?.joins === true) p++;
    if (tokens[p]?.stem !== prep.stem || taken[p] === true) break;
    // "… on International Cooperation on its eighty-third session": no name after "on its".
    if (POSSESSIVES.has(tokens[p + 1]?.stem ?? '')) break;
    let found: Match | null = null;
    for (let q = p; q < p + MAX_ITEM && q < tokens.length && taken[q] !== true; q++) {
      const stems = tokens.slice(p, q + 1).map((t) => t.stem);
      const id = resolveItem(names, head, stems);
      if (id) found = { first: p, last: q, id };
      if (tokens[q]?.joins !== true) break;
    }
    if (found) {
      out.push(found);
      end = found.last;
      continue;
    }
    const phrase = phraseAfter(tokens, s, p, taken);
    if (!phrase) break;
    out.push([p, phrase.last, phrase.cut]);
    end = phrase.last;
  }
  return out;
}
