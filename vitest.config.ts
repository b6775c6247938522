import { createRequire } from 'node:module';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

// The explorer's imports of the code it shares with the server resolve in its unit tests
// as in its bundle (client/vite.config.ts, client/tsconfig.json). graphql-js resolves as Node resolves it (its CommonJS build): the schema the server builds and
// graphql-jit, which Node loads outside Vite, must share one instance of its classes.
const resolve = {
  alias: [
    { find: /^@common\//, replacement: `${import.meta.dirname}/common/` },
    { find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') },
  ],
};

// Pure tests: no Java, no Neo4j, no browser (`npm run test:unit`, the inner loop of anyone
// editing the ingestion rules). They share one module graph per worker: nothing in them
// mocks or keeps global state, and importing the rules once instead of per file is most of
// their run time.
const unit: TestProjectInlineConfiguration = {
  extends: true,
  resolve,
  test: {
    name: 'unit',
    include: ['tests/unit/**/*.test.ts', 'client/test/**/*.test.ts'],
    isolate: false,
  },
};

// Against the real Neo4j (started once by the global setup) and Debian's Chromium.
const system: TestProjectInlineConfiguration = {
  extends: true,
  resolve,
  test: {
    name: 'system',
    include: [
      'tests/integration/**/*.test.ts',
      'tests/browser/**/*.test.ts',
      'tests/examples/**/*.test.ts',
    ],
    globalSetup: ['tests/setup/neo4j.ts'],
    // The first run on a machine fetches Neo4j's jars from Maven Central.
    hookTimeout: 600_000,
  },
};

export default defineConfig({
  test: {
    projects: [unit, system],
    testTimeout: 30_000,
    // Most of a system test's time is spent waiting on Neo4j or Chromium, other processes:
    // two files at once keep both cores busy even on a 2-core machine (where the default
    // would be one). The files that write have a Neo4j of their own; the shared one is read.
    maxWorkers: 2,
    reporters: ['default'],
    // Request logs (JSON on stderr) are for operators; tests assert on responses.
    env: { LOG_LEVEL: 'silent' },
  },
});
