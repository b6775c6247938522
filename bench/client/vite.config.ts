// The client benchmark page (bench/client/index.html → bench/.build/client, git-ignored): the
// explorer's modules on synthetic lineages, built apart from client/dist so nothing of it ships.
// bench/figures/client.ts builds it with Vite's JS API; `npx vite --config
// bench/client/vite.config.ts` serves it for a look in a browser (window.__bench in the console).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root,
  base: './',
  logLevel: 'warn',
  // The explorer's modules import the code it shares with the server as `@common/…`, as in
  // client/vite.config.ts.
  resolve: {
    alias: [
      { find: /^@common\//, replacement: fileURLToPath(new URL('../../common/', import.meta.url)) },
    ],
  },
  build: {
    outDir: fileURLToPath(new URL('../.build/client', import.meta.url)),
    emptyOutDir: true,
    // ELK's worker and its main-thread bundle are each ~2 MB, as in the explorer.
    chunkSizeWarningLimit: 5000,
    // ELK's 2 MB worker makes the worker plugin most of the build's time, which Rolldown reports
    // on every build; expected, not actionable (as in client/vite.config.ts).
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  worker: { format: 'es' },
});
