// The languages ingestion reads. Each rule tries them all: a Russian note prints some lines in
// English ("1 July 2020", "Original: English"), and a cue is a cue in either.
import { en } from './en.js';
import { ru } from './ru.js';
import type { CueName, LanguageRules } from './types.js';

export const LANGUAGES: readonly LanguageRules[] = [ru, en];

/** The pieces of every language's front-matter pattern, as one alternation. */
export const anyOf = (pick: (l: LanguageRules['frontMatter']) => string): string =>
  LANGUAGES.map((l) => pick(l.frontMatter)).join('|');

/** Whether the lower-cased text matches a cue in any language. */
export const cue =
  (name: CueName) =>
  (text: string): boolean => {
    const lower = text.toLowerCase();
    return LANGUAGES.some((l) => l.cues[name].some((p) => p.test(lower)));
  };

export type { CueName, LanguageRules } from './types.js';
