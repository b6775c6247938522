import type { GraphQLResolveInfo } from 'graphql';
import type { EntityRecord, InstrumentRecord, BodyRecord, SessionRecord, MandateRecord, MeetingRecord, DocumentRecord, RelationRecord, ProvenanceOf, ProposalOf, ParagraphRecord, SubgraphRecord, ExplanationRecord } from '../../domain/model.js';
import type { EvidenceView } from '../evidence-view.js';
import type { StatusChangeRecord } from '../../domain/status.js';
import type { ConflictOf, ClaimedValueOf } from '../../services/conflicts.js';
import type { FactSupportRecord } from '../../services/citations.js';
import type { GraphQLContext } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

/** A conference, working group, expert group, mechanism or secretariat. */
export type Body = Entity & {
  __typename?: 'Body';
  /** Other names in the given language, e.g. `Firearms Working Group`. */
  aliases: Array<Scalars['String']['output']>;
  /** Facts its sources disagree on, each with every value and its citation. Empty when they agree. */
  conflicts: Array<Conflict>;
  /** The relation that created this body, or null when no source says. */
  established: Maybe<Establishment>;
  /** Every change of status the relations state, oldest first (undated last), each with its date and the relation that caused it. */
  history: Array<StatusChange>;
  /** Stable, readable id, e.g. `body/cop`, `body/wg-firearms`. */
  id: Scalars['ID']['output'];
  /** Always BODY. */
  kind: EntityKind;
  /** Mandates that create or govern this body. */
  mandates: Array<Mandate>;
  /** Meetings this body holds (held or planned). */
  meetings: Array<Meeting>;
  /** The name in the given language. */
  name: Scalars['String']['output'];
  /** Set while the entity is a proposal under review — a document named it and neither the reference data nor a reviewer has vouched for it (`npm run review`): the document and the quote that introduced it. Null for reference data and accepted proposals. */
  proposal: Maybe<Proposal>;
  /** Where each field comes from. */
  provenance: Array<Provenance>;
  /** Interim, established or a constant element: now (no `asOf`), or as things stood at the end of `asOf` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). Null when no source says, or nothing had yet been said by then. */
  status: Maybe<BodyStatus>;
  /** How each of its facts is sourced (see `provenance` for the citations). */
  support: Array<FactSupport>;
  /** What kind of body this is. */
  type: BodyType;
};


/** A conference, working group, expert group, mechanism or secretariat. */
export type BodyAliasesArgs = {
  lang?: InputMaybe<Lang>;
};


/** A conference, working group, expert group, mechanism or secretariat. */
export type BodyNameArgs = {
  lang?: InputMaybe<Lang>;
};


/** A conference, working group, expert group, mechanism or secretariat. */
export type BodyStatusArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
};

/** One page of bodies. */
export type BodyConnection = {
  __typename?: 'BodyConnection';
  /** The bodies of this page, in list order. */
  edges: Array<BodyEdge>;
  /** Where this page stands in the list. */
  pageInfo: PageInfo;
  /** How many bodies match the filter, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A body in a list, with its cursor. */
export type BodyEdge = {
  __typename?: 'BodyEdge';
  /** Opaque position of this body in the list, for `after`. */
  cursor: Scalars['String']['output'];
  /** The body. */
  node: Body;
};

/** Which bodies to list; unset fields do not filter. */
export type BodyFilter = {
  /** Only bodies created or governed by this mandate id, e.g. `resolution/7/1`. */
  mandate?: InputMaybe<Scalars['ID']['input']>;
  /** Only bodies of this kind. */
  type?: InputMaybe<BodyType>;
};

/** What a body is: interim, established, a constant element. */
export type BodyStatus =
  /** A constant element of the Conference. */
  | 'CONSTANT_ELEMENT'
  /** Established. */
  | 'ESTABLISHED'
  /** Created for a time only. */
  | 'INTERIM';

/** Kinds of body. */
export type BodyType =
  /** The Conference of the Parties to the Convention. */
  | 'CONFERENCE'
  /** An expert group (e.g. the open-ended intergovernmental expert group under resolution 9/1). */
  | 'EXPERT_GROUP'
  /** A mechanism, such as the Review Mechanism. */
  | 'MECHANISM'
  /** A secretariat (UNODC). */
  | 'SECRETARIAT'
  /** A working group of the Conference (e.g. on Trafficking in Persons). */
  | 'WORKING_GROUP';

/** One source's value for a fact. */
export type ClaimedValue = {
  __typename?: 'ClaimedValue';
  /** The sentence that states it, when a document does. */
  evidence: Maybe<Evidence>;
  /** Whether this is the value the entity shows. */
  held: Scalars['Boolean']['output'];
  /** Where a reference value comes from, in the given language (the English text when no translation is stored). */
  note: Maybe<Scalars['String']['output']>;
  /** A document states it, or reference data gives it. */
  source: Source;
  /** The value as the source gives it (a year, a date, a place, a status). */
  value: Scalars['String']['output'];
};


/** One source's value for a fact. */
export type ClaimedValueNoteArgs = {
  lang?: InputMaybe<Lang>;
};

/** A fact two sources state differently (a date, a place, a session's year, a meeting's status on one date): both values are kept, each with its citation, and nothing a later document states overwrites the value the entity shows. */
export type Conflict = {
  __typename?: 'Conflict';
  /** For a meeting's status: the date both statements speak of (the documents' date). */
  asOf: Maybe<Scalars['String']['output']>;
  /** The field, e.g. `year`, `startDate`, `place`, `status`. */
  field: Scalars['String']['output'];
  /** Every value with its source; the value the entity shows comes first (`held`). */
  values: Array<ClaimedValue>;
};

/** How many sources state a relation. A second document, language version or paragraph adds to these counts, never a second relation. */
export type Corroboration = {
  __typename?: 'Corroboration';
  /** Two documents, or two language versions, state the relation. */
  corroborated: Scalars['Boolean']['output'];
  /** Distinct documents quoted. */
  documents: Scalars['Int']['output'];
  /** Those languages, in the order of the evidence. */
  langs: Array<Lang>;
  /** Distinct languages of the quotes. */
  languages: Scalars['Int']['output'];
  /** Distinct places quoted: a numbered paragraph of a document (in any language version: its translation is the same paragraph), or its header, a heading, a footnote. */
  paragraphs: Scalars['Int']['output'];
  /** No document states it: it is reference data (or derived), see `note`. */
  referenceOnly: Scalars['Boolean']['output'];
};

/** Which way to walk from an entity. */
export type Direction =
  /** The union of UPSTREAM and DOWNSTREAM. */
  | 'BOTH'
  /** What this created or governs, and what those produced. */
  | 'DOWNSTREAM'
  /** What this exists because of: creating and governing mandates, their sessions, the instruments. */
  | 'UPSTREAM';

/** A UN document: a report, a note, an agenda. */
export type Document = Entity & {
  __typename?: 'Document';
  /** Other names in the given language. */
  aliases: Array<Scalars['String']['output']>;
  /** Facts its sources disagree on, each with every value and its citation. Empty when they agree. */
  conflicts: Array<Conflict>;
  /** The document's date as `YYYY-MM-DD`, when it prints one. */
  date: Maybe<Scalars['String']['output']>;
  /** Stable, readable id: the UN symbol in Latin letters (`CTOC/COP/WG.4/2020/4`), or `document/...` when it prints none. */
  id: Scalars['ID']['output'];
  /** For a document that prints no symbol of its own (a note), the line that identifies it in a citation: its date, the provisional agenda it refers to and the items, e.g. `1 July 2020, CTOC/COP/2020/1, provisional agenda items 2, 4 and 5`; null for a document with a symbol. */
  identifyingLine: Maybe<Scalars['String']['output']>;
  /** Always DOCUMENT. */
  kind: EntityKind;
  /** The language of the version ingested (its quotes are in this language), when known. */
  lang: Maybe<Lang>;
  /** The languages whose text is stored, in alphabetical order (empty for a document known only by its symbol). */
  languages: Array<Lang>;
  /** The title in the given language. */
  name: Scalars['String']['output'];
  /** The document's text as read, block by block in reading order: every language version stored (one after the other, in the order of `languages`), or only the one asked for. */
  paragraphs: Array<Paragraph>;
  /** The symbol as printed (possibly with Cyrillic look-alike letters). */
  printedSymbol: Maybe<Scalars['String']['output']>;
  /** Set while the entity is a proposal under review — a document named it and neither the reference data nor a reviewer has vouched for it (`npm run review`): the document and the quote that introduced it. Null for reference data and accepted proposals. */
  proposal: Maybe<Proposal>;
  /** Where each field comes from. */
  provenance: Array<Provenance>;
  /** The sessions and meetings this document is submitted to: a report to a session of the Conference, a background paper to the meeting of the working group it was prepared for. */
  sentTo: Array<Entity>;
  /** Sessions this document is submitted to (`sentTo` lists the meetings too). */
  submittedTo: Array<Session>;
  /** How each of its facts is sourced (see `provenance` for the citations). */
  support: Array<FactSupport>;
  /** UN symbol in Latin letters, or null when the document prints none. */
  symbol: Maybe<Scalars['String']['output']>;
  /** Report, note, background paper, provisional agenda or a mandate's text. */
  type: DocumentType;
  /** The year of the document, when known. */
  year: Maybe<Scalars['Int']['output']>;
};


/** A UN document: a report, a note, an agenda. */
export type DocumentAliasesArgs = {
  lang?: InputMaybe<Lang>;
};


/** A UN document: a report, a note, an agenda. */
export type DocumentIdentifyingLineArgs = {
  lang?: InputMaybe<Lang>;
};


/** A UN document: a report, a note, an agenda. */
export type DocumentNameArgs = {
  lang?: InputMaybe<Lang>;
};


/** A UN document: a report, a note, an agenda. */
export type DocumentParagraphsArgs = {
  lang?: InputMaybe<Lang>;
};

/** One page of documents. */
export type DocumentConnection = {
  __typename?: 'DocumentConnection';
  /** The documents of this page, in list order. */
  edges: Array<DocumentEdge>;
  /** Where this page stands in the list. */
  pageInfo: PageInfo;
  /** How many documents match the filter, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A document in a list, with its cursor. */
export type DocumentEdge = {
  __typename?: 'DocumentEdge';
  /** Opaque position of this document in the list, for `after`. */
  cursor: Scalars['String']['output'];
  /** The document. */
  node: Document;
};

/** Which documents to list; unset fields do not filter. */
export type DocumentFilter = {
  /** Session number the documents are submitted to. */
  session?: InputMaybe<Scalars['Int']['input']>;
  /** Only documents of this kind. */
  type?: InputMaybe<DocumentType>;
  /** Only documents of this year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Kinds of document. */
export type DocumentType =
  /** A background paper the Secretariat prepares for a meeting of a working group; it is SUBMITTED_TO that meeting. */
  | 'BACKGROUND_PAPER'
  /** A note, e.g. by the secretariat. */
  | 'NOTE'
  /** A provisional agenda (with its annotations). */
  | 'PROVISIONAL_AGENDA'
  /** The report of a meeting. */
  | 'REPORT'
  /** The text of a resolution or decision (preamble and operative paragraphs), as ingested; it REFERENCES the mandate it is the text of. */
  | 'TEXT';

/** Anything in the graph. */
export type Entity = {
  /** Other names the entity goes by in the given language (short forms, abbreviations); search finds them. */
  aliases: Array<Scalars['String']['output']>;
  /** Facts its sources disagree on, each with every value and its citation. Empty when they agree. */
  conflicts: Array<Conflict>;
  /** Stable, readable id: `decision/4/4`, `session/10`, `CTOC/COP/WG.4/2020/4`, `body/wg-firearms`. */
  id: Scalars['ID']['output'];
  /** Which of the six kinds this entity is (the same as its concrete GraphQL type). */
  kind: EntityKind;
  /** The name in the given language, as the documents print it or as a composed label. */
  name: Scalars['String']['output'];
  /** Set while the entity is a proposal under review — a document named it and neither the reference data nor a reviewer has vouched for it (`npm run review`): the document and the quote that introduced it. Null for reference data and accepted proposals. */
  proposal: Maybe<Proposal>;
  /** Where each field comes from. */
  provenance: Array<Provenance>;
  /** How each of its facts is sourced (see `provenance` for the citations). */
  support: Array<FactSupport>;
};


/** Anything in the graph. */
export type EntityAliasesArgs = {
  lang?: InputMaybe<Lang>;
};


/** Anything in the graph. */
export type EntityNameArgs = {
  lang?: InputMaybe<Lang>;
};

/** The six kinds of things in the graph (one Neo4j label each). */
export type EntityKind =
  /** A conference, working group, expert group, mechanism or secretariat. */
  | 'BODY'
  /** A UN document: a report, a note, an agenda. */
  | 'DOCUMENT'
  /** The Convention or one of its Protocols. */
  | 'INSTRUMENT'
  /** A resolution or decision of the Conference. */
  | 'MANDATE'
  /** A meeting of a body. */
  | 'MEETING'
  /** A numbered session of the Conference of the Parties. */
  | 'SESSION';

/** How a body came to be: the relation that created it. */
export type Establishment = {
  __typename?: 'Establishment';
  /** The mandate (or instrument) that created the body. */
  by: Entity;
  /** The CREATES relation itself, with its evidence. */
  relation: Relation;
  /** Year of the session that adopted it, when known. */
  year: Maybe<Scalars['Int']['output']>;
};

/** A sentence of a document that states a relation or a fact. */
export type Evidence = {
  __typename?: 'Evidence';
  /** Which part of the document the quote stands in. */
  context: EvidenceContext;
  /** The document the sentence is quoted from. */
  document: Document;
  /** The language of the quote (the language version of the document it is taken from). */
  lang: Lang;
  /** False when the document prints no number for the paragraph (a web page, a decision's lettered clauses): `paragraph` is its position, cited as "3rd paragraph (unnumbered)". True otherwise, headings and the header included. */
  numbered: Scalars['Boolean']['output'];
  /** Paragraph number, or null when the quote is in a heading, the header or a footnote. For a paragraph the document prints no number for (`numbered: false`), its position among the paragraphs, from 1. */
  paragraph: Maybe<Scalars['Int']['output']>;
  /** The sentence exactly as in the document (page-break artefacts included). */
  quote: Scalars['String']['output'];
  /** The explorer's source reader at this quote, as a path: the document, the paragraph (`para`: its number, or `header`, `heading`, `footnote`), the language version (`version`) and what the quote is evidence of (`quote`: a relation id, or `of`: an entity id), e.g. `/?doc=CTOC%2FCOP%2F2020%2F1&para=4&version=ru&quote=CREATES%3A…`. */
  url: Scalars['String']['output'];
};

/** Where in a document a quote stands. */
export type EvidenceContext =
  /** A footnote. */
  | 'FOOTNOTE'
  /** The document's header (session, date, agenda). */
  | 'HEADER'
  /** A heading between paragraphs. */
  | 'HEADING'
  /** A numbered paragraph; `paragraph` holds its number. */
  | 'PARAGRAPH'
  /** A preambular clause of a resolution or decision (unnumbered: "Recalling …", "ссылаясь на …"). */
  | 'PREAMBLE';

/** Why an entity exists. */
export type Explanation = {
  __typename?: 'Explanation';
  /** The upstream relations in chronological order (oldest first). */
  steps: Array<Relation>;
  /** The entity explained. */
  subject: Entity;
  /** One readable paragraph naming the mandates and citing the paragraphs. */
  summary: Scalars['String']['output'];
};


/** Why an entity exists. */
export type ExplanationSummaryArgs = {
  lang?: InputMaybe<Lang>;
};

/** An exported lineage, ready to save as a file. */
export type ExportFile = {
  __typename?: 'ExportFile';
  /** The whole file as text. */
  content: Scalars['String']['output'];
  /** Suggested file name, e.g. `mandate-lineage-body_wg-firearms.graphml`. */
  fileName: Scalars['String']['output'];
  /** The media type of `content`, e.g. `application/graphml+xml; charset=utf-8`. */
  mimeType: Scalars['String']['output'];
  /** The relative HTTP URL (`/export/...`) that serves the same file for a download or `pandas.read_csv`. */
  url: Scalars['String']['output'];
};

/** File formats a lineage can be exported in. Every format carries the evidence of every edge. */
export type ExportFormat =
  /** The edges as CSV, one row per relation, evidence lists joined by ` | `. */
  | 'CSV_EDGES'
  /** The nodes as CSV: `id,kind,name_en,name_ru,symbol,year`. */
  | 'CSV_NODES'
  /** Cytoscape desktop JSON (`.cyjs`, File → Import → Network from File). */
  | 'CYJS'
  /** GEXF 1.2 for Gephi (`.gexf`). */
  | 'GEXF'
  /** GraphML for Gephi, Cytoscape desktop and yEd (`.graphml`). */
  | 'GRAPHML'
  /** JSON-LD: entities and relations as linked data; documents are identified by `https://undocs.org/<symbol>`. */
  | 'JSONLD';

/** How one fact of an entity is sourced: corroborated when two documents or two language versions state it; reference only when no document does. */
export type FactSupport = {
  __typename?: 'FactSupport';
  /** Two documents, or two language versions, state it. */
  corroborated: Scalars['Boolean']['output'];
  /** Distinct documents that state it. */
  documents: Scalars['Int']['output'];
  /** The field, e.g. `year`, `name.en`, `startDate`. */
  field: Scalars['String']['output'];
  /** Distinct languages of the quotes that state it. */
  languages: Scalars['Int']['output'];
  /** Only reference data (or derivation) gives it: no document states it. */
  referenceOnly: Scalars['Boolean']['output'];
};

/** The Convention or one of its Protocols. */
export type Instrument = Entity & {
  __typename?: 'Instrument';
  /** Year of adoption (reference data). */
  adopted: Maybe<Scalars['Int']['output']>;
  /** Other names in the given language, e.g. `UNTOC`, `Palermo Convention`. */
  aliases: Array<Scalars['String']['output']>;
  /** Facts its sources disagree on, each with every value and its citation. Empty when they agree. */
  conflicts: Array<Conflict>;
  /** Stable, readable id, e.g. `instrument/untoc`, `instrument/firearms-protocol`. */
  id: Scalars['ID']['output'];
  /** Always INSTRUMENT. */
  kind: EntityKind;
  /** The name in the given language. */
  name: Scalars['String']['output'];
  /** Set while the entity is a proposal under review — a document named it and neither the reference data nor a reviewer has vouched for it (`npm run review`): the document and the quote that introduced it. Null for reference data and accepted proposals. */
  proposal: Maybe<Proposal>;
  /** Where each field comes from. */
  provenance: Array<Provenance>;
  /** The Convention a Protocol supplements. */
  supplements: Maybe<Instrument>;
  /** How each of its facts is sourced (see `provenance` for the citations). */
  support: Array<FactSupport>;
  /** Convention or Protocol. */
  type: InstrumentType;
};


/** The Convention or one of its Protocols. */
export type InstrumentAliasesArgs = {
  lang?: InputMaybe<Lang>;
};


/** The Convention or one of its Protocols. */
export type InstrumentNameArgs = {
  lang?: InputMaybe<Lang>;
};

/** Kinds of instrument. */
export type InstrumentType =
  /** The United Nations Convention against Transnational Organized Crime. */
  | 'CONVENTION'
  /** A Protocol supplementing the Convention. */
  | 'PROTOCOL';

/** How many entities of one kind the graph holds. */
export type KindCount = {
  __typename?: 'KindCount';
  /** How many entities of that kind. */
  count: Scalars['Int']['output'];
  /** The kind of entity. */
  kind: EntityKind;
};

/** Language of a name, a summary or a piece of evidence. */
export type Lang =
  /** English */
  | 'EN'
  /** Russian */
  | 'RU';

/** A resolution or decision of the Conference. */
export type Mandate = Entity & {
  __typename?: 'Mandate';
  /** The date it was adopted (ISO), only when a document states it ("its resolution 5/5 of 22 October 2010"); its provenance cites the sentence. Null otherwise: the session's dates are on `session`. */
  adopted: Maybe<Scalars['String']['output']>;
  /** Other names in the given language, e.g. `Conference resolution 7/1`. */
  aliases: Array<Scalars['String']['output']>;
  /** Facts its sources disagree on, each with every value and its citation. Empty when they agree. */
  conflicts: Array<Conflict>;
  /** Bodies this mandate creates (the CREATES relations it starts). */
  creates: Array<Body>;
  /** Bodies this mandate governs (the GOVERNS relations it starts), e.g. one it made a constant element. */
  governs: Array<Body>;
  /** Its adoption and every later citation, oldest first (undated last), each with its date and the relation. */
  history: Array<StatusChange>;
  /** Stable, readable id: `resolution/<N>/<M>` or `decision/<N>/<M>`, e.g. `resolution/7/1`. */
  id: Scalars['ID']['output'];
  /** Always MANDATE. */
  kind: EntityKind;
  /** The name in the given language, e.g. `Resolution 7/1`. */
  name: Scalars['String']['output'];
  /** As written: `7/1` is the 1st text adopted at the 7th session. */
  number: Scalars['String']['output'];
  /** Set while the entity is a proposal under review — a document named it and neither the reference data nor a reviewer has vouched for it (`npm run review`): the document and the quote that introduced it. Null for reference data and accepted proposals. */
  proposal: Maybe<Proposal>;
  /** Where each field comes from. */
  provenance: Array<Provenance>;
  /** The session that adopted it (the N of its number N/M). */
  session: Session;
  /** Adopted, or cited by a later text: now (no `asOf`), or as things stood at the end of `asOf` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). Null before it was adopted. */
  status: Maybe<MandateStatus>;
  /** What the text is about, as the document names it. */
  subject: Maybe<Scalars['String']['output']>;
  /** How each of its facts is sourced (see `provenance` for the citations). */
  support: Array<FactSupport>;
  /** Resolution or decision. */
  type: MandateType;
};


/** A resolution or decision of the Conference. */
export type MandateAliasesArgs = {
  lang?: InputMaybe<Lang>;
};


/** A resolution or decision of the Conference. */
export type MandateNameArgs = {
  lang?: InputMaybe<Lang>;
};


/** A resolution or decision of the Conference. */
export type MandateStatusArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
};


/** A resolution or decision of the Conference. */
export type MandateSubjectArgs = {
  lang?: InputMaybe<Lang>;
};

/** One page of mandates. */
export type MandateConnection = {
  __typename?: 'MandateConnection';
  /** The mandates of this page, in list order. */
  edges: Array<MandateEdge>;
  /** Where this page stands in the list. */
  pageInfo: PageInfo;
  /** How many mandates match the filter, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A mandate in a list, with its cursor. */
export type MandateEdge = {
  __typename?: 'MandateEdge';
  /** Opaque position of this mandate in the list, for `after`. */
  cursor: Scalars['String']['output'];
  /** The mandate. */
  node: Mandate;
};

/** Which mandates to list; unset fields do not filter. */
export type MandateFilter = {
  /** Session number. */
  session?: InputMaybe<Scalars['Int']['input']>;
  /** Resolutions or decisions only. */
  type?: InputMaybe<MandateType>;
  /** Year of the session that adopted it. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** What a mandate is: adopted, or cited since by a later text. */
export type MandateStatus =
  /** Adopted at its session. */
  | 'ADOPTED'
  /** Cited by a later text. */
  | 'CITED';

/** Kinds of mandate. */
export type MandateType =
  /** A decision of the Conference, e.g. decision 4/4. */
  | 'DECISION'
  /** A resolution of the Conference, e.g. resolution 7/1. */
  | 'RESOLUTION';

/** A meeting of a body. */
export type Meeting = Entity & {
  __typename?: 'Meeting';
  /** Other names in the given language. */
  aliases: Array<Scalars['String']['output']>;
  /** The body that holds the meeting. */
  body: Body;
  /** Facts its sources disagree on, each with every value and its citation. Empty when they agree. */
  conflicts: Array<Conflict>;
  /** Documents submitted to the meeting, e.g. the background papers the Secretariat prepared for it. */
  documents: Array<Document>;
  /** Last day of the meeting as `YYYY-MM-DD`, when known. */
  endDate: Maybe<Scalars['String']['output']>;
  /** Planned, then held, as documents say, oldest first: a held meeting is dated by its last day, a planned one by the document that says it is planned. */
  history: Array<StatusChange>;
  /** Stable, readable id: `meeting/<body>/<ordinal>`, e.g. `meeting/wg-firearms/7`; for a meeting the documents identify by its dates only, `meeting/<body>/<first day>`, e.g. `meeting/wg-firearms/2018-05-02`. */
  id: Scalars['ID']['output'];
  /** Always MEETING. */
  kind: EntityKind;
  /** The name in the given language, e.g. `10th meeting of the Working Group on Trafficking in Persons`. */
  name: Scalars['String']['output'];
  /** Which meeting of the body this is: 10 for its tenth meeting; null when the documents identify the meeting by its dates only. */
  ordinal: Maybe<Scalars['Int']['output']>;
  /** Where the meeting was (or is to be) held, when known, in the given language (as stored when no translation is known). */
  place: Maybe<Scalars['String']['output']>;
  /** Set while the entity is a proposal under review — a document named it and neither the reference data nor a reviewer has vouched for it (`npm run review`): the document and the quote that introduced it. Null for reference data and accepted proposals. */
  proposal: Maybe<Proposal>;
  /** Where each field comes from. */
  provenance: Array<Provenance>;
  /** Documents the meeting produced (its reports). */
  reports: Array<Document>;
  /** First day of the meeting as `YYYY-MM-DD`, when known. */
  startDate: Maybe<Scalars['String']['output']>;
  /** Held or planned: as the latest document says (no `asOf`; that document's date is `statusAsOf`), or as things stood at the end of `asOf` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), null when no document had said so by then. */
  status: Maybe<MeetingStatus>;
  /** The date of the document that says whether the meeting was held. */
  statusAsOf: Maybe<Scalars['String']['output']>;
  /** How each of its facts is sourced (see `provenance` for the citations). */
  support: Array<FactSupport>;
};


/** A meeting of a body. */
export type MeetingAliasesArgs = {
  lang?: InputMaybe<Lang>;
};


/** A meeting of a body. */
export type MeetingNameArgs = {
  lang?: InputMaybe<Lang>;
};


/** A meeting of a body. */
export type MeetingPlaceArgs = {
  lang?: InputMaybe<Lang>;
};


/** A meeting of a body. */
export type MeetingStatusArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
};

/** Whether a meeting has taken place. */
export type MeetingStatus =
  /** Held, as of `statusAsOf`. */
  | 'HELD'
  /** Only planned, as of `statusAsOf`. */
  | 'PLANNED';

/** What the graph holds, at a glance. */
export type Overview = {
  __typename?: 'Overview';
  /** How many entities of each kind, one entry per kind in the order of EntityKind (zero included). */
  entities: Array<KindCount>;
  /** The Conference's decisions and resolutions in session order, at most 100 (`mandates` pages through all of them). */
  mandates: Array<Mandate>;
  /** How many relations (edges) the graph holds. */
  relations: Scalars['Int']['output'];
  /** The documents the graph was read from: those ingested in one of their language versions (`lang` is set), at most 100. */
  sources: Array<Document>;
};

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last item of this page, or null when the page is empty. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether more items follow this page (pass `endCursor` as `after` to get them). */
  hasNextPage: Scalars['Boolean']['output'];
  /** Whether this page was asked for with `after`, i.e. items precede it. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** The cursor of the first item of this page, or null when the page is empty. */
  startCursor: Maybe<Scalars['String']['output']>;
};

/** A block of a document's text as read: a header line, a heading, a numbered paragraph or a footnote. */
export type Paragraph = {
  __typename?: 'Paragraph';
  /** Which part of the document the block is. */
  context: EvidenceContext;
  /** The entities' facts this block is evidence for (a quote of their provenance stands in it), each with its entity (`of`). */
  facts: Array<Provenance>;
  /** Position in the text of this language version, from 0, in reading order. */
  index: Scalars['Int']['output'];
  /** The language version the block belongs to. */
  lang: Lang;
  /** The paragraph's number; null outside the paragraphs (header lines, headings, footnotes). For a paragraph the document prints no number for (`numbered: false`), its position among the paragraphs, from 1. */
  number: Maybe<Scalars['Int']['output']>;
  /** False when the document prints no number for this paragraph: `number` is its position ("3rd paragraph (unnumbered)"). */
  numbered: Scalars['Boolean']['output'];
  /** The relations this block is evidence for (a quote of theirs stands in it). */
  statements: Array<Relation>;
  /** The block's text, verbatim as read: a quote from it is a part of it. */
  text: Scalars['String']['output'];
};

/** Who proposed an entity under review. */
export type Proposal = {
  __typename?: 'Proposal';
  /** The document whose reading named the entity. */
  document: Document;
  /** The quote that introduced it. */
  evidence: Evidence;
};

/** The origin of some of an entity's fields. */
export type Provenance = {
  __typename?: 'Provenance';
  /** Present when source is DOCUMENT. */
  evidence: Maybe<Evidence>;
  /** Field names, e.g. `name.ru`, `startDate`. */
  fields: Array<Scalars['String']['output']>;
  /** Why a REFERENCE or DERIVED value holds, in words, in the given language (the English text when no translation is stored); null when the evidence says it all. */
  note: Maybe<Scalars['String']['output']>;
  /** The entity these fields belong to. */
  of: Entity;
  /** Whether these fields are stated in a document, reference data or derived. */
  source: Source;
};


/** The origin of some of an entity's fields. */
export type ProvenanceNoteArgs = {
  lang?: InputMaybe<Lang>;
};

/** The entry points: look an entity up, search, walk its lineage, ask why it exists, or list by kind. */
export type Query = {
  __typename?: 'Query';
  /** Bodies, by id. */
  bodies: BodyConnection;
  /** Documents, by id. */
  documents: DocumentConnection;
  /** One entity by id. An unknown id is a `BAD_USER_INPUT` error naming `id`. */
  entity: Maybe<Entity>;
  /** The lineage of an entity (as `lineage` returns it) as a file in one of the export formats. */
  exportLineage: ExportFile;
  /** The lineage of an entity. maxDepth is 1 to 20. */
  lineage: Subgraph;
  /** Resolutions and decisions, by session order. */
  mandates: MandateConnection;
  /** What the graph holds: how many entities of each kind, how many relations, and the documents it was read from. */
  overview: Overview;
  /** Find entities by English or Russian words (any case, any inflection), aliases, mandate numbers (`7/1`) or document symbols in any script. */
  search: Array<Entity>;
  /** Sessions, by number. */
  sessions: SessionConnection;
  /** Why an entity exists: the upstream chain and a summary. */
  whyExists: Explanation;
};


/** The entry points: look an entity up, search, walk its lineage, ask why it exists, or list by kind. */
export type QueryBodiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BodyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points: look an entity up, search, walk its lineage, ask why it exists, or list by kind. */
export type QueryDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DocumentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points: look an entity up, search, walk its lineage, ask why it exists, or list by kind. */
export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


/** The entry points: look an entity up, search, walk its lineage, ask why it exists, or list by kind. */
export type QueryExportLineageArgs = {
  direction?: InputMaybe<Direction>;
  format: ExportFormat;
  id: Scalars['ID']['input'];
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points: look an entity up, search, walk its lineage, ask why it exists, or list by kind. */
export type QueryLineageArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  direction?: InputMaybe<Direction>;
  id: Scalars['ID']['input'];
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points: look an entity up, search, walk its lineage, ask why it exists, or list by kind. */
export type QueryMandatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MandateFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points: look an entity up, search, walk its lineage, ask why it exists, or list by kind. */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  query: Scalars['String']['input'];
};


/** The entry points: look an entity up, search, walk its lineage, ask why it exists, or list by kind. */
export type QuerySessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SessionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** The entry points: look an entity up, search, walk its lineage, ask why it exists, or list by kind. */
export type QueryWhyExistsArgs = {
  asOf?: InputMaybe<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};

/** An edge, with the evidence for it. */
export type Relation = {
  __typename?: 'Relation';
  /** How a mandate governs a body, e.g. `made a constant element`; for REFERENCES, what is referred to, e.g. `provisional agenda items 2, 4 and 5`. The English form is the one in the relation's id; in Russian, null when the action has no Russian form (then name the relation by its type). */
  action: Maybe<Scalars['String']['output']>;
  /** The mandate pursuant to which (e.g. a report goes to a session pursuant to resolution 7/1). */
  basis: Maybe<Mandate>;
  /** How many documents, paragraphs and languages state this relation. */
  corroboration: Corroboration;
  /** The sentences that state this relation; empty only for REFERENCE and DERIVED relations. */
  evidence: Array<Evidence>;
  /** The entity the relation starts at (see RelationType for which end is the cause). */
  from: Entity;
  /** Stable id: `TYPE:from>to`, plus `:action` for GOVERNS. */
  id: Scalars['ID']['output'];
  /** Why a REFERENCE or DERIVED relation holds, in the given language (the English text when no translation is stored). */
  note: Maybe<Scalars['String']['output']>;
  /** Whether a document states the relation, or it is reference data or derived. */
  source: Source;
  /** The entity the relation ends at. */
  to: Entity;
  /** What kind of relation this is. */
  type: RelationType;
};


/** An edge, with the evidence for it. */
export type RelationActionArgs = {
  lang?: InputMaybe<Lang>;
};


/** An edge, with the evidence for it. */
export type RelationNoteArgs = {
  lang?: InputMaybe<Lang>;
};

/** Relation types between entities. */
export type RelationType =
  /** A mandate was adopted at a session. */
  | 'ADOPTED_AT'
  /** A mandate cites an earlier mandate or an instrument in its preamble ("Recalling its resolution 5/5", "ссылаясь на"): what it builds on. The evidence is the preambular clause. */
  | 'CITES'
  /** A mandate concerns an instrument. */
  | 'CONCERNS'
  /** A mandate (or the Convention) creates a body. */
  | 'CREATES'
  /** A mandate governs a body: `action` says how. */
  | 'GOVERNS'
  /** A body holds a meeting. */
  | 'HOLDS'
  /** A meeting produces a document. */
  | 'PRODUCES'
  /** A document refers to another (e.g. its provisional agenda). */
  | 'REFERENCES'
  /** A session is a session of a body (the Conference). */
  | 'SESSION_OF'
  /** A document is submitted to a session of the Conference, or (a background paper) to the meeting of a working group it was prepared for. */
  | 'SUBMITTED_TO'
  /** A Protocol supplements the Convention. */
  | 'SUPPLEMENTS';

/** A numbered session of the Conference of the Parties. */
export type Session = Entity & {
  __typename?: 'Session';
  /** Other names in the given language. */
  aliases: Array<Scalars['String']['output']>;
  /** Facts its sources disagree on, each with every value and its citation. Empty when they agree. */
  conflicts: Array<Conflict>;
  /** Documents submitted to this session. */
  documents: Array<Document>;
  /** Last day of the session as `YYYY-MM-DD`, when known. */
  endDate: Maybe<Scalars['String']['output']>;
  /** Stable, readable id: `session/<number>`, e.g. `session/10`. */
  id: Scalars['ID']['output'];
  /** Always SESSION. */
  kind: EntityKind;
  /** Mandates adopted at this session. */
  mandates: Array<Mandate>;
  /** The name in the given language, e.g. `Tenth session of the Conference of the Parties`. */
  name: Scalars['String']['output'];
  /** The session's number: 10 for the tenth session. */
  number: Scalars['Int']['output'];
  /** Where the session was held (a city), when known, in the given language (as stored when no translation is known). */
  place: Maybe<Scalars['String']['output']>;
  /** Set while the entity is a proposal under review — a document named it and neither the reference data nor a reviewer has vouched for it (`npm run review`): the document and the quote that introduced it. Null for reference data and accepted proposals. */
  proposal: Maybe<Proposal>;
  /** Where each field comes from. */
  provenance: Array<Provenance>;
  /** First day of the session as `YYYY-MM-DD`, when known. */
  startDate: Maybe<Scalars['String']['output']>;
  /** How each of its facts is sourced (see `provenance` for the citations). */
  support: Array<FactSupport>;
  /** The year the session was held, when known (reference data for sessions before the tenth). */
  year: Maybe<Scalars['Int']['output']>;
};


/** A numbered session of the Conference of the Parties. */
export type SessionAliasesArgs = {
  lang?: InputMaybe<Lang>;
};


/** A numbered session of the Conference of the Parties. */
export type SessionNameArgs = {
  lang?: InputMaybe<Lang>;
};


/** A numbered session of the Conference of the Parties. */
export type SessionPlaceArgs = {
  lang?: InputMaybe<Lang>;
};

/** One page of sessions. */
export type SessionConnection = {
  __typename?: 'SessionConnection';
  /** The sessions of this page, in list order. */
  edges: Array<SessionEdge>;
  /** Where this page stands in the list. */
  pageInfo: PageInfo;
  /** How many sessions match the filter, on all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A session in a list, with its cursor. */
export type SessionEdge = {
  __typename?: 'SessionEdge';
  /** Opaque position of this session in the list, for `after`. */
  cursor: Scalars['String']['output'];
  /** The session. */
  node: Session;
};

/** Which sessions to list; unset fields do not filter. */
export type SessionFilter = {
  /** Only sessions held in this year. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

/** Where a fact or a relation comes from. */
export type Source =
  /** Composed by Mandate Lineage from cited facts (e.g. a label, or the session a number N/M implies). */
  | 'DERIVED'
  /** Stated in a document; the evidence cites it. */
  | 'DOCUMENT'
  /** General public reference (e.g. the year of an earlier session); not in any ingested document. */
  | 'REFERENCE';

/** What a body, a meeting or a mandate was at some date (see `StatusChange`). */
export type Status =
  /** A mandate adopted at its session. */
  | 'ADOPTED'
  /** A mandate a later text cites (recalls, reaffirms, bears in mind): still relied upon then. */
  | 'CITED'
  /** A body the Conference made (or established as) a constant element of itself. */
  | 'CONSTANT_ELEMENT'
  /** A body established (created without a time limit). */
  | 'ESTABLISHED'
  /** A meeting a document says was held. */
  | 'HELD'
  /** A body created for a time only: the relation that created it says so ("interim", "временная"). */
  | 'INTERIM'
  /** A meeting a document says is planned. */
  | 'PLANNED';

/** A change of status, from one cited relation: what the entity became, when, and why. */
export type StatusChange = {
  __typename?: 'StatusChange';
  /** The relation that caused the change, with its evidence: the CREATES or GOVERNS relation for a body, HOLDS for a meeting, ADOPTED_AT or CITES for a mandate. */
  because: Relation;
  /** When: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as precisely as the sources allow (a mandate without a stated date is dated by its session). Null when nothing dates it; such a change counts only for the current status. A date known to the year only counts from the end of that year. */
  date: Maybe<Scalars['String']['output']>;
  /** Where the date comes from: DOCUMENT (a document states it), REFERENCE (reference data, e.g. the year of an earlier session) or DERIVED (composed by Mandate Lineage). */
  dateSource: Source;
  /** What the entity became. */
  status: Status;
};

/** A part of the graph. */
export type Subgraph = {
  __typename?: 'Subgraph';
  /** The documents the edges' evidence quotes, each once, in the order first quoted. A deep lineage quotes the same few documents hundreds of times: ask each quote for `document { id }` and find its symbol, names and date here, instead of repeating them with every quote. */
  documents: Array<Document>;
  /** The relations between them. */
  edges: Array<Relation>;
  /** The entities reached, the starting entity included. */
  nodes: Array<Entity>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Body: ResolverTypeWrapper<BodyRecord>;
  BodyConnection: ResolverTypeWrapper<Omit<BodyConnection, 'edges'> & { edges: Array<ResolversTypes['BodyEdge']> }>;
  BodyEdge: ResolverTypeWrapper<Omit<BodyEdge, 'node'> & { node: ResolversTypes['Body'] }>;
  BodyFilter: BodyFilter;
  BodyStatus: BodyStatus;
  BodyType: BodyType;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ClaimedValue: ResolverTypeWrapper<ClaimedValueOf>;
  Conflict: ResolverTypeWrapper<ConflictOf>;
  Corroboration: ResolverTypeWrapper<Corroboration>;
  Direction: Direction;
  Document: ResolverTypeWrapper<DocumentRecord>;
  DocumentConnection: ResolverTypeWrapper<Omit<DocumentConnection, 'edges'> & { edges: Array<ResolversTypes['DocumentEdge']> }>;
  DocumentEdge: ResolverTypeWrapper<Omit<DocumentEdge, 'node'> & { node: ResolversTypes['Document'] }>;
  DocumentFilter: DocumentFilter;
  DocumentType: DocumentType;
  Entity: ResolverTypeWrapper<EntityRecord>;
  EntityKind: EntityKind;
  Establishment: ResolverTypeWrapper<Omit<Establishment, 'by' | 'relation'> & { by: ResolversTypes['Entity'], relation: ResolversTypes['Relation'] }>;
  Evidence: ResolverTypeWrapper<EvidenceView>;
  EvidenceContext: EvidenceContext;
  Explanation: ResolverTypeWrapper<ExplanationRecord>;
  ExportFile: ResolverTypeWrapper<ExportFile>;
  ExportFormat: ExportFormat;
  FactSupport: ResolverTypeWrapper<FactSupportRecord>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Instrument: ResolverTypeWrapper<InstrumentRecord>;
  InstrumentType: InstrumentType;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  KindCount: ResolverTypeWrapper<KindCount>;
  Lang: Lang;
  Mandate: ResolverTypeWrapper<MandateRecord>;
  MandateConnection: ResolverTypeWrapper<Omit<MandateConnection, 'edges'> & { edges: Array<ResolversTypes['MandateEdge']> }>;
  MandateEdge: ResolverTypeWrapper<Omit<MandateEdge, 'node'> & { node: ResolversTypes['Mandate'] }>;
  MandateFilter: MandateFilter;
  MandateStatus: MandateStatus;
  MandateType: MandateType;
  Meeting: ResolverTypeWrapper<MeetingRecord>;
  MeetingStatus: MeetingStatus;
  Overview: ResolverTypeWrapper<Omit<Overview, 'mandates' | 'sources'> & { mandates: Array<ResolversTypes['Mandate']>, sources: Array<ResolversTypes['Document']> }>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Paragraph: ResolverTypeWrapper<ParagraphRecord>;
  Proposal: ResolverTypeWrapper<ProposalOf>;
  Provenance: ResolverTypeWrapper<ProvenanceOf>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Relation: ResolverTypeWrapper<RelationRecord>;
  RelationType: RelationType;
  Session: ResolverTypeWrapper<SessionRecord>;
  SessionConnection: ResolverTypeWrapper<Omit<SessionConnection, 'edges'> & { edges: Array<ResolversTypes['SessionEdge']> }>;
  SessionEdge: ResolverTypeWrapper<Omit<SessionEdge, 'node'> & { node: ResolversTypes['Session'] }>;
  SessionFilter: SessionFilter;
  Source: Source;
  Status: Status;
  StatusChange: ResolverTypeWrapper<StatusChangeRecord>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<SubgraphRecord>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Body: BodyRecord;
  BodyConnection: Omit<BodyConnection, 'edges'> & { edges: Array<ResolversParentTypes['BodyEdge']> };
  BodyEdge: Omit<BodyEdge, 'node'> & { node: ResolversParentTypes['Body'] };
  BodyFilter: BodyFilter;
  Boolean: Scalars['Boolean']['output'];
  ClaimedValue: ClaimedValueOf;
  Conflict: ConflictOf;
  Corroboration: Corroboration;
  Document: DocumentRecord;
  DocumentConnection: Omit<DocumentConnection, 'edges'> & { edges: Array<ResolversParentTypes['DocumentEdge']> };
  DocumentEdge: Omit<DocumentEdge, 'node'> & { node: ResolversParentTypes['Document'] };
  DocumentFilter: DocumentFilter;
  Entity: EntityRecord;
  Establishment: Omit<Establishment, 'by' | 'relation'> & { by: ResolversParentTypes['Entity'], relation: ResolversParentTypes['Relation'] };
  Evidence: EvidenceView;
  Explanation: ExplanationRecord;
  ExportFile: ExportFile;
  FactSupport: FactSupportRecord;
  ID: Scalars['ID']['output'];
  Instrument: InstrumentRecord;
  Int: Scalars['Int']['output'];
  KindCount: KindCount;
  Mandate: MandateRecord;
  MandateConnection: Omit<MandateConnection, 'edges'> & { edges: Array<ResolversParentTypes['MandateEdge']> };
  MandateEdge: Omit<MandateEdge, 'node'> & { node: ResolversParentTypes['Mandate'] };
  MandateFilter: MandateFilter;
  Meeting: MeetingRecord;
  Overview: Omit<Overview, 'mandates' | 'sources'> & { mandates: Array<ResolversParentTypes['Mandate']>, sources: Array<ResolversParentTypes['Document']> };
  PageInfo: PageInfo;
  Paragraph: ParagraphRecord;
  Proposal: ProposalOf;
  Provenance: ProvenanceOf;
  Query: Record<PropertyKey, never>;
  Relation: RelationRecord;
  Session: SessionRecord;
  SessionConnection: Omit<SessionConnection, 'edges'> & { edges: Array<ResolversParentTypes['SessionEdge']> };
  SessionEdge: Omit<SessionEdge, 'node'> & { node: ResolversParentTypes['Session'] };
  SessionFilter: SessionFilter;
  StatusChange: StatusChangeRecord;
  String: Scalars['String']['output'];
  Subgraph: SubgraphRecord;
};

export type BodyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Body'] = ResolversParentTypes['Body']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, RequireFields<BodyAliasesArgs, 'lang'>>;
  conflicts?: Resolver<Array<ResolversTypes['Conflict']>, ParentType, ContextType>;
  established?: Resolver<Maybe<ResolversTypes['Establishment']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['StatusChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  mandates?: Resolver<Array<ResolversTypes['Mandate']>, ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<BodyNameArgs, 'lang'>>;
  proposal?: Resolver<Maybe<ResolversTypes['Proposal']>, ParentType, ContextType>;
  provenance?: Resolver<Array<ResolversTypes['Provenance']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['BodyStatus']>, ParentType, ContextType, Partial<BodyStatusArgs>>;
  support?: Resolver<Array<ResolversTypes['FactSupport']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['BodyType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type BodyConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BodyConnection'] = ResolversParentTypes['BodyConnection']> = {
  edges?: Resolver<Array<ResolversTypes['BodyEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type BodyEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['BodyEdge'] = ResolversParentTypes['BodyEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Body'], ParentType, ContextType>;
};

export type ClaimedValueResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ClaimedValue'] = ResolversParentTypes['ClaimedValue']> = {
  evidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType>;
  held?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ClaimedValueNoteArgs, 'lang'>>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ConflictResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Conflict'] = ResolversParentTypes['Conflict']> = {
  asOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['ClaimedValue']>, ParentType, ContextType>;
};

export type CorroborationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Corroboration'] = ResolversParentTypes['Corroboration']> = {
  corroborated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  documents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  langs?: Resolver<Array<ResolversTypes['Lang']>, ParentType, ContextType>;
  languages?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  paragraphs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  referenceOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type DocumentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, RequireFields<DocumentAliasesArgs, 'lang'>>;
  conflicts?: Resolver<Array<ResolversTypes['Conflict']>, ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifyingLine?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<DocumentIdentifyingLineArgs, 'lang'>>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  lang?: Resolver<Maybe<ResolversTypes['Lang']>, ParentType, ContextType>;
  languages?: Resolver<Array<ResolversTypes['Lang']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<DocumentNameArgs, 'lang'>>;
  paragraphs?: Resolver<Array<ResolversTypes['Paragraph']>, ParentType, ContextType, Partial<DocumentParagraphsArgs>>;
  printedSymbol?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  proposal?: Resolver<Maybe<ResolversTypes['Proposal']>, ParentType, ContextType>;
  provenance?: Resolver<Array<ResolversTypes['Provenance']>, ParentType, ContextType>;
  sentTo?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  submittedTo?: Resolver<Array<ResolversTypes['Session']>, ParentType, ContextType>;
  support?: Resolver<Array<ResolversTypes['FactSupport']>, ParentType, ContextType>;
  symbol?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['DocumentType'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type DocumentConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DocumentConnection'] = ResolversParentTypes['DocumentConnection']> = {
  edges?: Resolver<Array<ResolversTypes['DocumentEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DocumentEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['DocumentEdge'] = ResolversParentTypes['DocumentEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
};

export type EntityResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = {
  __resolveType: TypeResolveFn<'Body' | 'Document' | 'Instrument' | 'Mandate' | 'Meeting' | 'Session', ParentType, ContextType>;
};

export type EstablishmentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Establishment'] = ResolversParentTypes['Establishment']> = {
  by?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  relation?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  context?: Resolver<ResolversTypes['EvidenceContext'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  lang?: Resolver<ResolversTypes['Lang'], ParentType, ContextType>;
  numbered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  paragraph?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ExplanationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Explanation'] = ResolversParentTypes['Explanation']> = {
  steps?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<ExplanationSummaryArgs, 'lang'>>;
};

export type ExportFileResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['ExportFile'] = ResolversParentTypes['ExportFile']> = {
  content?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  mimeType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  url?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FactSupportResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['FactSupport'] = ResolversParentTypes['FactSupport']> = {
  corroborated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  documents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  languages?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  referenceOnly?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type InstrumentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Instrument'] = ResolversParentTypes['Instrument']> = {
  adopted?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, RequireFields<InstrumentAliasesArgs, 'lang'>>;
  conflicts?: Resolver<Array<ResolversTypes['Conflict']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<InstrumentNameArgs, 'lang'>>;
  proposal?: Resolver<Maybe<ResolversTypes['Proposal']>, ParentType, ContextType>;
  provenance?: Resolver<Array<ResolversTypes['Provenance']>, ParentType, ContextType>;
  supplements?: Resolver<Maybe<ResolversTypes['Instrument']>, ParentType, ContextType>;
  support?: Resolver<Array<ResolversTypes['FactSupport']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['InstrumentType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type KindCountResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['KindCount'] = ResolversParentTypes['KindCount']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
};

export type MandateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mandate'] = ResolversParentTypes['Mandate']> = {
  adopted?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MandateAliasesArgs, 'lang'>>;
  conflicts?: Resolver<Array<ResolversTypes['Conflict']>, ParentType, ContextType>;
  creates?: Resolver<Array<ResolversTypes['Body']>, ParentType, ContextType>;
  governs?: Resolver<Array<ResolversTypes['Body']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['StatusChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<MandateNameArgs, 'lang'>>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  proposal?: Resolver<Maybe<ResolversTypes['Proposal']>, ParentType, ContextType>;
  provenance?: Resolver<Array<ResolversTypes['Provenance']>, ParentType, ContextType>;
  session?: Resolver<ResolversTypes['Session'], ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['MandateStatus']>, ParentType, ContextType, Partial<MandateStatusArgs>>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MandateSubjectArgs, 'lang'>>;
  support?: Resolver<Array<ResolversTypes['FactSupport']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['MandateType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MandateConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MandateConnection'] = ResolversParentTypes['MandateConnection']> = {
  edges?: Resolver<Array<ResolversTypes['MandateEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MandateEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['MandateEdge'] = ResolversParentTypes['MandateEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Mandate'], ParentType, ContextType>;
};

export type MeetingResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MeetingAliasesArgs, 'lang'>>;
  body?: Resolver<ResolversTypes['Body'], ParentType, ContextType>;
  conflicts?: Resolver<Array<ResolversTypes['Conflict']>, ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  history?: Resolver<Array<ResolversTypes['StatusChange']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<MeetingNameArgs, 'lang'>>;
  ordinal?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MeetingPlaceArgs, 'lang'>>;
  proposal?: Resolver<Maybe<ResolversTypes['Proposal']>, ParentType, ContextType>;
  provenance?: Resolver<Array<ResolversTypes['Provenance']>, ParentType, ContextType>;
  reports?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<Maybe<ResolversTypes['MeetingStatus']>, ParentType, ContextType, Partial<MeetingStatusArgs>>;
  statusAsOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  support?: Resolver<Array<ResolversTypes['FactSupport']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type OverviewResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Overview'] = ResolversParentTypes['Overview']> = {
  entities?: Resolver<Array<ResolversTypes['KindCount']>, ParentType, ContextType>;
  mandates?: Resolver<Array<ResolversTypes['Mandate']>, ParentType, ContextType>;
  relations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ParagraphResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Paragraph'] = ResolversParentTypes['Paragraph']> = {
  context?: Resolver<ResolversTypes['EvidenceContext'], ParentType, ContextType>;
  facts?: Resolver<Array<ResolversTypes['Provenance']>, ParentType, ContextType>;
  index?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lang?: Resolver<ResolversTypes['Lang'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  numbered?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  statements?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProposalResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Proposal'] = ResolversParentTypes['Proposal']> = {
  document?: Resolver<ResolversTypes['Document'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Evidence'], ParentType, ContextType>;
};

export type ProvenanceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = {
  evidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<ProvenanceNoteArgs, 'lang'>>;
  of?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  bodies?: Resolver<ResolversTypes['BodyConnection'], ParentType, ContextType, RequireFields<QueryBodiesArgs, 'first'>>;
  documents?: Resolver<ResolversTypes['DocumentConnection'], ParentType, ContextType, RequireFields<QueryDocumentsArgs, 'first'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  exportLineage?: Resolver<ResolversTypes['ExportFile'], ParentType, ContextType, RequireFields<QueryExportLineageArgs, 'direction' | 'format' | 'id' | 'maxDepth'>>;
  lineage?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryLineageArgs, 'direction' | 'id' | 'maxDepth'>>;
  mandates?: Resolver<ResolversTypes['MandateConnection'], ParentType, ContextType, RequireFields<QueryMandatesArgs, 'first'>>;
  overview?: Resolver<ResolversTypes['Overview'], ParentType, ContextType>;
  search?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  sessions?: Resolver<ResolversTypes['SessionConnection'], ParentType, ContextType, RequireFields<QuerySessionsArgs, 'first'>>;
  whyExists?: Resolver<ResolversTypes['Explanation'], ParentType, ContextType, RequireFields<QueryWhyExistsArgs, 'id'>>;
};

export type RelationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation']> = {
  action?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<RelationActionArgs, 'lang'>>;
  basis?: Resolver<Maybe<ResolversTypes['Mandate']>, ParentType, ContextType>;
  corroboration?: Resolver<ResolversTypes['Corroboration'], ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<RelationNoteArgs, 'lang'>>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type SessionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, RequireFields<SessionAliasesArgs, 'lang'>>;
  conflicts?: Resolver<Array<ResolversTypes['Conflict']>, ParentType, ContextType>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  mandates?: Resolver<Array<ResolversTypes['Mandate']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<SessionNameArgs, 'lang'>>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<SessionPlaceArgs, 'lang'>>;
  proposal?: Resolver<Maybe<ResolversTypes['Proposal']>, ParentType, ContextType>;
  provenance?: Resolver<Array<ResolversTypes['Provenance']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  support?: Resolver<Array<ResolversTypes['FactSupport']>, ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type SessionConnectionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SessionConnection'] = ResolversParentTypes['SessionConnection']> = {
  edges?: Resolver<Array<ResolversTypes['SessionEdge']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SessionEdgeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['SessionEdge'] = ResolversParentTypes['SessionEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Session'], ParentType, ContextType>;
};

export type StatusChangeResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['StatusChange'] = ResolversParentTypes['StatusChange']> = {
  because?: Resolver<ResolversTypes['Relation'], ParentType, ContextType>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  dateSource?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['Status'], ParentType, ContextType>;
};

export type SubgraphResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  edges?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Body?: BodyResolvers<ContextType>;
  BodyConnection?: BodyConnectionResolvers<ContextType>;
  BodyEdge?: BodyEdgeResolvers<ContextType>;
  ClaimedValue?: ClaimedValueResolvers<ContextType>;
  Conflict?: ConflictResolvers<ContextType>;
  Corroboration?: CorroborationResolvers<ContextType>;
  Document?: DocumentResolvers<ContextType>;
  DocumentConnection?: DocumentConnectionResolvers<ContextType>;
  DocumentEdge?: DocumentEdgeResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  Establishment?: EstablishmentResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Explanation?: ExplanationResolvers<ContextType>;
  ExportFile?: ExportFileResolvers<ContextType>;
  FactSupport?: FactSupportResolvers<ContextType>;
  Instrument?: InstrumentResolvers<ContextType>;
  KindCount?: KindCountResolvers<ContextType>;
  Mandate?: MandateResolvers<ContextType>;
  MandateConnection?: MandateConnectionResolvers<ContextType>;
  MandateEdge?: MandateEdgeResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  Overview?: OverviewResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Paragraph?: ParagraphResolvers<ContextType>;
  Proposal?: ProposalResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  SessionConnection?: SessionConnectionResolvers<ContextType>;
  SessionEdge?: SessionEdgeResolvers<ContextType>;
  StatusChange?: StatusChangeResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
};

