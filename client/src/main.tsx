import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './api/client';
import { App } from './components/App';
import { LAYERED } from './graph/elk-worker-layout';
import { warmLayoutWorker } from './graph/layout-engine';
import { initI18n, rememberedLang } from './i18n';
import { parseViewState } from './state/view-state';
import './styles.css';

warmLayoutWorker({ ...LAYERED, 'elk.direction': 'RIGHT' });
const initialLang = parseViewState(window.location.search, rememberedLang()).lang;
const client = createClient();

void initI18n(initialLang).then(() => {
  const root = document.getElementById('root');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <ApolloProvider client={client}>
        <App initialLang={initialLang} />
      </ApolloProvider>
    </StrictMode>,
  );
});
