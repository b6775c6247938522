import type { GraphQLResolveInfo } from 'graphql';
import type { EntityRecord, InstrumentRecord, BodyRecord, SessionRecord, MandateRecord, MeetingRecord, DocumentRecord, RelationRecord, EvidenceRecord, ProvenanceRecord, SubgraphRecord, ExplanationRecord } from '../../domain/model.js';
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

export type Body = Entity & {
  __typename?: 'Body';
  aliases: Array<Scalars['String']['output']>;
  /** The relation that created this body, or null when no source says. */
  established: Maybe<Establishment>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  /** Mandates that create or govern this body. */
  mandates: Array<Mandate>;
  meetings: Array<Meeting>;
  name: Scalars['String']['output'];
  provenance: Array<Provenance>;
  type: BodyType;
};


export type BodyAliasesArgs = {
  lang?: InputMaybe<Lang>;
};


export type BodyNameArgs = {
  lang?: InputMaybe<Lang>;
};

export type BodyConnection = {
  __typename?: 'BodyConnection';
  edges: Array<BodyEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type BodyEdge = {
  __typename?: 'BodyEdge';
  cursor: Scalars['String']['output'];
  node: Body;
};

export type BodyFilter = {
  /** Only bodies created or governed by this mandate id, e.g. `resolution/7/1`. */
  mandate?: InputMaybe<Scalars['ID']['input']>;
  type?: InputMaybe<BodyType>;
};

export type BodyType =
  | 'CONFERENCE'
  | 'EXPERT_GROUP'
  | 'MECHANISM'
  | 'SECRETARIAT'
  | 'WORKING_GROUP';

/** Which way to walk from an entity. */
export type Direction =
  /** The union of UPSTREAM and DOWNSTREAM. */
  | 'BOTH'
  /** What this created or governs, and what those produced. */
  | 'DOWNSTREAM'
  /** What this exists because of: creating and governing mandates, their sessions, the instruments. */
  | 'UPSTREAM';

export type Document = Entity & {
  __typename?: 'Document';
  aliases: Array<Scalars['String']['output']>;
  date: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  lang: Maybe<Lang>;
  name: Scalars['String']['output'];
  /** The symbol as printed (possibly with Cyrillic look-alike letters). */
  printedSymbol: Maybe<Scalars['String']['output']>;
  provenance: Array<Provenance>;
  /** Sessions this document is submitted to. */
  submittedTo: Array<Session>;
  /** UN symbol in Latin letters, or null when the document prints none. */
  symbol: Maybe<Scalars['String']['output']>;
  type: DocumentType;
  year: Maybe<Scalars['Int']['output']>;
};


export type DocumentAliasesArgs = {
  lang?: InputMaybe<Lang>;
};


export type DocumentNameArgs = {
  lang?: InputMaybe<Lang>;
};

export type DocumentConnection = {
  __typename?: 'DocumentConnection';
  edges: Array<DocumentEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type DocumentEdge = {
  __typename?: 'DocumentEdge';
  cursor: Scalars['String']['output'];
  node: Document;
};

export type DocumentFilter = {
  /** Session number the documents are submitted to. */
  session?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<DocumentType>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type DocumentType =
  | 'NOTE'
  | 'PROVISIONAL_AGENDA'
  | 'REPORT';

/** Anything in the graph. */
export type Entity = {
  aliases: Array<Scalars['String']['output']>;
  /** Stable, readable id: `decision/4/4`, `session/10`, `CTOC/COP/WG.4/2020/4`, `body/wg-firearms`. */
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** Where each field comes from. */
  provenance: Array<Provenance>;
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
  relation: Relation;
  /** Year of the session that adopted it, when known. */
  year: Maybe<Scalars['Int']['output']>;
};

/** A sentence of a document that states a relation or a fact. */
export type Evidence = {
  __typename?: 'Evidence';
  context: EvidenceContext;
  document: Document;
  lang: Lang;
  /** Paragraph number, or null when the quote is in a heading, the header or a footnote. */
  paragraph: Maybe<Scalars['Int']['output']>;
  /** The sentence exactly as in the document (page-break artefacts included). */
  quote: Scalars['String']['output'];
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
  | 'PARAGRAPH';

/** Why an entity exists. */
export type Explanation = {
  __typename?: 'Explanation';
  /** The upstream relations in chronological order (oldest first). */
  steps: Array<Relation>;
  subject: Entity;
  /** One readable paragraph naming the mandates and citing the paragraphs. */
  summary: Scalars['String']['output'];
};


/** Why an entity exists. */
export type ExplanationSummaryArgs = {
  lang?: InputMaybe<Lang>;
};

export type Instrument = Entity & {
  __typename?: 'Instrument';
  /** Year of adoption (reference data). */
  adopted: Maybe<Scalars['Int']['output']>;
  aliases: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  provenance: Array<Provenance>;
  /** The Convention a Protocol supplements. */
  supplements: Maybe<Instrument>;
  type: InstrumentType;
};


export type InstrumentAliasesArgs = {
  lang?: InputMaybe<Lang>;
};


export type InstrumentNameArgs = {
  lang?: InputMaybe<Lang>;
};

export type InstrumentType =
  | 'CONVENTION'
  | 'PROTOCOL';

/** Language of a name, a summary or a piece of evidence. */
export type Lang =
  /** English */
  | 'EN'
  /** Russian */
  | 'RU';

export type Mandate = Entity & {
  __typename?: 'Mandate';
  aliases: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  /** As written: `7/1` is the 1st text adopted at the 7th session. */
  number: Scalars['String']['output'];
  provenance: Array<Provenance>;
  session: Session;
  /** What the text is about, as the document names it. */
  subject: Maybe<Scalars['String']['output']>;
  type: MandateType;
};


export type MandateAliasesArgs = {
  lang?: InputMaybe<Lang>;
};


export type MandateNameArgs = {
  lang?: InputMaybe<Lang>;
};


export type MandateSubjectArgs = {
  lang?: InputMaybe<Lang>;
};

export type MandateConnection = {
  __typename?: 'MandateConnection';
  edges: Array<MandateEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type MandateEdge = {
  __typename?: 'MandateEdge';
  cursor: Scalars['String']['output'];
  node: Mandate;
};

export type MandateFilter = {
  /** Session number. */
  session?: InputMaybe<Scalars['Int']['input']>;
  type?: InputMaybe<MandateType>;
  /** Year of the session that adopted it. */
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type MandateType =
  | 'DECISION'
  | 'RESOLUTION';

export type Meeting = Entity & {
  __typename?: 'Meeting';
  aliases: Array<Scalars['String']['output']>;
  body: Body;
  endDate: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  name: Scalars['String']['output'];
  ordinal: Scalars['Int']['output'];
  place: Maybe<Scalars['String']['output']>;
  provenance: Array<Provenance>;
  reports: Array<Document>;
  startDate: Maybe<Scalars['String']['output']>;
  status: MeetingStatus;
  /** The date of the document that says whether the meeting was held. */
  statusAsOf: Maybe<Scalars['String']['output']>;
};


export type MeetingAliasesArgs = {
  lang?: InputMaybe<Lang>;
};


export type MeetingNameArgs = {
  lang?: InputMaybe<Lang>;
};

export type MeetingStatus =
  /** Held, as of `statusAsOf`. */
  | 'HELD'
  /** Only planned, as of `statusAsOf`. */
  | 'PLANNED';

/** Relay page information. */
export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor: Maybe<Scalars['String']['output']>;
};

/** The origin of some of an entity's fields. */
export type Provenance = {
  __typename?: 'Provenance';
  /** Present when source is DOCUMENT. */
  evidence: Maybe<Evidence>;
  /** Field names, e.g. `name.ru`, `startDate`. */
  fields: Array<Scalars['String']['output']>;
  note: Maybe<Scalars['String']['output']>;
  source: Source;
};

export type Query = {
  __typename?: 'Query';
  /** Bodies, by id. */
  bodies: BodyConnection;
  /** Documents, by id. */
  documents: DocumentConnection;
  /** One entity by id, or null when there is none. */
  entity: Maybe<Entity>;
  /** The lineage of an entity. maxDepth is 1 to 20. */
  lineage: Subgraph;
  /** Resolutions and decisions, by session order. */
  mandates: MandateConnection;
  /** Find entities by English or Russian words (any case, any inflection), aliases, mandate numbers (`7/1`) or document symbols in any script. */
  search: Array<Entity>;
  /** Sessions, by number. */
  sessions: SessionConnection;
  /** Why an entity exists: the upstream chain and a summary. */
  whyExists: Explanation;
};


export type QueryBodiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<BodyFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDocumentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<DocumentFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryLineageArgs = {
  direction?: InputMaybe<Direction>;
  id: Scalars['ID']['input'];
  maxDepth?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryMandatesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<MandateFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  query: Scalars['String']['input'];
};


export type QuerySessionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<SessionFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryWhyExistsArgs = {
  id: Scalars['ID']['input'];
};

/** An edge, with the evidence for it. */
export type Relation = {
  __typename?: 'Relation';
  /** How a mandate governs a body, e.g. `made a constant element`. */
  action: Maybe<Scalars['String']['output']>;
  /** The mandate pursuant to which (e.g. a report goes to a session pursuant to resolution 7/1). */
  basis: Maybe<Mandate>;
  /** The sentences that state this relation; empty only for REFERENCE and DERIVED relations. */
  evidence: Array<Evidence>;
  from: Entity;
  /** Stable id: `TYPE:from>to`, plus `:action` for GOVERNS. */
  id: Scalars['ID']['output'];
  /** Why a REFERENCE or DERIVED relation holds. */
  note: Maybe<Scalars['String']['output']>;
  source: Source;
  to: Entity;
  type: RelationType;
};

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

export type Session = Entity & {
  __typename?: 'Session';
  aliases: Array<Scalars['String']['output']>;
  /** Documents submitted to this session. */
  documents: Array<Document>;
  endDate: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  /** Mandates adopted at this session. */
  mandates: Array<Mandate>;
  name: Scalars['String']['output'];
  number: Scalars['Int']['output'];
  place: Maybe<Scalars['String']['output']>;
  provenance: Array<Provenance>;
  startDate: Maybe<Scalars['String']['output']>;
  year: Maybe<Scalars['Int']['output']>;
};


export type SessionAliasesArgs = {
  lang?: InputMaybe<Lang>;
};


export type SessionNameArgs = {
  lang?: InputMaybe<Lang>;
};

export type SessionConnection = {
  __typename?: 'SessionConnection';
  edges: Array<SessionEdge>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type SessionEdge = {
  __typename?: 'SessionEdge';
  cursor: Scalars['String']['output'];
  node: Session;
};

export type SessionFilter = {
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

/** A part of the graph. */
export type Subgraph = {
  __typename?: 'Subgraph';
  edges: Array<Relation>;
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
  BodyType: BodyType;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Direction: Direction;
  Document: ResolverTypeWrapper<DocumentRecord>;
  DocumentConnection: ResolverTypeWrapper<Omit<DocumentConnection, 'edges'> & { edges: Array<ResolversTypes['DocumentEdge']> }>;
  DocumentEdge: ResolverTypeWrapper<Omit<DocumentEdge, 'node'> & { node: ResolversTypes['Document'] }>;
  DocumentFilter: DocumentFilter;
  DocumentType: DocumentType;
  Entity: ResolverTypeWrapper<EntityRecord>;
  EntityKind: EntityKind;
  Establishment: ResolverTypeWrapper<Omit<Establishment, 'by' | 'relation'> & { by: ResolversTypes['Entity'], relation: ResolversTypes['Relation'] }>;
  Evidence: ResolverTypeWrapper<EvidenceRecord>;
  EvidenceContext: EvidenceContext;
  Explanation: ResolverTypeWrapper<ExplanationRecord>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Instrument: ResolverTypeWrapper<InstrumentRecord>;
  InstrumentType: InstrumentType;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Lang: Lang;
  Mandate: ResolverTypeWrapper<MandateRecord>;
  MandateConnection: ResolverTypeWrapper<Omit<MandateConnection, 'edges'> & { edges: Array<ResolversTypes['MandateEdge']> }>;
  MandateEdge: ResolverTypeWrapper<Omit<MandateEdge, 'node'> & { node: ResolversTypes['Mandate'] }>;
  MandateFilter: MandateFilter;
  MandateType: MandateType;
  Meeting: ResolverTypeWrapper<MeetingRecord>;
  MeetingStatus: MeetingStatus;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Provenance: ResolverTypeWrapper<ProvenanceRecord>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Relation: ResolverTypeWrapper<RelationRecord>;
  RelationType: RelationType;
  Session: ResolverTypeWrapper<SessionRecord>;
  SessionConnection: ResolverTypeWrapper<Omit<SessionConnection, 'edges'> & { edges: Array<ResolversTypes['SessionEdge']> }>;
  SessionEdge: ResolverTypeWrapper<Omit<SessionEdge, 'node'> & { node: ResolversTypes['Session'] }>;
  SessionFilter: SessionFilter;
  Source: Source;
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
  Document: DocumentRecord;
  DocumentConnection: Omit<DocumentConnection, 'edges'> & { edges: Array<ResolversParentTypes['DocumentEdge']> };
  DocumentEdge: Omit<DocumentEdge, 'node'> & { node: ResolversParentTypes['Document'] };
  DocumentFilter: DocumentFilter;
  Entity: EntityRecord;
  Establishment: Omit<Establishment, 'by' | 'relation'> & { by: ResolversParentTypes['Entity'], relation: ResolversParentTypes['Relation'] };
  Evidence: EvidenceRecord;
  Explanation: ExplanationRecord;
  ID: Scalars['ID']['output'];
  Instrument: InstrumentRecord;
  Int: Scalars['Int']['output'];
  Mandate: MandateRecord;
  MandateConnection: Omit<MandateConnection, 'edges'> & { edges: Array<ResolversParentTypes['MandateEdge']> };
  MandateEdge: Omit<MandateEdge, 'node'> & { node: ResolversParentTypes['Mandate'] };
  MandateFilter: MandateFilter;
  Meeting: MeetingRecord;
  PageInfo: PageInfo;
  Provenance: ProvenanceRecord;
  Query: Record<PropertyKey, never>;
  Relation: RelationRecord;
  Session: SessionRecord;
  SessionConnection: Omit<SessionConnection, 'edges'> & { edges: Array<ResolversParentTypes['SessionEdge']> };
  SessionEdge: Omit<SessionEdge, 'node'> & { node: ResolversParentTypes['Session'] };
  SessionFilter: SessionFilter;
  String: Scalars['String']['output'];
  Subgraph: SubgraphRecord;
};

export type BodyResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Body'] = ResolversParentTypes['Body']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, RequireFields<BodyAliasesArgs, 'lang'>>;
  established?: Resolver<Maybe<ResolversTypes['Establishment']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  mandates?: Resolver<Array<ResolversTypes['Mandate']>, ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<BodyNameArgs, 'lang'>>;
  provenance?: Resolver<Array<ResolversTypes['Provenance']>, ParentType, ContextType>;
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

export type DocumentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Document'] = ResolversParentTypes['Document']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, RequireFields<DocumentAliasesArgs, 'lang'>>;
  date?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  lang?: Resolver<Maybe<ResolversTypes['Lang']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<DocumentNameArgs, 'lang'>>;
  printedSymbol?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provenance?: Resolver<Array<ResolversTypes['Provenance']>, ParentType, ContextType>;
  submittedTo?: Resolver<Array<ResolversTypes['Session']>, ParentType, ContextType>;
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
  paragraph?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  quote?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ExplanationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Explanation'] = ResolversParentTypes['Explanation']> = {
  steps?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<ExplanationSummaryArgs, 'lang'>>;
};

export type InstrumentResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Instrument'] = ResolversParentTypes['Instrument']> = {
  adopted?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, RequireFields<InstrumentAliasesArgs, 'lang'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<InstrumentNameArgs, 'lang'>>;
  provenance?: Resolver<Array<ResolversTypes['Provenance']>, ParentType, ContextType>;
  supplements?: Resolver<Maybe<ResolversTypes['Instrument']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['InstrumentType'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type MandateResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Mandate'] = ResolversParentTypes['Mandate']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MandateAliasesArgs, 'lang'>>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<MandateNameArgs, 'lang'>>;
  number?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provenance?: Resolver<Array<ResolversTypes['Provenance']>, ParentType, ContextType>;
  session?: Resolver<ResolversTypes['Session'], ParentType, ContextType>;
  subject?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType, RequireFields<MandateSubjectArgs, 'lang'>>;
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
  endDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<MeetingNameArgs, 'lang'>>;
  ordinal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provenance?: Resolver<Array<ResolversTypes['Provenance']>, ParentType, ContextType>;
  reports?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MeetingStatus'], ParentType, ContextType>;
  statusAsOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProvenanceResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = {
  evidence?: Resolver<Maybe<ResolversTypes['Evidence']>, ParentType, ContextType>;
  fields?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  bodies?: Resolver<ResolversTypes['BodyConnection'], ParentType, ContextType, RequireFields<QueryBodiesArgs, 'first'>>;
  documents?: Resolver<ResolversTypes['DocumentConnection'], ParentType, ContextType, RequireFields<QueryDocumentsArgs, 'first'>>;
  entity?: Resolver<Maybe<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  lineage?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryLineageArgs, 'direction' | 'id' | 'maxDepth'>>;
  mandates?: Resolver<ResolversTypes['MandateConnection'], ParentType, ContextType, RequireFields<QueryMandatesArgs, 'first'>>;
  search?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'query'>>;
  sessions?: Resolver<ResolversTypes['SessionConnection'], ParentType, ContextType, RequireFields<QuerySessionsArgs, 'first'>>;
  whyExists?: Resolver<ResolversTypes['Explanation'], ParentType, ContextType, RequireFields<QueryWhyExistsArgs, 'id'>>;
};

export type RelationResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Relation'] = ResolversParentTypes['Relation']> = {
  action?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  basis?: Resolver<Maybe<ResolversTypes['Mandate']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  source?: Resolver<ResolversTypes['Source'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['RelationType'], ParentType, ContextType>;
};

export type SessionResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Session'] = ResolversParentTypes['Session']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType, RequireFields<SessionAliasesArgs, 'lang'>>;
  documents?: Resolver<Array<ResolversTypes['Document']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  mandates?: Resolver<Array<ResolversTypes['Mandate']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType, RequireFields<SessionNameArgs, 'lang'>>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  place?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provenance?: Resolver<Array<ResolversTypes['Provenance']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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

export type SubgraphResolvers<ContextType = GraphQLContext, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = {
  edges?: Resolver<Array<ResolversTypes['Relation']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = GraphQLContext> = {
  Body?: BodyResolvers<ContextType>;
  BodyConnection?: BodyConnectionResolvers<ContextType>;
  BodyEdge?: BodyEdgeResolvers<ContextType>;
  Document?: DocumentResolvers<ContextType>;
  DocumentConnection?: DocumentConnectionResolvers<ContextType>;
  DocumentEdge?: DocumentEdgeResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  Establishment?: EstablishmentResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Explanation?: ExplanationResolvers<ContextType>;
  Instrument?: InstrumentResolvers<ContextType>;
  Mandate?: MandateResolvers<ContextType>;
  MandateConnection?: MandateConnectionResolvers<ContextType>;
  MandateEdge?: MandateEdgeResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Relation?: RelationResolvers<ContextType>;
  Session?: SessionResolvers<ContextType>;
  SessionConnection?: SessionConnectionResolvers<ContextType>;
  SessionEdge?: SessionEdgeResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
};

