import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The page is served by the API server from client/dist, so it works with no internet:
// everything it needs (code, styles, layout engine) is bundled here.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 2500 },
  worker: { format: 'es' },
  server: { proxy: { '/graphql': 'http://localhost:4000' } },
});
