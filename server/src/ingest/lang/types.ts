// What one language brings to ingestion: the words that signal a statement, a meeting's
// status and place, and the lines of a note's front matter. A new language is one new module
// of this shape (ru.ts, en.ts), listed in index.ts; the rules never name a language.
import type { LangCode } from '../../domain/model.js';

export type CueName =
  | 'creates'
  | 'constantElement'
  /** A body created for a time only ("interim", "временная"): the status history reads it. */
  | 'interim'
  | 'urged'
  | 'annually'
  | 'convene'
  | 'presentResults'
  | 'launch'
  | 'decision'
  | 'supplements'
  | 'report'
  | 'respectively'
  /** An expert group named ("group of experts", "группы экспертов"): whom the Secretariat convenes. */
  | 'expertGroup'
  /** Asks a body to act ("requested", "invited", "просила"): GOVERNS [requested] when nothing more precise is said. */
  | 'request'
  /** Decides about a body ("decided that …", "постановила"): GOVERNS [decided], likewise. */
  | 'decide'
  /** Refers to an earlier text ("recalled", "reaffirmed", "сослалась"): CITES it. */
  | 'recalls';

export interface LanguageRules {
  code: LangCode;
  /** Patterns by cue, tried on the lower-cased sentence (any one matches). */
  cues: Record<CueName, RegExp[]>;
  /**
   * A body named only by its head, "the Working Group" / "Рабочую группу" with no "on …" /
   * "по …" after it: the body the text spoke of last. Tried on the text as printed: the
   * capital makes it a name ("an interim working group" introduces one).
   */
  backReference: RegExp;
  /** Several groups spoken of again: "the two working groups", "both groups", "обе рабочие группы". */
  pluralBack: RegExp;
  meeting: {
    /** Only planned as of the document ("планируется", "is planned"). */
    planned: RegExp;
    held: RegExp;
    /** "там же", "at the same venue". */
    samePlace: RegExp;
    /** A group met, with no ordinal for its meeting ("met in Vienna", "собралась"; lower-cased text). */
    met: RegExp;
    vienna: RegExp;
    /** Reports named before, spoken of again: "the reports on both meetings", "эти доклады" (lower-cased text). */
    reportsBack: RegExp;
    /** Meetings named before, spoken of again: "these sessions", "этих сессий" (lower-cased text). */
    meetingsBack: RegExp;
    /** What a listed document is, by its opening words ("Annotated provisional agenda (…)", "Note by the Secretariat …"). */
    documentKinds: { agenda: RegExp; note: RegExp; paper: RegExp };
    /** The heading of an agenda's annotations, its number removed ("Annotations", "Аннотации"; lower-cased). */
    annotations: RegExp;
    /** The heading over an agenda item's list of documents ("Documentation", "Документация"; lower-cased). */
    documentation: RegExp;
    /** The session the document is for, named so: "at its current session", "на ее нынешней сессии" (lower-cased text). */
    currentSession: RegExp;
    /** A report goes to the Conference with no session named: "which is before the Conference" (lower-cased text). */
    beforeConference: RegExp;
  };
  /** Pieces of the front-matter lines' patterns (regular-expression source). */
  frontMatter: {
    /** "Записка Секретариата", "Note by the Secretariat": the line after the title. */
    noteLine: string;
    /** "Background paper prepared by the Secretariat": the line after a background paper's title (within `noteLine`). */
    paperLine: string;
    /** "Пункты" / "Items" before the agenda items' numbers… */
    agendaItems: string;
    /** …and "предварительной повестки дня" / "of the provisional agenda" after them. */
    agendaOf: string;
    /** The session noun in "Десятая сессия" / "Tenth session". */
    session: string;
    /** The label of the original language, "Original: English". */
    original: string;
  };
  /** The words the lexicon reads: months, date connectors, ordinals, the nouns they number. */
  words: {
    /** Month names as dates print them (Russian: genitive), January first. */
    months: readonly string[];
    /** Regex sources: "from" before a range, "to" inside it, "and" of a two-day meeting, after the year ("года"). */
    dates: { from: string; to: string; and: string; afterYear: string };
    /** Whether the month may come first ("July 1, 2020"). */
    monthFirst: boolean;
    /** An ordinal word and the tens word before it ("двадцать первое", "twenty-first"): regex sources. */
    ordinal: { word: string; tens: string; hundreds: string };
    /** The value of an ordinal word `ordinal.word` matched (0 when it is none). */
    ordinalValue(word: string): number;
    /** The value of a hundreds word `ordinal.hundreds` matched ("one hundred" → 100, "сто" → 100). */
    hundredsValue(word: string): number;
    /** The value of a tens word `ordinal.tens` matched ("forty" → 40, "сорок" → 40). */
    tensValue(word: string): number;
    /** The nouns an ordinal numbers, every form (regex sources). */
    nouns: {
      meeting: string;
      session: string;
      /** Their plural forms only ("sessions", "сессиях"): one ordinal for several bodies' own. */
      plural: string;
    };
    /** Names of languages as "Original: …" prints them, by code. */
    languages: Record<string, string>;
  };
  /** How the language names the Conference's mandates (regex sources unless said). */
  mandateWords: {
    /** "резолюция", "decisions", every form. */
    RESOLUTION: string;
    DECISION: string;
    /** Demonstratives right before the noun that refer back: "этой же", "the same" (anchored at the end). */
    backSingular: RegExp;
    backPlural: RegExp;
    /** Another organ's resolution: "General Assembly resolution 55/25" (before, anchored at the end)… */
    otherOrganBefore: RegExp;
    /** …or "резолюция 55/25 Генеральной Ассамблеи" (after, anchored at the start). */
    otherOrganAfter: RegExp;
    /**
     * A relative clause right after a mandate, whose subject that mandate is: ", by which it had
     * established …", ", которой она учредила …" (anchored at the start).
     */
    relative: RegExp;
    /**
     * After a list of mandates, a relative clause about one of them: ", the first of which
     * established …", ", первой из которых …" (anchored at the start; group 1 the position's
     * word), and each word's place in the list (-1 the last).
     */
    listRelative: { pattern: RegExp; positions: Readonly<Record<string, number>> };
    /**
     * A mandate named as where the Conference spoke, the clause after it being what it said:
     * "in its resolution 7/1, it decided …" — `before` anchored at the end ("in its "),
     * `after` at the start (", it ").
     */
    spokeIn: { before: RegExp; after: RegExp };
    /** A session named before in the sentence: "at that session", "на этой сессии". */
    thatSession: RegExp;
    /**
     * What joins two parts of a sentence that each name their own text: ", and by its decision
     * 86/5 …", ", а в резолюции 7/1 …" (the semicolon is every language's).
     */
    partJoin: RegExp;
    /** "the Conference adopted", "Конференция приняла" right before a text's number (anchored at the end). */
    adoptedVerb: RegExp;
    /** Only "adopted at its" / "принятой на ее" before a session's ordinal (anchored at the end). */
    adoptedBefore: RegExp;
    /**
     * A clause set in a sentence between commas that says which text created the body before it,
     * up to that text's noun: ", which the Conference established by its resolution 5/4,",
     * ", established pursuant to resolution 9/1,", ", учрежденную в соответствии с резолюцией 9/1,".
     * Without its comma only a participle ("the expert group established pursuant to …"), which
     * then speaks for the body right before it.
     */
    embeddedCreation: RegExp;
    /** An indefinite article before a name ("a Convention against …"; anchored at the end): not the instrument itself. */
    indefiniteBefore: RegExp;
    /** What precedes a session's ordinal when a text was adopted at it ("at its", "на своей"; anchored at the end). */
    atSession: RegExp;
    /** The Conference as a sentence's subject ("the Conference", "Конференция"): who acts. */
    subject: RegExp;
    /** An article of an instrument cited before its name ("article 32, paragraph 3, of the", "статьи 32"; anchored at the end): a citation, not what a mandate concerns. */
    articleBefore: RegExp;
    /**
     * An instrument named inside a body's name ("the Mechanism for the Review of Implementation
     * of the … Convention against Corruption"): the body's name, not what the text concerns. Case
     * matters: "a mechanism for reviewing implementation of the Convention" is about it.
     */
    inNameBefore: RegExp;
  };
  /**
   * The words that name a treaty body before its convention's name, "Conference of the (States)
   * Parties to (the)" / "Конференция (государств-)участников": what follows says which conference.
   */
  conferenceOf: RegExp;
  /** A treaty's noun ("Convention", "Конвенции"): what follows `conferenceOf` when it names one. */
  conventionNoun: RegExp;
  /**
   * A group a sentence introduces without a name, its words in group 1: "an open-ended
   * intergovernmental expert working group", "межправительственную рабочую группу экспертов
   * открытого состава" — and how that phrase reads as a name (the nominative, a capital).
   */
  unnamedGroup: { phrase: RegExp; name(phrase: string): string };
  /** The title of a meeting's report: "Report on the meeting of …", "Доклад о работе совещания …". */
  meetingReportTitle: RegExp;
  /** A pronoun or demonstrative that refers back to the body the clause before was about ("invites it", "просила эту группу"). */
  pronounBack: RegExp;
  /** What joins a sentence's decision clauses, right before the next verb ("…, and ", "; ", " и "; anchored at the end). */
  clauseJoin: RegExp;
  /** The document speaking of itself ("the present report", "настоящем докладе"), lower-cased. */
  presentDocument: RegExp;
  /** A sentence that sends the report to a session: "submitted to the Conference at its …". */
  submittedTo: RegExp;
  /** Names Mandate Lineage composes in this language for documents and meetings (labels.ts). */
  names: ComposedNames;
  /** The text of a resolution or decision (genres/mandate-text.ts). */
  mandateText: {
    /** The title line's noun by mandate type: "Resolution 9/1", "Решение 4/4". */
    title: { RESOLUTION: string; DECISION: string };
    /** The line naming who adopts it, ending with a comma: "The Conference of the Parties …,". */
    actor: RegExp;
    /**
     * The line under the title saying where it was adopted: "Adopted by the Conference … at its
     * … session", "Adopted at the 6th plenary meeting of the … session", "At its … session, the
     * Conference … adopted the following resolution:" (lower-cased; the session's ordinal in it).
     */
    adoptedLine: RegExp;
    /** A preambular clause that cites (its opening, lower-cased): "recalling", "ссылаясь на". */
    cites: RegExp;
    /**
     * A preambular clause that states a state of mind, not a text it refers to ("convinced of the
     * need to implement the Convention", "будучи убеждена …"): a preamble's clause, citing nothing.
     */
    stateOfMind: RegExp;
    /** An operative paragraph that creates, by its opening verb: "decides to establish". */
    creates: RegExp;
    /**
     * How the actor's paragraph opens ("The Conference of the Parties …"): when it ends as a
     * sentence, not with `actor`'s comma or colon, it is the whole decision in one sentence.
     */
    opening: RegExp;
    /** A lettered clause's marker at a line's start: "(a) ", "а) " (the letter is group 1). */
    lettered: RegExp;
    /** An operative clause that cites, by its opening verb: "Reiterated its decision 1/2". */
    operativeCites: RegExp;
  };
  /** What the Conference adopted at a session (genres/conference-report.ts). */
  sessionRecord: {
    /** "Report of the Conference of the Parties … on its fifth session, held in …" (a line). */
    reportTitle: RegExp;
    /** A web page's lead: "At its second session, held in …, the Conference … adopted the following decisions:". */
    adoptedList: RegExp;
    /** A report's pointer to a text it adopted: "(For the text, see chapter I, section A, resolution 95/3.)". */
    seeText: RegExp;
  };
}

/**
 * The names composed for a document or a meeting in one language (stored as DERIVED). A body's
 * name comes in as the phrase stands after "meeting of" ("the Working Group on Firearms",
 * "Рабочей группы по огнестрельному оружию"); dates are ISO.
 */
export interface ComposedNames {
  /** "Note by the Secretariat". */
  note: string;
  /** "Background paper". */
  backgroundPaper: string;
  /** A name and the document's date: "Note by the Secretariat of 2020-07-01". */
  ofDate(name: string, date: string): string;
  /** A name and a title as printed: "Background paper: Activities of …". */
  titled(name: string, title: string): string;
  /** A meeting known by its dates: "Meeting of the Working Group on Firearms, 2–3 May 2018". */
  datedMeeting(body: string, start: string, end: string): string;
  /** Its report: "Report on the meeting of … held on 2–3 May 2018". */
  datedMeetingReport(body: string, start: string, end: string): string;
  /** A paper for a meeting: "Background paper for the meeting of …, 2–3 May 2018". */
  paperFor(name: string, body: string, start: string, end: string): string;
  /** "Report": a report known by no meeting ("Report CTOC/COP/WG.4/2099/9"). */
  report: string;
}
