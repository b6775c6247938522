import react from '@vitejs/plugin-react';
import { build, defineConfig, runnerImport, type Alias, type Plugin } from 'vite';
import type * as ViewDocuments from './src/api/view-documents';

const ALIASES: Alias[] = [
  // The code the explorer shares with the server (common/: the export writers and the
  // schema's vocabularies); client/tsconfig.json and vitest.config.ts map the same prefix.
  { find: /^@common\//, replacement: `${import.meta.dirname}/../common/` },
  // graphology-gexf's main entry is its Node build, whose parser bundles xmldom; the
  // browser build has the same writer and parses with the browser's own DOMParser.
  { find: /^graphology-gexf$/, replacement: 'graphology-gexf/browser/index.js' },
];

/**
 * Inlines the early-requests script (src/api/early.ts) in the explorer's page as a classic
 * script: it runs while the HTML is parsed, before the explorer's modules have even arrived. It
 * is bundled on its own (a few kB, no GraphQL library) with each operation's text as Apollo
 * sends it, computed here with Apollo's own functions.
 */
function earlyRequests(): Plugin {
  return {
    name: 'mandate-lineage:early-requests',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        if (!ctx.filename.endsWith('index.html')) return html;
        const { module: documents } = await runnerImport<typeof ViewDocuments>(
          `${import.meta.dirname}/src/api/view-documents.ts`,
          { configFile: false, logLevel: 'warn' },
        );
        const out = await build({
          configFile: false,
          logLevel: 'warn',
          resolve: { alias: ALIASES },
          define: { __VIEW_QUERY_TEXTS__: JSON.stringify(documents.viewQueryTexts()) },
          build: {
            write: false,
            minify: true,
            lib: {
              entry: `${import.meta.dirname}/src/api/early.ts`,
              formats: ['iife'],
              name: 'mandateLineageEarly',
            },
          },
        });
        // write: false and no watch: the build's output, not a watcher.
        const [output] = Array.isArray(out) ? out : [out];
        const chunk = 'output' in output ? output.output[0] : undefined;
        if (!chunk) throw new Error('the early-requests script did not build');
        // Right after the charset (which must stay in the first 1024 bytes), before the styles:
        // a classic script after a pending stylesheet waits for it.
        const charset = '<meta charset="utf-8" />';
        if (!html.includes(charset)) throw new Error(`index.html lacks ${charset}`);
        return html.replace(charset, `${charset}\n    <script>${chunk.code}</script>`);
      },
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react(), earlyRequests()],
  resolve: {
    alias: ALIASES,
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
