import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The explorer's imports of the code it shares with the server resolve in its unit tests
  // as in its bundle (client/vite.config.ts, client/tsconfig.json).
  resolve: { alias: [{ find: /^@common\//, replacement: `${import.meta.dirname}/common/` }] },
  test: {
    include: ['tests/**/*.test.ts', 'client/test/**/*.test.ts'],
    globalSetup: ['tests/setup/neo4j.ts'],
    testTimeout: 30_000,
    // The first run on a machine fetches Neo4j's jars from Maven Central.
    hookTimeout: 600_000,
    reporters: ['default'],
    // Request logs (JSON on stderr) are for operators; tests assert on responses.
    env: { LOG_LEVEL: 'silent' },
  },
});
