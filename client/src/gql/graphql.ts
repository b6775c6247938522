/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
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

/** Which way to walk from an entity. */
export type Direction =
  /** The union of UPSTREAM and DOWNSTREAM. */
  | 'BOTH'
  /** What this created or governs, and what those produced. */
  | 'DOWNSTREAM'
  /** What this exists because of: creating and governing mandates, their sessions, the instruments. */
  | 'UPSTREAM';

/** Kinds of document. */
export type DocumentType =
  /** A note, e.g. by the secretariat. */
  | 'NOTE'
  /** A provisional agenda (with its annotations). */
  | 'PROVISIONAL_AGENDA'
  /** The report of a meeting. */
  | 'REPORT';

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

/** Where in a document a quote stands. */
export type EvidenceContext =
  /** A footnote. */
  | 'FOOTNOTE'
  /** The document's header (session, date, agenda). */
  | 'HEADER'
  /** A heading between paragraphs. */
  | 'HEADING'
  /** A numbered paragraph; `paragraph` holds its number. */
  | 'PARAGRAPH';

/** Kinds of instrument. */
export type InstrumentType =
  /** The United Nations Convention against Transnational Organized Crime. */
  | 'CONVENTION'
  /** A Protocol supplementing the Convention. */
  | 'PROTOCOL';

/** Language of a name, a summary or a piece of evidence. */
export type Lang =
  /** English */
  | 'EN'
  /** Russian */
  | 'RU';

/** Kinds of mandate. */
export type MandateType =
  /** A decision of the Conference, e.g. decision 4/4. */
  | 'DECISION'
  /** A resolution of the Conference, e.g. resolution 7/1. */
  | 'RESOLUTION';

/** Whether a meeting has taken place. */
export type MeetingStatus =
  /** Held, as of `statusAsOf`. */
  | 'HELD'
  /** Only planned, as of `statusAsOf`. */
  | 'PLANNED';

/** Relation types between entities. */
export type RelationType =
  /** A mandate was adopted at a session. */
  | 'ADOPTED_AT'
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
  /** A document is submitted to a session. */
  | 'SUBMITTED_TO'
  /** A Protocol supplements the Convention. */
  | 'SUPPLEMENTS';

/** Where a fact or a relation comes from. */
export type Source =
  /** Composed by Mandate Lineage from cited facts (e.g. a label, or the session a number N/M implies). */
  | 'DERIVED'
  /** Stated in a document; the evidence cites it. */
  | 'DOCUMENT'
  /** General public reference (e.g. the year of an earlier session); not in any ingested document. */
  | 'REFERENCE';

type EntityCore_Body_Fragment = { id: string, kind: EntityKind, bodyType: BodyType, nameEn: string, nameRu: string, aliasesEn: Array<string>, aliasesRu: Array<string> };

type EntityCore_Document_Fragment = { symbol: string | null, year: number | null, id: string, kind: EntityKind, documentType: DocumentType, nameEn: string, nameRu: string, aliasesEn: Array<string>, aliasesRu: Array<string> };

type EntityCore_Instrument_Fragment = { adopted: number | null, id: string, kind: EntityKind, instrumentType: InstrumentType, nameEn: string, nameRu: string, aliasesEn: Array<string>, aliasesRu: Array<string> };

type EntityCore_Mandate_Fragment = { number: string, id: string, kind: EntityKind, mandateType: MandateType, nameEn: string, nameRu: string, aliasesEn: Array<string>, aliasesRu: Array<string>, session: { id: string, number: number, year: number | null } };

type EntityCore_Meeting_Fragment = { ordinal: number, startDate: string | null, endDate: string | null, status: MeetingStatus, id: string, kind: EntityKind, nameEn: string, nameRu: string, aliasesEn: Array<string>, aliasesRu: Array<string> };

type EntityCore_Session_Fragment = { year: number | null, id: string, kind: EntityKind, sessionNumber: number, nameEn: string, nameRu: string, aliasesEn: Array<string>, aliasesRu: Array<string> };

export type EntityCoreFragment =
  | EntityCore_Body_Fragment
  | EntityCore_Document_Fragment
  | EntityCore_Instrument_Fragment
  | EntityCore_Mandate_Fragment
  | EntityCore_Meeting_Fragment
  | EntityCore_Session_Fragment
;

export type EvidenceFieldsFragment = { paragraph: number | null, context: EvidenceContext, quote: string, lang: Lang, url: string, document: { id: string, symbol: string | null, nameEn: string, nameRu: string } };

export type RelationFieldsFragment = { id: string, type: RelationType, action: string | null, source: Source, note: string | null, actionRu: string | null, noteRu: string | null, from:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , to:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
  , basis: { id: string, number: string } | null, evidence: Array<{ paragraph: number | null, context: EvidenceContext, quote: string, lang: Lang, url: string, document: { id: string, symbol: string | null, nameEn: string, nameRu: string } }> };

export type SearchQueryVariables = Exact<{
  query: string;
  first?: number | null | undefined;
}>;


export type SearchQuery = { search: Array<
    | { id: string, kind: EntityKind, bodyType: BodyType, nameEn: string, nameRu: string, aliasesEn: Array<string>, aliasesRu: Array<string> }
    | { symbol: string | null, year: number | null, id: string, kind: EntityKind, documentType: DocumentType, nameEn: string, nameRu: string, aliasesEn: Array<string>, aliasesRu: Array<string> }
    | { adopted: number | null, id: string, kind: EntityKind, instrumentType: InstrumentType, nameEn: string, nameRu: string, aliasesEn: Array<string>, aliasesRu: Array<string> }
    | { number: string, id: string, kind: EntityKind, mandateType: MandateType, nameEn: string, nameRu: string, aliasesEn: Array<string>, aliasesRu: Array<string>, session: { id: string, number: number, year: number | null } }
    | { ordinal: number, startDate: string | null, endDate: string | null, status: MeetingStatus, id: string, kind: EntityKind, nameEn: string, nameRu: string, aliasesEn: Array<string>, aliasesRu: Array<string> }
    | { year: number | null, id: string, kind: EntityKind, sessionNumber: number, nameEn: string, nameRu: string, aliasesEn: Array<string>, aliasesRu: Array<string> }
  > };

export type LineageQueryVariables = Exact<{
  id: string | number;
  direction: Direction;
  maxDepth: number;
}>;


export type LineageQuery = { lineage: { nodes: Array<
      | { id: string, kind: EntityKind, bodyType: BodyType, nameEn: string, nameRu: string, aliasesEn: Array<string>, aliasesRu: Array<string> }
      | { symbol: string | null, year: number | null, id: string, kind: EntityKind, documentType: DocumentType, nameEn: string, nameRu: string, aliasesEn: Array<string>, aliasesRu: Array<string> }
      | { adopted: number | null, id: string, kind: EntityKind, instrumentType: InstrumentType, nameEn: string, nameRu: string, aliasesEn: Array<string>, aliasesRu: Array<string> }
      | { number: string, id: string, kind: EntityKind, mandateType: MandateType, nameEn: string, nameRu: string, aliasesEn: Array<string>, aliasesRu: Array<string>, session: { id: string, number: number, year: number | null } }
      | { ordinal: number, startDate: string | null, endDate: string | null, status: MeetingStatus, id: string, kind: EntityKind, nameEn: string, nameRu: string, aliasesEn: Array<string>, aliasesRu: Array<string> }
      | { year: number | null, id: string, kind: EntityKind, sessionNumber: number, nameEn: string, nameRu: string, aliasesEn: Array<string>, aliasesRu: Array<string> }
    >, edges: Array<{ id: string, type: RelationType, action: string | null, source: Source, note: string | null, actionRu: string | null, noteRu: string | null, from:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , to:
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
        | { id: string }
      , basis: { id: string, number: string } | null, evidence: Array<{ paragraph: number | null, context: EvidenceContext, quote: string, lang: Lang, url: string, document: { id: string, symbol: string | null, nameEn: string, nameRu: string } }> }> } };

export type WhyExistsQueryVariables = Exact<{
  id: string | number;
}>;


export type WhyExistsQuery = { whyExists: { summaryEn: string, summaryRu: string, subject:
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
      | { id: string }
    , steps: Array<{ id: string, type: RelationType, action: string | null, source: Source, note: string | null, actionRu: string | null, noteRu: string | null, from:
        | { id: string, kind: EntityKind, nameEn: string, nameRu: string }
        | { id: string, kind: EntityKind, nameEn: string, nameRu: string }
        | { id: string, kind: EntityKind, nameEn: string, nameRu: string }
        | { id: string, kind: EntityKind, nameEn: string, nameRu: string }
        | { id: string, kind: EntityKind, nameEn: string, nameRu: string }
        | { id: string, kind: EntityKind, nameEn: string, nameRu: string }
      , to:
        | { id: string, kind: EntityKind, nameEn: string, nameRu: string }
        | { id: string, kind: EntityKind, nameEn: string, nameRu: string }
        | { id: string, kind: EntityKind, nameEn: string, nameRu: string }
        | { id: string, kind: EntityKind, nameEn: string, nameRu: string }
        | { id: string, kind: EntityKind, nameEn: string, nameRu: string }
        | { id: string, kind: EntityKind, nameEn: string, nameRu: string }
      , basis: { id: string, number: string } | null, evidence: Array<{ paragraph: number | null, context: EvidenceContext, quote: string, lang: Lang, url: string, document: { id: string, symbol: string | null, nameEn: string, nameRu: string } }> }> } };

type EntityLink_Body_Fragment = { id: string, kind: EntityKind, nameEn: string, nameRu: string };

type EntityLink_Document_Fragment = { id: string, kind: EntityKind, nameEn: string, nameRu: string };

type EntityLink_Instrument_Fragment = { id: string, kind: EntityKind, nameEn: string, nameRu: string };

type EntityLink_Mandate_Fragment = { id: string, kind: EntityKind, nameEn: string, nameRu: string };

type EntityLink_Meeting_Fragment = { id: string, kind: EntityKind, nameEn: string, nameRu: string };

type EntityLink_Session_Fragment = { id: string, kind: EntityKind, nameEn: string, nameRu: string };

export type EntityLinkFragment =
  | EntityLink_Body_Fragment
  | EntityLink_Document_Fragment
  | EntityLink_Instrument_Fragment
  | EntityLink_Mandate_Fragment
  | EntityLink_Meeting_Fragment
  | EntityLink_Session_Fragment
;

export type DetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type DetailsQuery = { entity:
    | { id: string, kind: EntityKind, aliasesEn: Array<string>, aliasesRu: Array<string>, bodyType: BodyType, nameEn: string, nameRu: string, established: { year: number | null, by:
          | { id: string, kind: EntityKind, nameEn: string, nameRu: string }
          | { id: string, kind: EntityKind, nameEn: string, nameRu: string }
          | { id: string, kind: EntityKind, nameEn: string, nameRu: string }
          | { id: string, kind: EntityKind, nameEn: string, nameRu: string }
          | { id: string, kind: EntityKind, nameEn: string, nameRu: string }
          | { id: string, kind: EntityKind, nameEn: string, nameRu: string }
         } | null, mandates: Array<{ id: string, kind: EntityKind, nameEn: string, nameRu: string }>, meetings: Array<{ status: MeetingStatus, startDate: string | null, endDate: string | null, id: string, kind: EntityKind, nameEn: string, nameRu: string }>, provenance: Array<{ fields: Array<string>, source: Source, note: string | null, noteRu: string | null, evidence: { paragraph: number | null, context: EvidenceContext, quote: string, lang: Lang, url: string, document: { id: string, symbol: string | null, nameEn: string, nameRu: string } } | null }> }
    | { printedSymbol: string | null, date: string | null, symbol: string | null, year: number | null, id: string, kind: EntityKind, aliasesEn: Array<string>, aliasesRu: Array<string>, documentType: DocumentType, nameEn: string, nameRu: string, submittedTo: Array<{ id: string, kind: EntityKind, nameEn: string, nameRu: string }>, provenance: Array<{ fields: Array<string>, source: Source, note: string | null, noteRu: string | null, evidence: { paragraph: number | null, context: EvidenceContext, quote: string, lang: Lang, url: string, document: { id: string, symbol: string | null, nameEn: string, nameRu: string } } | null }> }
    | { adopted: number | null, id: string, kind: EntityKind, aliasesEn: Array<string>, aliasesRu: Array<string>, instrumentType: InstrumentType, nameEn: string, nameRu: string, supplements: { id: string, kind: EntityKind, nameEn: string, nameRu: string } | null, provenance: Array<{ fields: Array<string>, source: Source, note: string | null, noteRu: string | null, evidence: { paragraph: number | null, context: EvidenceContext, quote: string, lang: Lang, url: string, document: { id: string, symbol: string | null, nameEn: string, nameRu: string } } | null }> }
    | { number: string, id: string, kind: EntityKind, subjectEn: string | null, subjectRu: string | null, aliasesEn: Array<string>, aliasesRu: Array<string>, mandateType: MandateType, nameEn: string, nameRu: string, provenance: Array<{ fields: Array<string>, source: Source, note: string | null, noteRu: string | null, evidence: { paragraph: number | null, context: EvidenceContext, quote: string, lang: Lang, url: string, document: { id: string, symbol: string | null, nameEn: string, nameRu: string } } | null }>, session: { id: string, number: number, year: number | null } }
    | { place: string | null, statusAsOf: string | null, ordinal: number, startDate: string | null, endDate: string | null, status: MeetingStatus, id: string, kind: EntityKind, placeRu: string | null, aliasesEn: Array<string>, aliasesRu: Array<string>, nameEn: string, nameRu: string, body: { id: string, kind: EntityKind, nameEn: string, nameRu: string }, reports: Array<{ id: string, kind: EntityKind, nameEn: string, nameRu: string }>, provenance: Array<{ fields: Array<string>, source: Source, note: string | null, noteRu: string | null, evidence: { paragraph: number | null, context: EvidenceContext, quote: string, lang: Lang, url: string, document: { id: string, symbol: string | null, nameEn: string, nameRu: string } } | null }> }
    | { place: string | null, startDate: string | null, endDate: string | null, year: number | null, id: string, kind: EntityKind, placeRu: string | null, aliasesEn: Array<string>, aliasesRu: Array<string>, sessionNumber: number, nameEn: string, nameRu: string, mandates: Array<{ id: string, kind: EntityKind, nameEn: string, nameRu: string }>, documents: Array<{ id: string, kind: EntityKind, nameEn: string, nameRu: string }>, provenance: Array<{ fields: Array<string>, source: Source, note: string | null, noteRu: string | null, evidence: { paragraph: number | null, context: EvidenceContext, quote: string, lang: Lang, url: string, document: { id: string, symbol: string | null, nameEn: string, nameRu: string } } | null }> }
   | null };

export type LandingQueryVariables = Exact<{ [key: string]: never; }>;


export type LandingQuery = { overview: { relations: number, entities: Array<{ kind: EntityKind, count: number }>, sources: Array<{ symbol: string | null, date: string | null, lang: Lang | null, id: string, kind: EntityKind, nameEn: string, nameRu: string }>, mandates: Array<{ number: string, id: string, kind: EntityKind, mandateType: MandateType, subjectEn: string | null, subjectRu: string | null, nameEn: string, nameRu: string, session: { id: string, number: number, year: number | null, provenance: Array<{ fields: Array<string>, source: Source }> }, creates: Array<{ id: string, kind: EntityKind, bodyType: BodyType, nameEn: string, nameRu: string }>, governs: Array<{ id: string, kind: EntityKind, bodyType: BodyType, nameEn: string, nameRu: string }> }> } };

export type DocumentTextQueryVariables = Exact<{
  id: string | number;
}>;


export type DocumentTextQuery = { entity:
    | { id: string, nameEn: string, nameRu: string }
    | { symbol: string | null, date: string | null, languages: Array<Lang>, id: string, documentType: DocumentType, nameEn: string, nameRu: string, paragraphs: Array<{ index: number, number: number | null, context: EvidenceContext, text: string, lang: Lang, statements: Array<{ id: string, type: RelationType, from:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , to:
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
            | { id: string }
          , evidence: Array<{ quote: string, lang: Lang, document: { id: string } }> }> }> }
    | { id: string, nameEn: string, nameRu: string }
    | { id: string, nameEn: string, nameRu: string }
    | { id: string, nameEn: string, nameRu: string }
    | { id: string, nameEn: string, nameRu: string }
   | null };

export const EntityCoreFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityCore"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"nameEn"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"nameRu"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]},{"kind":"Field","alias":{"kind":"Name","value":"aliasesEn"},"name":{"kind":"Name","value":"aliases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"aliasesRu"},"name":{"kind":"Name","value":"aliases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mandate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","alias":{"kind":"Name","value":"mandateType"},"name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"sessionNumber"},"name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","alias":{"kind":"Name","value":"documentType"},"name":{"kind":"Name","value":"type"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adopted"}},{"kind":"Field","alias":{"kind":"Name","value":"instrumentType"},"name":{"kind":"Name","value":"type"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"bodyType"},"name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<EntityCoreFragment, unknown>;
export const EvidenceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"lang"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","alias":{"kind":"Name","value":"nameEn"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"nameRu"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]}]}}]}}]} as unknown as DocumentNode<EvidenceFieldsFragment, unknown>;
export const RelationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","alias":{"kind":"Name","value":"actionRu"},"name":{"kind":"Name","value":"action"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","alias":{"kind":"Name","value":"noteRu"},"name":{"kind":"Name","value":"note"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"lang"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","alias":{"kind":"Name","value":"nameEn"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"nameRu"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]}]}}]}}]} as unknown as DocumentNode<RelationFieldsFragment, unknown>;
export const EntityLinkFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"nameEn"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"nameRu"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]}]}}]} as unknown as DocumentNode<EntityLinkFragment, unknown>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityCore"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityCore"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"nameEn"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"nameRu"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]},{"kind":"Field","alias":{"kind":"Name","value":"aliasesEn"},"name":{"kind":"Name","value":"aliases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"aliasesRu"},"name":{"kind":"Name","value":"aliases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mandate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","alias":{"kind":"Name","value":"mandateType"},"name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"sessionNumber"},"name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","alias":{"kind":"Name","value":"documentType"},"name":{"kind":"Name","value":"type"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adopted"}},{"kind":"Field","alias":{"kind":"Name","value":"instrumentType"},"name":{"kind":"Name","value":"type"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"bodyType"},"name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const LineageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Lineage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Direction"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lineage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxDepth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxDepth"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityCore"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"lang"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","alias":{"kind":"Name","value":"nameEn"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"nameRu"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityCore"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"nameEn"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"nameRu"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]},{"kind":"Field","alias":{"kind":"Name","value":"aliasesEn"},"name":{"kind":"Name","value":"aliases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"aliasesRu"},"name":{"kind":"Name","value":"aliases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mandate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","alias":{"kind":"Name","value":"mandateType"},"name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"sessionNumber"},"name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","alias":{"kind":"Name","value":"documentType"},"name":{"kind":"Name","value":"type"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adopted"}},{"kind":"Field","alias":{"kind":"Name","value":"instrumentType"},"name":{"kind":"Name","value":"type"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"bodyType"},"name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","alias":{"kind":"Name","value":"actionRu"},"name":{"kind":"Name","value":"action"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","alias":{"kind":"Name","value":"noteRu"},"name":{"kind":"Name","value":"note"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}}]} as unknown as DocumentNode<LineageQuery, LineageQueryVariables>;
export const WhyExistsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhyExists"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whyExists"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"summaryEn"},"name":{"kind":"Name","value":"summary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"summaryRu"},"name":{"kind":"Name","value":"summary"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationFields"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityLink"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"lang"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","alias":{"kind":"Name","value":"nameEn"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"nameRu"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","alias":{"kind":"Name","value":"actionRu"},"name":{"kind":"Name","value":"action"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","alias":{"kind":"Name","value":"noteRu"},"name":{"kind":"Name","value":"note"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basis"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"nameEn"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"nameRu"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]}]}}]} as unknown as DocumentNode<WhyExistsQuery, WhyExistsQueryVariables>;
export const DetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Details"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityCore"}},{"kind":"Field","alias":{"kind":"Name","value":"aliasesEn"},"name":{"kind":"Name","value":"aliases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"aliasesRu"},"name":{"kind":"Name","value":"aliases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","alias":{"kind":"Name","value":"noteRu"},"name":{"kind":"Name","value":"note"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EvidenceFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"established"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"by"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mandates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"meetings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityLink"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","alias":{"kind":"Name","value":"placeRu"},"name":{"kind":"Name","value":"place"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]},{"kind":"Field","name":{"kind":"Name","value":"statusAsOf"}},{"kind":"Field","name":{"kind":"Name","value":"body"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityLink"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","alias":{"kind":"Name","value":"placeRu"},"name":{"kind":"Name","value":"place"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"mandates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"documents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityLink"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mandate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"subjectEn"},"name":{"kind":"Name","value":"subject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"subjectRu"},"name":{"kind":"Name","value":"subject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"printedSymbol"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"submittedTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityLink"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supplements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityLink"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityCore"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"nameEn"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"nameRu"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]},{"kind":"Field","alias":{"kind":"Name","value":"aliasesEn"},"name":{"kind":"Name","value":"aliases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"aliasesRu"},"name":{"kind":"Name","value":"aliases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Mandate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","alias":{"kind":"Name","value":"mandateType"},"name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Session"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"sessionNumber"},"name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"year"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"startDate"}},{"kind":"Field","name":{"kind":"Name","value":"endDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","alias":{"kind":"Name","value":"documentType"},"name":{"kind":"Name","value":"type"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Instrument"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adopted"}},{"kind":"Field","alias":{"kind":"Name","value":"instrumentType"},"name":{"kind":"Name","value":"type"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Body"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"bodyType"},"name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EvidenceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Evidence"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paragraph"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"lang"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","alias":{"kind":"Name","value":"nameEn"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"nameRu"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"nameEn"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"nameRu"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]}]}}]} as unknown as DocumentNode<DetailsQuery, DetailsQueryVariables>;
export const LandingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Landing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overview"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityLink"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"lang"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mandates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityLink"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","alias":{"kind":"Name","value":"mandateType"},"name":{"kind":"Name","value":"type"}},{"kind":"Field","alias":{"kind":"Name","value":"subjectEn"},"name":{"kind":"Name","value":"subject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"subjectRu"},"name":{"kind":"Name","value":"subject"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"source"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"creates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityLink"}},{"kind":"Field","alias":{"kind":"Name","value":"bodyType"},"name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"governs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntityLink"}},{"kind":"Field","alias":{"kind":"Name","value":"bodyType"},"name":{"kind":"Name","value":"type"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntityLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"nameEn"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"nameRu"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]}]}}]} as unknown as DocumentNode<LandingQuery, LandingQueryVariables>;
export const DocumentTextDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DocumentText"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","alias":{"kind":"Name","value":"nameEn"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"nameRu"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"RU"}}]},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Document"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"symbol"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","alias":{"kind":"Name","value":"documentType"},"name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"paragraphs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"context"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"lang"}},{"kind":"Field","name":{"kind":"Name","value":"statements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"lang"}},{"kind":"Field","name":{"kind":"Name","value":"document"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DocumentTextQuery, DocumentTextQueryVariables>;