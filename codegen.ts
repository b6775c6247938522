import type { CodegenConfig } from '@graphql-codegen/cli';

const model = '../../domain/model.js';

const config: CodegenConfig = {
  schema: 'server/src/graphql/schema/*.graphql',
  generates: {
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
          Evidence: `${model}#EvidenceRecord`,
          Provenance: `${model}#ProvenanceRecord`,
          Subgraph: `${model}#SubgraphRecord`,
          Explanation: `${model}#ExplanationRecord`,
        },
      },
    },
  },
};

export default config;
