import type { CodegenConfig } from '@graphql-codegen/cli';

const model = '../../domain/model.js';

const config: CodegenConfig = {
  schema: 'server/src/graphql/schema/*.graphql',
  generates: {
    // Typed operations for the client (TypedDocumentNode, used by Apollo Client's hooks).
    'client/src/gql/': {
      documents: ['client/src/graphql/*.graphql'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true },
    },
    // The closed vocabularies (entity kinds, relation types, …) as values, for common/: the code
    // the server and the explorer share derives its lists from these, never from hand-kept ones.
    'common/generated/vocabulary.ts': {
      plugins: ['typescript'],
      config: { onlyEnums: true, enumsAsConst: true, namingConvention: { enumValues: 'keep' } },
    },
    // Which concrete types implement Entity: Apollo Client's cache needs it for fragments on interfaces.
    'client/src/gql/possible-types.ts': {
      plugins: ['fragment-matcher'],
      config: { useExplicitTyping: true },
    },
    'server/src/graphql/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        contextType: '../context.js#GraphQLContext',
        mappers: {
          Entity: `${model}#EntityRecord`,
          Instrument: `${model}#InstrumentRecord`,
          Body: `${model}#BodyRecord`,
          Session: `${model}#SessionRecord`,
          Mandate: `${model}#MandateRecord`,
          Meeting: `${model}#MeetingRecord`,
          Document: `${model}#DocumentRecord`,
          Relation: `${model}#RelationRecord`,
          Evidence: '../evidence-view.js#EvidenceView',
          Provenance: `${model}#ProvenanceOf`,
          Proposal: `${model}#ProposalOf`,
          Paragraph: `${model}#ParagraphRecord`,
          Subgraph: `${model}#SubgraphRecord`,
          Explanation: `${model}#ExplanationRecord`,
          StatusChange: '../../domain/status.js#StatusChangeRecord',
          Conflict: '../../services/conflicts.js#ConflictOf',
          ClaimedValue: '../../services/conflicts.js#ClaimedValueOf',
          FactSupport: '../../services/citations.js#FactSupportRecord',
        },
      },
    },
  },
};

export default config;
