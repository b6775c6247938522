// What the rules of one paragraph share: the sentence being read, what the document has
// stated so far, and how a sentence the rules cannot read is listed rather than guessed.
import type { EntityMatcher } from '../lexicon/entities.js';
import type { NewBody } from '../lexicon/new-bodies.js';
import type {
  ExtractedDocument,
  ExtractedEvidence,
  ExtractedMeeting,
  RelationSet,
  Unmatched,
} from '../extraction.js';
import type { EntityMention } from '../types.js';

export interface ParagraphState {
  /** The last mandate named, for "этой же резолюции" / "the same resolution". */
  lastMandate: string | null;
  /** The body the last statement was about, for "the Working Group" / "Рабочую группу". */
  lastBody: string | null;
  /** The bodies the sentence being read has spoken of so far ("the two working groups so established"). */
  sentenceBodies?: string[];
  /** The bodies the last sentences spoke of, the latest last ("Requests both working groups …"). */
  recentBodies?: string[];
  /** Meetings introduced in the current paragraph, in order (reports pair with them). */
  meetings: ExtractedMeeting[];
  /** The meetings of the last paragraph that introduced any ("the reports on these sessions"). */
  lastMeetings?: ExtractedMeeting[];
  /** The reports the last sentence that named reports named ("the reports on both meetings"). */
  lastReports?: string[];
  /** The heading above the paragraph and the bodies it names. */
  heading: { text: string; bodies: EntityMention[] } | null;
}

export interface SentenceContext {
  paragraph: number;
  text: string;
  matcher: EntityMatcher;
  relations: RelationSet;
  documents: ExtractedDocument[];
  warnings: string[];
  unmatched: Unmatched[];
  allMeetings: ExtractedMeeting[];
  /** Bodies the reference data lacks that a statement is about, with the sentence (proposed). */
  newBodies: Map<string, { body: NewBody; evidence: ExtractedEvidence }>;
  /**
   * The mandate whose own text this is (an operative paragraph of resolution 9/1 speaks for
   * 9/1, whatever else it names), with how its paragraphs say that they create a body
   * ("Decides to establish …" at the opening, not "established pursuant to …" inside).
   */
  actor?: { id: string; creates: (text: string) => boolean };
  /** The code of the conference the text is of: only UNTOC's mandates are known to the curated sources. */
  conference: string;
  /** The whole sentence, when `text` is one of its clauses: what evidence quotes and lists. */
  quote?: string;
  /** A later decision clause of the sentence: its "it" is the body the clause before was about. */
  continues?: boolean;
  /** The mandates the whole sentence speaks through (a later clause names none itself). */
  speakers?: string[];
  /** The Conference's session the document is for (its front matter): where "before the Conference" sends a report. */
  session?: number;
  /** The meeting a report is of: what "the Working Group had before it" goes to. */
  ownMeeting?: string;
  /** An item of the paragraph's list read with its lead ("(c) Report on …"): the item alone. */
  item?: string;
  /**
   * A line of an agenda's "Documentation" list: the session or meeting (`session/92`,
   * `meeting/…`) the documents it names are for.
   */
  listedFor?: string;
  /** Set for a preambular clause, which has no paragraph number (`paragraph` is then unused). */
  context?: 'PREAMBLE';
}

export const NOT_TARGETS = new Set(['body/cop']);

/** A sentence the rules cannot read with certainty: listed, with why, never guessed. */
export function notUnderstood(c: SentenceContext, why: string): void {
  c.warnings.push(`paragraph ${c.paragraph}: ${why}`);
  if (!listed(c)) c.unmatched.push({ paragraph: c.paragraph, text: ownText(c), kind: 'sentence' });
}

/** What a list of what was not read names: a list's item alone, not its lead with it. */
export const ownText = (c: SentenceContext): string => c.item ?? c.text;

/**
 * Whether the sentence is listed already. A paragraph's entries are the list's last ones (each
 * genre reads its paragraphs in turn, each number once, and a heading's entries come between
 * paragraphs), so the search stops at any other entry: a long note's list is not scanned again
 * for every sentence (issue 32).
 */
export function listed(c: SentenceContext): boolean {
  for (let i = c.unmatched.length - 1; i >= 0; i--) {
    const u = c.unmatched[i];
    if (u?.paragraph !== c.paragraph) return false;
    if (u.kind === 'sentence' && u.text === ownText(c)) return true;
  }
  return false;
}

/** A body's meeting known only by its dates: `meeting/wg-firearms/2018-05-02`. */
export const meetingIdByDates = (bodyId: string, startDate: string): string =>
  `meeting/${bodyId.replace(/^body\//, '')}/${startDate}`;

/** The id of a body's meeting by its ordinal: "meeting/wg-firearms/7" for body/wg-firearms. */
export function meetingIdOf(bodyId: string, ordinal: number): string {
  return `meeting/${bodyId.replace(/^body\//, '')}/${String(ordinal)}`;
}
