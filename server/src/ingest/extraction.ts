// What extraction produces: statements with their evidence, and the meetings and documents
// the text introduces. Ids are the API's.
import type { EvidenceContext, ParagraphRecord, RelationType } from '../domain/model.js';
import type { DocumentMeta } from './types.js';
import type { NewBody } from './lexicon/new-bodies.js';

export interface ExtractedEvidence {
  paragraph: number | null;
  /** False for a paragraph the text prints no number for (`paragraph` is its position). */
  numbered?: false;
  context: EvidenceContext;
  quote: string;
}

export interface ExtractedRelation {
  type: RelationType;
  from: string;
  to: string;
  action: string | null;
  basis: string | null;
  evidence: ExtractedEvidence[];
}

interface MeetingBase {
  id: string;
  bodyId: string;
  place: string | null;
  status: 'HELD' | 'PLANNED';
  evidence: ExtractedEvidence;
  placeEvidence: ExtractedEvidence | null;
  /** The body's name as the text writes it after "meeting of" (Russian genitive), for labels. */
  bodyGenitive: string | null;
}

/**
 * A meeting a text states. One no text numbers is known by its body and dates (id
 * `meeting/<body>/<startDate>`); a numbered one may come without dates ("the report on its
 * sixty-fourth meeting (…)").
 */
export type ExtractedMeeting = MeetingBase &
  (
    | { ordinal: number; startDate: string | null; endDate: string | null }
    | { ordinal: null; startDate: string; endDate: string }
  );

/** A meeting as a genre states it, before it has its id (each variant kept). */
export type StatedMeeting = ExtractedMeeting extends infer M
  ? M extends ExtractedMeeting
    ? Omit<M, 'id' | 'placeEvidence'>
    : never
  : never;

/** The kinds of document a text names by symbol (a report, an agenda, a note, a paper). */
export type ListedDocumentType = 'REPORT' | 'PROVISIONAL_AGENDA' | 'NOTE' | 'BACKGROUND_PAPER';

export interface ExtractedDocument {
  id: string;
  type: ListedDocumentType;
  symbol: string;
  printedSymbol: string;
  evidence: ExtractedEvidence;
  meetingId: string | null;
}

export interface Extraction {
  /** A Secretariat's note, or the text of a resolution or decision (genres/). */
  genre:
    | 'NOTE'
    | 'MANDATE_TEXT'
    | 'MEETING_REPORT'
    | 'CONFERENCE_REPORT'
    | 'SESSION_PAGE'
    | 'BACKGROUND_PAPER';
  /** The code of the conference the document is of (domain/conferences.ts), null for one the registry lacks; set by extractText. */
  conference?: string | null;
  /** For the text of a mandate: which one, and the title line that says so. */
  mandate?: { id: string; type: 'RESOLUTION' | 'DECISION'; number: string; titleQuote: string };
  documentId: string;
  meta: DocumentMeta;
  relations: ExtractedRelation[];
  meetings: ExtractedMeeting[];
  documents: ExtractedDocument[];
  /** The document's text as read, block by block (statements are filled in when it is written). */
  text: ParagraphRecord[];
  /** Mentions that look like bodies but match no known body: reported, never guessed. */
  /**
   * What the rules saw but could not state: a phrase that looks like a body but matches none
   * (`body`), or a sentence naming a mandate or a body next to a decision verb that stated
   * nothing, or one whose meetings cannot be told apart by body or date (`sentence`).
   */
  unmatched: Unmatched[];
  warnings: string[];
  /** Bodies the reference data lacks that a statement is about, with its sentence (proposed). */
  newBodies?: { body: NewBody; evidence: ExtractedEvidence }[];
  /** Dates the text gives mandates it names ("resolution 5/5 of 22 October 2010"), cited. */
  mandateDates?: { id: string; date: string; evidence: ExtractedEvidence }[];
}

/** Collects relations, merging evidence of the same statement (paras 14 and 17 say one thing twice). */
export interface Unmatched {
  paragraph: number | null;
  text: string;
  kind: 'body' | 'sentence';
}

const MINOR: ReadonlySet<string> = new Set(['CONCERNS', 'SUPPLEMENTS']);

export class RelationSet {
  private readonly byKey = new Map<string, ExtractedRelation>();
  // The quotes each relation holds and every relation's target, as sets: a long note states
  // one thing in thousands of paragraphs, and a scan of the list per statement made reading
  // it quadratic in its paragraphs (issue 32).
  private readonly quotes = new Map<string, Set<string>>();
  private readonly targets = new Set<string>();
  /** Statements made so far, the same one twice included (a rule asks whether it stated any). */
  stated = 0;
  /**
   * The same, without the minor ones (what a mandate concerns, what supplements what): a
   * sentence that only gave one of those has not been read for its decision.
   */
  major = 0;

  add(r: Omit<ExtractedRelation, 'evidence'>, evidence: ExtractedEvidence[]): void {
    this.stated++;
    if (!MINOR.has(r.type)) this.major++;
    this.targets.add(r.to);
    const key = `${r.type}|${r.from}|${r.to}|${r.action ?? ''}`;
    const existing = this.byKey.get(key);
    const quotes = this.quotes.get(key) ?? new Set<string>();
    const fresh = evidence.filter((e) => {
      const q = `${String(e.paragraph)}|${e.quote}`;
      if (quotes.has(q)) return false;
      quotes.add(q);
      return true;
    });
    if (!existing) {
      this.quotes.set(key, quotes);
      this.byKey.set(key, { ...r, evidence: [...evidence] });
      return;
    }
    existing.evidence.push(...fresh);
    existing.basis ??= r.basis;
  }

  /** Whether a statement so far has `id` for its target. */
  hasTarget(id: string): boolean {
    return this.targets.has(id);
  }

  all(): ExtractedRelation[] {
    return [...this.byKey.values()];
  }
}
