import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './api/client';
import { captureIngestToken } from './api/ingest-token';
import { prefetchView } from './api/prefetch';
import { App } from './components/App';
import { initI18n, rememberedLang } from './i18n';
import { parseViewState } from './state/view-state';
import './styles.css';

// Before anything reads the address: a `#token=…` from `npm start`'s link leaves it at once.
captureIngestToken();
const initialView = parseViewState(window.location.search, rememberedLang());
const initialLang = initialView.lang;
const client = createClient('/graphql', window.__earlyAnswers);
// A deep link's data is asked for while the page sets itself up, and the first render waits for
// it (a little): rendered with its data, the page draws the graph in its first commit instead of
// rendering again for each answer. A slow answer does not hold the page back.
const FIRST_DATA_WAIT_MS = 400;
const firstData = Promise.race([
  prefetchView(client, initialView),
  new Promise<void>((resolve) => setTimeout(resolve, FIRST_DATA_WAIT_MS)),
]);

void Promise.all([initI18n(initialLang), firstData]).then(() => {
  // An early answer not taken by now was for another question; none may answer a later one.
  window.__earlyAnswers?.clear();
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
