import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The pages are served by the API server from client/dist, so they work with no internet:
// everything they need (code, styles, layout engine, GraphiQL's editor workers) is bundled here.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  resolve: {
    alias: [
      // The code the explorer shares with the server (common/: the export writers and the
      // schema's vocabularies); client/tsconfig.json and vitest.config.ts map the same prefix.
      { find: /^@common\//, replacement: `${import.meta.dirname}/../common/` },
      // graphology-gexf's main entry is its Node build, whose parser bundles xmldom; the
      // browser build has the same writer and parses with the browser's own DOMParser.
      { find: /^graphology-gexf$/, replacement: 'graphology-gexf/browser/index.js' },
    ],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Monaco (GraphiQL's editor) is one ~2.8 MB chunk, loaded by the GraphiQL page only.
    chunkSizeWarningLimit: 5000,
    // Two pages: the explorer at / and GraphiQL at /graphiql. Assets keep Vite's absolute
    // `/assets/...` base, so graphiql.html works when the server sends it for `/graphiql`.
    // `rolldownOptions` is Vite 8's name for the former `rollupOptions` (now a deprecated alias).
    rolldownOptions: {
      input: {
        main: `${import.meta.dirname}/index.html`,
        graphiql: `${import.meta.dirname}/graphiql.html`,
      },
      // graphiql's packages start modules with React Compiler's "use no memo"; bundling drops it
      // harmlessly, and a warning per module would bury the build's real warnings.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.id?.includes('/node_modules/')) {
          return;
        }
        warn(warning);
      },
      // Monaco's CSS makes the CSS transform most of the build's time, which Rolldown reports as a
      // warning on every build; it is expected, not actionable.
      checks: { bundlerTimings: false },
    },
  },
  worker: { format: 'es' },
  // Dev server only (`npm run dev:client`): the pre-bundler cannot follow graphiql's `?worker`
  // imports, so the worker setup is excluded and Vite serves the workers from source; the
  // CommonJS packages the GraphQL worker imports must then be pre-bundled explicitly, or the
  // worker fails to load and Monaco falls back to the main thread.
  optimizeDeps: {
    exclude: ['graphiql/setup-workers/vite', '@graphiql/react/setup-workers/vite'],
    include: [
      'graphiql > @graphiql/react > monaco-graphql > graphql-language-service > nullthrows',
      'graphiql > @graphiql/react > monaco-graphql > picomatch-browser',
    ],
  },
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
});
