// A combobox (WAI-ARIA pattern): type, ArrowUp/ArrowDown through suggestions, Enter selects,
// Escape closes. Suggestions come from the API's search, debounced.
import { skipToken, useQuery } from '@apollo/client/react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SearchDocument } from '../gql/graphql';
import { nodeName } from '../graph/subgraph';
import type { Lang } from '../state/view-state';
import { KindBadge } from './KindBadge';
import { Sentence, SLOT, UserText } from './UserText';

export function SearchBox({ lang, onSelect }: { lang: Lang; onSelect: (id: string) => void }) {
  const { t } = useTranslation();
  const listId = useId();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  useEffect(() => {
    const timer = setTimeout(() => {
      setQuery(text.trim());
    }, 200);
    return () => {
      clearTimeout(timer);
    };
  }, [text]);
  const { data, loading } = useQuery(
    SearchDocument,
    query ? { variables: { query, first: 10 } } : skipToken,
  );
  const results = query ? (data?.search ?? []) : [];
  const choose = (id: string) => {
    setOpen(false);
    setText('');
    onSelect(id);
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.min(a + 1, results.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      const hit = results[active];
      if (hit) choose(hit.id);
    } else if (e.key === 'Escape') {
      setOpen(false);
    }
  };
  const showList = open && query.length > 0;
  return (
    <div className="search">
      <label htmlFor={`${listId}-input`}>{t('search.label')}</label>
      <input
        id={`${listId}-input`}
        data-testid="search-input"
        role="combobox"
        type="search"
        autoComplete="off"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && results[active] ? `${listId}-${active}` : undefined}
        placeholder={t('search.placeholder')}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setTimeout(() => {
            setOpen(false);
          }, 150);
        }}
      />
      {showList && (
        <ul id={listId} role="listbox" data-testid="suggestions" className="suggestions">
          {results.map((r, i) => (
            <li
              key={r.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              data-testid="suggestion"
              data-id={r.id}
              onMouseDown={(e) => {
                e.preventDefault();
                choose(r.id);
              }}
            >
              <KindBadge kind={r.kind} />
              <span>
                <UserText text={nodeName(r, lang)} />
              </span>
              {'symbol' in r && r.symbol && r.symbol !== nodeName(r, lang) ? (
                <small>
                  <UserText text={r.symbol} />
                </small>
              ) : null}
            </li>
          ))}
          {!loading && data && results.length === 0 && (
            <li
              role="option"
              aria-selected={false}
              aria-disabled="true"
              data-testid="search-empty"
              className="empty"
            >
              <Sentence text={t('search.empty', { query: SLOT })}>
                <UserText text={query} />
              </Sentence>
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
