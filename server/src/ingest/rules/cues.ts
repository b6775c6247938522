// Words that signal what a sentence states, from every language module (ingest/lang/):
// matching is on lower-cased text; Russian stems cover the verb's forms.
import { cue, LANGUAGES } from '../lang/index.js';

export const CUES = {
  /** A mandate creates a body. */
  creates: cue('creates'),
  constantElement: cue('constantElement'),
  urged: cue('urged'),
  annually: cue('annually'),
  convene: cue('convene'),
  presentResults: cue('presentResults'),
  /** A mandate starts a process (within a body it names): "постановила начать …". */
  launch: cue('launch'),
  /** A verb by which a text decides, requests or establishes: a sentence with one and a mandate or body says something. */
  decision: cue('decision'),
  supplements: cue('supplements'),
  report: cue('report'),
  respectively: cue('respectively'),
  expertGroup: cue('expertGroup'),
  /** Asks a body to act, when no more precise cue says how. */
  request: cue('request'),
  /** Decides about a body, when no more precise cue says how. */
  decide: cue('decide'),
} as const;

/** Where the first head-alone reference stands ("the Working Group"), or -1. */
export function backReferenceAt(text: string): number {
  const at = LANGUAGES.map((l) => l.backReference.exec(text)?.index ?? -1).filter((i) => i >= 0);
  return at.length ? Math.min(...at) : -1;
}

// Built once: every head-alone reference of a text is looked for in sentences on the hot path.
const BACK_ALL = LANGUAGES.map(
  (l) => new RegExp(l.backReference.source, `${l.backReference.flags.replace('g', '')}g`),
);

/** Every head-alone reference ("the Working Group", "Рабочую группу") in the text, each language's. */
export const backReferences = (text: string): RegExpMatchArray[] =>
  BACK_ALL.flatMap((p) => [...text.matchAll(p)]);

/** "invites it", "просила эту группу": a later clause's reference to the body spoken of. */
export const pronounBack = (text: string): boolean =>
  LANGUAGES.some((l) => l.pronounBack.test(text));

/** "the two working groups", "обе рабочие группы": several bodies spoken of again. */
export const pluralBack = (text: string): boolean => LANGUAGES.some((l) => l.pluralBack.test(text));

/** "the Working Group", "Рабочую группу": a body named by its head alone (see LanguageRules). */
export const backReference = (text: string): boolean =>
  LANGUAGES.some((l) => l.backReference.test(text));

/** Whether a clause says the meeting took place, or is only planned, as of the document. */
export function meetingStatus(clause: string): 'HELD' | 'PLANNED' | null {
  const c = clause.toLowerCase();
  if (LANGUAGES.some((l) => l.meeting.planned.test(c))) return 'PLANNED';
  if (LANGUAGES.some((l) => l.meeting.held.test(c))) return 'HELD';
  return null;
}

/** "в Вене", "там же", "in Vienna", "at the same place". */
export function meetingPlace(clause: string): 'Vienna' | 'same' | null {
  const c = clause.toLowerCase();
  if (LANGUAGES.some((l) => l.meeting.samePlace.test(c))) return 'same';
  if (LANGUAGES.some((l) => l.meeting.vienna.test(c))) return 'Vienna';
  return null;
}

const MEETING_NOUN = new RegExp(
  `(?<!\\p{L})(?:${LANGUAGES.map((l) => l.words.nouns.meeting).join('|')})(?!\\p{L})`,
  'iu',
);

/** Whether the text speaks of a meeting ("meetings", "совещания"), numbered or not. */
export const namesMeeting = (text: string): boolean => MEETING_NOUN.test(text);

/** Where the first "meeting" / "совещание" stands and ends, or null. */
export function meetingNounAt(text: string): { start: number; end: number } | null {
  const m = MEETING_NOUN.exec(text);
  return m ? { start: m.index, end: m.index + m[0].length } : null;
}
