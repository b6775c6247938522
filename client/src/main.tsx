import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './api/client';
import { App } from './components/App';
import { initI18n, rememberedLang } from './i18n';
import { parseViewState } from './state/view-state';
import './styles.css';

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
