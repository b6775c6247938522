// The contract between the stages of ingestion:
//   bytes --decode--> text --segment--> blocks (+ metadata) --lexicon--> mentions --rules--> statements
import type { EvidenceContext, LangCode } from '../domain/model.js';

/** A problem with the input itself: nothing is written, the message says what was wrong. */
export class IngestInputError extends Error {
  override readonly name = 'IngestInputError';
}

export interface DecodedText {
  /** NFC, LF line endings, no BOM. */
  text: string;
  encoding: 'utf-8' | 'windows-1251';
  warnings: string[];
  /**
   * The code of the conference the text is of (domain/conferences.ts), when it was told before
   * the rules run: another conference's text is not read for UNTOC's own bodies.
   */
  conference?: string;
  /** The form it came in, when a reader of a form gave it ('html': a web page, no paper of its own). */
  format?: 'pdf' | 'docx' | 'html' | 'text';
}

/** A piece of the document, in reading order. `text` is verbatim from the decoded text. */
export type Block =
  | { kind: 'header'; text: string }
  | { kind: 'heading'; text: string }
  /**
   * A paragraph; `numbered: false` when the text prints no number (a web page, a decision's
   * lettered or unnumbered clauses): `number` is then its position among the paragraphs, from 1.
   */
  | { kind: 'paragraph'; number: number; text: string; numbered?: false }
  | { kind: 'footnote'; marker: string; text: string }
  /** An unnumbered preambular clause of a resolution or decision ("Recalling …,"). */
  | { kind: 'preamble'; text: string };

export interface Sentence {
  /** Verbatim (a page break inside the sentence stays in it). */
  text: string;
  /** Offset of the sentence in its block's text. */
  start: number;
}

/** A fact of the document's front matter and the verbatim text that states it. */
export interface MetaFact<T> {
  value: T;
  quote: string;
  context: EvidenceContext;
}

export interface DocumentMeta {
  lang: LangCode;
  /** Publication date, ISO. */
  date: MetaFact<string> | null;
  /** The document's own UN symbol (Latin) when the header prints it. */
  symbol: MetaFact<string> | null;
  originalLang: MetaFact<string> | null;
  /** The session the document is for, e.g. 10 for "Десятая сессия" / "Tenth session". */
  session: MetaFact<number> | null;
  /** "Вена, 12–16 октября 2020 года" → Vienna, 2020-10-12, 2020-10-16. */
  sessionPlace: MetaFact<{ place: string; start: string; end: string }> | null;
  /** "Пункты 2, 4 и 5 предварительной повестки дня*" → [2, 4, 5]. */
  agendaItems: MetaFact<number[]> | null;
  /** The provisional agenda's symbol from the footnote the agenda line points to. */
  agendaSymbol: MetaFact<{ symbol: string; printed: string }> | null;
  /** The title (the line before "Note by the Secretariat" / "Записка Секретариата"). */
  title: MetaFact<string> | null;
}

export interface Span {
  start: number;
  end: number;
  /** The matched text, verbatim. */
  text: string;
}

export interface MandateMention extends Span {
  type: 'RESOLUTION' | 'DECISION';
  /** "7/1"; null for "этой же резолюции" / "the same resolution" (refers back). */
  number: string | null;
  /** "resolution/7/1"; null when number is null. */
  id: string | null;
  /** ISO date the text gives it: "resolution 5/5 of 22 October 2010", "от 22 октября 2010 года". */
  date?: string;
}

export interface SymbolMention extends Span {
  /** As printed, e.g. "СТОС/СОР/WG.4/2020/4". */
  printed: string;
  /** Latin, e.g. "CTOC/COP/WG.4/2020/4". */
  symbol: string;
}

export interface OrdinalMention extends Span {
  value: number;
  /** The noun the ordinal qualifies, when it is a meeting or a session. */
  noun: 'meeting' | 'session' | null;
}

export interface DateRangeMention extends Span {
  /** ISO dates (start and end of the span are offsets, as for every mention). */
  startDate: string;
  endDate: string;
}

export interface EntityMention extends Span {
  /** The reference entity it names, e.g. "body/wg-firearms". */
  id: string;
}

/** What the lexicon needs of the reference data: every name and alias in both languages. */
export interface ReferenceName {
  id: string;
  kind: 'BODY' | 'INSTRUMENT';
  names: string[];
}
