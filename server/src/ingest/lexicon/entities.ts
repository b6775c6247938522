// Names of reference bodies and instruments in running text, in any grammatical case and in
// either language. Russian declines every word of a name ("Рабочей группе по вопросам…",
// "временную рабочую группу…"), so names and text are compared as sequences of Snowball stems.
import { readFileSync } from 'node:fs';
import { newStemmer } from 'snowball-stemmers';
import { repoPath } from '../../paths.js';
import { referenceFile } from '../../seed/data-schema.js';
import type { EntityMention, ReferenceName, Span } from '../types.js';
import { listSegments } from './entity-lists.js';
import {
  bodyLikePhrases,
  HEADS,
  PHRASE_WORDS,
  type Match,
  type Name,
  type Token,
} from './entity-phrases.js';

const russian = newStemmer('russian');
const english = newStemmer('english');

// A word, or letters and digits joined by "/", "." or a hyphen ("9/1", "WG.4", "open-ended"):
// the parts of a symbol must not be read as words ("CTOC/COP/…" is not the COP).
const TOKEN = /[\p{L}\p{N}]+(?:[./\-\u2010\u2011][\p{L}\p{N}]+)*/gu;
// English names are written with and without the article ("on (the) Smuggling of Migrants").
const IGNORED = new Set(['the']);
// Between the words of a name: white space (page breaks included) and the name's own commas.
const JOINING = /^[\s,]*$/u;

function stemPart(part: string): string {
  if (!/^\p{L}+$/u.test(part)) return part;
  return /[\u0400-\u04FF]/u.test(part) ? russian.stem(part) : english.stem(part);
}

// Stems by word, as printed: a document says the same words thousands of times, and Snowball
// was most of the time a long note took to read (issue 32). Emptied when full, so a text of
// ever new words cannot grow it without end.
const STEMS = new Map<string, string>();
const STEMS_KEPT = 100_000;

export function stem(word: string): string {
  const known = STEMS.get(word);
  if (known !== undefined) return known;
  const stemmed = word
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\u2010\u2011]/g, '-')
    .split('-')
    .map(stemPart)
    .join('-');
  if (STEMS.size >= STEMS_KEPT) STEMS.clear();
  STEMS.set(word, stemmed);
  return stemmed;
}

/** The words of `s` that count, with stems and whether the next word continues a name. */
export function tokenize(s: string): Token[] {
  const words = [...s.matchAll(TOKEN)]
    .map((m) => ({ start: m.index, end: m.index + m[0].length, stem: stem(m[0]) }))
    .filter((w) => !IGNORED.has(w.stem));
  return words.map((w, i) => {
    const next = words[i + 1];
    const gap = next ? s.slice(w.end, next.start).replace(/(?<!\p{L})the(?!\p{L})/giu, '') : '';
    return { ...w, joins: next !== undefined && JOINING.test(gap) };
  });
}

export interface EntityMatcher {
  /** Names by their first stem: only those are tried at a word. */
  byFirst: Map<string, Name[]>;
  names: Name[];
}

/** Where `part` occurs in `whole` (stems), or -1. */
function indexOfRun(whole: string[], part: string[]): number {
  if (part.length === 0) return -1;
  for (let i = 0; i + part.length <= whole.length; i++)
    if (part.every((p, k) => whole[i + k] === p)) return i;
  return -1;
}

/**
 * A body's name that spells out an instrument's ("Mechanism for the Review of the Implementation
 * of the United Nations Convention against Transnational Organized Crime and the Protocols
 * thereto") is also written with the instrument's one-word alias in its place ("… of the
 * Convention and the Protocols thereto", "… осуществления Конвенции и протоколов к ней").
 */
function shortenedNames(names: Name[], refs: ReferenceName[]): Name[] {
  const instruments = refs.filter((r) => r.kind === 'INSTRUMENT');
  const stemsOf = (n: string) => tokenize(n).map((t) => t.stem);
  return names.flatMap((n) =>
    n.id.startsWith('body/')
      ? instruments.flatMap((i) => {
          const short = i.names.map(stemsOf).filter((s) => s.length === 1);
          return i.names.flatMap((full) => {
            const f = stemsOf(full);
            const at = f.length > 2 ? indexOfRun(n.stems, f) : -1;
            return at < 0
              ? []
              : short.map((s) => ({
                  id: n.id,
                  stems: [...n.stems.slice(0, at), ...s, ...n.stems.slice(at + f.length)],
                }));
          });
        })
      : [],
  );
}

export function buildMatcher(refs: ReferenceName[]): EntityMatcher {
  const named = refs.flatMap((r) =>
    r.names.map((n) => ({ id: r.id, stems: tokenize(n).map((t) => t.stem) })),
  );
  const names = [...named, ...shortenedNames(named, refs)];
  const byFirst = new Map<string, Name[]>();
  for (const n of names) {
    const first = n.stems[0];
    if (first === undefined) continue;
    byFirst.set(first, [...(byFirst.get(first) ?? []), n]);
  }
  return { byFirst, names };
}

/** Does `name` occur at token `i`, its words joined only by spaces and commas? */
function occursAt(tokens: Token[], i: number, stems: string[]): boolean {
  return stems.every((st, k) => {
    const t = tokens[i + k];
    return t !== undefined && t.stem === st && (k === stems.length - 1 || t.joins);
  });
}

/**
 * A body-like phrase that matches no reference name; `cut` when it was read to PHRASE_WORDS
 * words after its "on"/"по" and may go on (its name as read is then only its start).
 */
export interface UnmatchedPhrase extends Span {
  cut?: true;
}

/** What a warning says of a phrase read to PHRASE_WORDS: where it stands, and its start. */
export function cutPhraseWarning(where: string, phrase: UnmatchedPhrase): string {
  return `${where}: a body's name is read to its first ${String(PHRASE_WORDS)} words after "on"/"по" and may go on: "${phrase.text}"`;
}

export function findEntities(
  s: string,
  matcher: EntityMatcher,
): { matched: EntityMention[]; unmatched: UnmatchedPhrase[] } {
  const tokens = tokenize(s);
  const candidates: Match[] = [];
  tokens.forEach((t, i) => {
    for (const n of matcher.byFirst.get(t.stem) ?? []) {
      const last = i + n.stems.length - 1;
      if (occursAt(tokens, i, n.stems)) candidates.push({ first: i, last, id: n.id });
    }
  });
  // Longest first, so "Конференция участников Конвенции …" is the Conference, not the Convention.
  candidates.sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
  const taken = new Array<boolean>(tokens.length).fill(false);
  const free = (c: Match): boolean => !taken.slice(c.first, c.last + 1).some(Boolean);
  let accepted: Match[] = [];
  const accept = (c: Match): void => {
    taken.fill(true, c.first, c.last + 1);
    accepted.push(c);
  };
  for (const c of candidates) if (free(c)) accept(c);
  const unmatched: [number, number, boolean][] = [];
  for (const c of [...accepted]) {
    for (const item of listSegments(tokens, s, matcher.names, c, taken)) {
      if (!Array.isArray(item)) accept(item);
      else {
        unmatched.push(item);
        taken.fill(true, item[0], item[1] + 1);
      }
    }
  }
  for (const [first, , last, cut] of bodyLikePhrases(tokens, s, taken)) {
    // A body-like phrase longer than the short names inside it is another body; one that is
    // part of a longer name is that name.
    const inside = accepted.filter((c) => c.last >= first && c.first <= last);
    if (inside.some((c) => c.first < first || c.last > last)) continue;
    accepted = accepted.filter((c) => !inside.includes(c));
    unmatched.push([first, last, cut]);
  }
  const span = (first: number, last: number): Span => {
    const start = tokens[first]?.start ?? 0;
    const end = tokens[last]?.end ?? start;
    return { start, end, text: s.slice(start, end) };
  };
  const byStart = (a: Span, b: Span): number => a.start - b.start;
  return {
    matched: accepted.map((c) => ({ ...span(c.first, c.last), id: c.id })).sort(byStart),
    unmatched: unmatched
      .map(([first, last, cut]): UnmatchedPhrase => ({
        ...span(first, last),
        ...(cut ? { cut: true as const } : {}),
      }))
      .sort(byStart),
  };
}

/**
 * A mention that is a body's head alone ("expert group", "группы экспертов"): an alias that
 * refers back to a body the text has named, never a name that picks one out by itself.
 */
export function headOnly(mention: string): boolean {
  const stems = tokenize(mention).map((t) => t.stem);
  return stems.length === 2 && HEADS.some(([a, b]) => stems[0] === a && stems[1] === b);
}

/** Every name and alias of the reference bodies and instruments, in both languages. */
export function referenceNames(): ReferenceName[] {
  const file = referenceFile.parse(
    JSON.parse(readFileSync(repoPath('data/reference.json'), 'utf8')),
  );
  return file.entities.flatMap((e) =>
    e.label === 'Body' || e.label === 'Instrument'
      ? [
          {
            id: e.id,
            kind: e.label === 'Body' ? ('BODY' as const) : ('INSTRUMENT' as const),
            names: [e.names.en, e.names.ru, ...(e.aliases?.en ?? []), ...(e.aliases?.ru ?? [])],
          },
        ]
      : [],
  );
}
