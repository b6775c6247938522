/** What a body is: interim, established, a constant element. */
export const BodyStatus = {
  /** A constant element of the Conference. */
  CONSTANT_ELEMENT: 'CONSTANT_ELEMENT',
  /** Established. */
  ESTABLISHED: 'ESTABLISHED',
  /** Created for a time only. */
  INTERIM: 'INTERIM'
} as const;

export type BodyStatus = typeof BodyStatus[keyof typeof BodyStatus];
/** Kinds of body. */
export const BodyType = {
  /** The Conference of the Parties to the Convention. */
  CONFERENCE: 'CONFERENCE',
  /** An expert group (e.g. the open-ended intergovernmental expert group under resolution 9/1). */
  EXPERT_GROUP: 'EXPERT_GROUP',
  /** A mechanism, such as the Review Mechanism. */
  MECHANISM: 'MECHANISM',
  /** A secretariat (UNODC). */
  SECRETARIAT: 'SECRETARIAT',
  /** A working group of the Conference (e.g. on Trafficking in Persons). */
  WORKING_GROUP: 'WORKING_GROUP'
} as const;

export type BodyType = typeof BodyType[keyof typeof BodyType];
/** Which way to walk from an entity. */
export const Direction = {
  /** The union of UPSTREAM and DOWNSTREAM. */
  BOTH: 'BOTH',
  /** What this created or governs, and what those produced. */
  DOWNSTREAM: 'DOWNSTREAM',
  /** What this exists because of: creating and governing mandates, their sessions, the instruments. */
  UPSTREAM: 'UPSTREAM'
} as const;

export type Direction = typeof Direction[keyof typeof Direction];
/** Kinds of document. */
export const DocumentType = {
  /** A background paper the Secretariat prepares for a meeting of a working group; it is SUBMITTED_TO that meeting. */
  BACKGROUND_PAPER: 'BACKGROUND_PAPER',
  /** A note, e.g. by the secretariat. */
  NOTE: 'NOTE',
  /** A provisional agenda (with its annotations). */
  PROVISIONAL_AGENDA: 'PROVISIONAL_AGENDA',
  /** The report of a meeting. */
  REPORT: 'REPORT',
  /** The text of a resolution or decision (preamble and operative paragraphs), as ingested; it REFERENCES the mandate it is the text of. */
  TEXT: 'TEXT'
} as const;

export type DocumentType = typeof DocumentType[keyof typeof DocumentType];
/** The six kinds of things in the graph (one Neo4j label each). */
export const EntityKind = {
  /** A conference, working group, expert group, mechanism or secretariat. */
  BODY: 'BODY',
  /** A UN document: a report, a note, an agenda. */
  DOCUMENT: 'DOCUMENT',
  /** The Convention or one of its Protocols. */
  INSTRUMENT: 'INSTRUMENT',
  /** A resolution or decision of the Conference. */
  MANDATE: 'MANDATE',
  /** A meeting of a body. */
  MEETING: 'MEETING',
  /** A numbered session of the Conference of the Parties. */
  SESSION: 'SESSION'
} as const;

export type EntityKind = typeof EntityKind[keyof typeof EntityKind];
/** Where in a document a quote stands. */
export const EvidenceContext = {
  /** A footnote. */
  FOOTNOTE: 'FOOTNOTE',
  /** The document's header (session, date, agenda). */
  HEADER: 'HEADER',
  /** A heading between paragraphs. */
  HEADING: 'HEADING',
  /** A numbered paragraph; `paragraph` holds its number. */
  PARAGRAPH: 'PARAGRAPH',
  /** A preambular clause of a resolution or decision (unnumbered: "Recalling …", "ссылаясь на …"). */
  PREAMBLE: 'PREAMBLE'
} as const;

export type EvidenceContext = typeof EvidenceContext[keyof typeof EvidenceContext];
/** File formats a lineage can be exported in. Every format carries the evidence of every edge. */
export const ExportFormat = {
  /** The edges as CSV, one row per relation, evidence lists joined by ` | `. */
  CSV_EDGES: 'CSV_EDGES',
  /** The nodes as CSV: `id,kind,name_en,name_ru,symbol,year`. */
  CSV_NODES: 'CSV_NODES',
  /** Cytoscape desktop JSON (`.cyjs`, File → Import → Network from File). */
  CYJS: 'CYJS',
  /** GEXF 1.2 for Gephi (`.gexf`). */
  GEXF: 'GEXF',
  /** GraphML for Gephi, Cytoscape desktop and yEd (`.graphml`). */
  GRAPHML: 'GRAPHML',
  /** JSON-LD: entities and relations as linked data; documents are identified by `https://undocs.org/<symbol>`. */
  JSONLD: 'JSONLD'
} as const;

export type ExportFormat = typeof ExportFormat[keyof typeof ExportFormat];
/** Kinds of instrument. */
export const InstrumentType = {
  /** The United Nations Convention against Transnational Organized Crime. */
  CONVENTION: 'CONVENTION',
  /** A Protocol supplementing the Convention. */
  PROTOCOL: 'PROTOCOL'
} as const;

export type InstrumentType = typeof InstrumentType[keyof typeof InstrumentType];
/** Language of a name, a summary or a piece of evidence. */
export const Lang = {
  /** English */
  EN: 'EN',
  /** Russian */
  RU: 'RU'
} as const;

export type Lang = typeof Lang[keyof typeof Lang];
/** What a mandate is: adopted, or cited since by a later text. */
export const MandateStatus = {
  /** Adopted at its session. */
  ADOPTED: 'ADOPTED',
  /** Cited by a later text. */
  CITED: 'CITED'
} as const;

export type MandateStatus = typeof MandateStatus[keyof typeof MandateStatus];
/** Kinds of mandate. */
export const MandateType = {
  /** A decision of the Conference, e.g. decision 4/4. */
  DECISION: 'DECISION',
  /** A resolution of the Conference, e.g. resolution 7/1. */
  RESOLUTION: 'RESOLUTION'
} as const;

export type MandateType = typeof MandateType[keyof typeof MandateType];
/** Whether a meeting has taken place. */
export const MeetingStatus = {
  /** Held, as of `statusAsOf`. */
  HELD: 'HELD',
  /** Only planned, as of `statusAsOf`. */
  PLANNED: 'PLANNED'
} as const;

export type MeetingStatus = typeof MeetingStatus[keyof typeof MeetingStatus];
/** Relation types between entities. */
export const RelationType = {
  /** A mandate was adopted at a session. */
  ADOPTED_AT: 'ADOPTED_AT',
  /** A mandate cites an earlier mandate or an instrument in its preamble ("Recalling its resolution 5/5", "ссылаясь на"): what it builds on. The evidence is the preambular clause. */
  CITES: 'CITES',
  /** A mandate concerns an instrument. */
  CONCERNS: 'CONCERNS',
  /** A mandate (or the Convention) creates a body. */
  CREATES: 'CREATES',
  /** A mandate governs a body: `action` says how. */
  GOVERNS: 'GOVERNS',
  /** A body holds a meeting. */
  HOLDS: 'HOLDS',
  /** A meeting produces a document. */
  PRODUCES: 'PRODUCES',
  /** A document refers to another (e.g. its provisional agenda). */
  REFERENCES: 'REFERENCES',
  /** A session is a session of a body (the Conference). */
  SESSION_OF: 'SESSION_OF',
  /** A document is submitted to a session of the Conference, or (a background paper) to the meeting of a working group it was prepared for. */
  SUBMITTED_TO: 'SUBMITTED_TO',
  /** A Protocol supplements the Convention. */
  SUPPLEMENTS: 'SUPPLEMENTS'
} as const;

export type RelationType = typeof RelationType[keyof typeof RelationType];
/** Where a fact or a relation comes from. */
export const Source = {
  /** Composed by Mandate Lineage from cited facts (e.g. a label, or the session a number N/M implies). */
  DERIVED: 'DERIVED',
  /** Stated in a document; the evidence cites it. */
  DOCUMENT: 'DOCUMENT',
  /** General public reference (e.g. the year of an earlier session); not in any ingested document. */
  REFERENCE: 'REFERENCE'
} as const;

export type Source = typeof Source[keyof typeof Source];
/** What a body, a meeting or a mandate was at some date (see `StatusChange`). */
export const Status = {
  /** A mandate adopted at its session. */
  ADOPTED: 'ADOPTED',
  /** A mandate a later text cites (recalls, reaffirms, bears in mind): still relied upon then. */
  CITED: 'CITED',
  /** A body the Conference made (or established as) a constant element of itself. */
  CONSTANT_ELEMENT: 'CONSTANT_ELEMENT',
  /** A body established (created without a time limit). */
  ESTABLISHED: 'ESTABLISHED',
  /** A meeting a document says was held. */
  HELD: 'HELD',
  /** A body created for a time only: the relation that created it says so ("interim", "временная"). */
  INTERIM: 'INTERIM',
  /** A meeting a document says is planned. */
  PLANNED: 'PLANNED'
} as const;

export type Status = typeof Status[keyof typeof Status];