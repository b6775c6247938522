import type { GraphiQLProps } from 'graphiql';

type TabDefinition = NonNullable<GraphiQLProps['defaultTabs']>[number];

// GraphiQL titles a tab with its operation name, so every example is a named operation; the
// comment on the first line keeps the question in plain words.
const whyFirearms = `# Why does the Working Group on Firearms exist?
query WhyWorkingGroupOnFirearms {
  whyExists(id: "body/wg-firearms") {
    summary
    summaryRu: summary(lang: RU)
    steps {
      type
      action
      from {
        id
        name
      }
      to {
        id
        name
      }
      evidence {
        paragraph
        quote
        document {
          symbol
        }
      }
    }
  }
}
`;

const governedBy71 = `# What did resolution 7/1 govern?
query GovernedByResolution7_1 {
  lineage(id: "resolution/7/1", direction: DOWNSTREAM, maxDepth: 2) {
    nodes {
      id
      kind
      name
    }
    edges {
      type
      action
      from {
        id
      }
      to {
        id
      }
      evidence {
        paragraph
        quote
      }
    }
  }
}
`;

const reportsToSession10 = `# All reports going to the tenth session
query ReportsToTenthSession {
  documents(filter: { session: 10, type: REPORT }, first: 50) {
    totalCount
    edges {
      node {
        id
        name
        ... on Document {
          symbol
        }
      }
    }
  }
}
`;

/** The tabs a first visit opens with (GraphiQL prefers tabs persisted in localStorage). */
export const EXAMPLE_TABS: TabDefinition[] = [
  { query: whyFirearms },
  { query: governedBy71 },
  { query: reportsToSession10 },
];
