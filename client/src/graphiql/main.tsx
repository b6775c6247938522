// GraphiQL for the API, bundled with the client so it works offline (no CDN).
// Monaco's workers must be set up before any editor mounts; this is graphiql's own Vite recipe
// (`?worker` imports that Vite bundles into client/dist/assets).
import 'graphiql/setup-workers/vite';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EXAMPLE_TABS } from './examples';
import { createFetcher } from './fetcher';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';
import './graphiql.css';

// Same origin as the page, so no CORS and no configuration.
const fetcher = createFetcher('/graphql');
const explorer = explorerPlugin();
const plugins = [HISTORY_PLUGIN, explorer];

const root = document.getElementById('graphiql');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <GraphiQL fetcher={fetcher} plugins={plugins} defaultTabs={EXAMPLE_TABS} />
    </StrictMode>,
  );
}
