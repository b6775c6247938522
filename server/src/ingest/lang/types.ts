// What one language brings to ingestion: the words that signal a statement, a meeting's
// status and place, and the lines of a note's front matter. A new language is one new module
// of this shape (ru.ts, en.ts), listed in index.ts; the rules never name a language.
import type { LangCode } from '../../domain/model.js';

export type CueName =
  | 'creates'
  | 'constantElement'
  | 'urged'
  | 'annually'
  | 'convene'
  | 'presentResults'
  | 'launch'
  | 'decision'
  | 'supplements'
  | 'report'
  | 'respectively';

export interface LanguageRules {
  code: LangCode;
  /** Patterns by cue, tried on the lower-cased sentence (any one matches). */
  cues: Record<CueName, RegExp[]>;
  meeting: {
    /** Only planned as of the document ("планируется", "is planned"). */
    planned: RegExp;
    held: RegExp;
    /** "там же", "at the same venue". */
    samePlace: RegExp;
    vienna: RegExp;
  };
  /** Pieces of the front-matter lines' patterns (regular-expression source). */
  frontMatter: {
    /** "Записка Секретариата", "Note by the Secretariat": the line after the title. */
    noteLine: string;
    /** "Пункты" / "Items" before the agenda items' numbers… */
    agendaItems: string;
    /** …and "предварительной повестки дня" / "of the provisional agenda" after them. */
    agendaOf: string;
    /** The session noun in "Десятая сессия" / "Tenth session". */
    session: string;
    /** The label of the original language, "Original: English". */
    original: string;
  };
  /** The title of a meeting's report: "Report on the meeting of …", "Доклад о работе совещания …". */
  meetingReportTitle: RegExp;
  /** A sentence that sends the report to a session: "submitted to the Conference at its …". */
  submittedTo: RegExp;
  /** The text of a resolution or decision (genres/mandate-text.ts). */
  mandateText: {
    /** The title line's noun by mandate type: "Resolution 9/1", "Решение 4/4". */
    title: { RESOLUTION: string; DECISION: string };
    /** The line naming who adopts it, ending with a comma: "The Conference of the Parties …,". */
    actor: RegExp;
    /** A preambular clause that cites (its opening, lower-cased): "recalling", "ссылаясь на". */
    cites: RegExp;
    /** An operative paragraph that creates, by its opening verb: "decides to establish". */
    creates: RegExp;
  };
}
