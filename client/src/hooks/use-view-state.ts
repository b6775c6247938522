import { useCallback, useEffect, useState } from 'react';
import { parseViewState, serializeViewState, type Lang, type ViewState } from '../state/view-state';

/**
 * The view state, kept in the URL. Changing the entity or opening a document pushes a history
 * entry (Back goes to the previous one); other changes replace it.
 */
export function useViewState(fallbackLang: Lang): [ViewState, (patch: Partial<ViewState>) => void] {
  const [state, setState] = useState(() => parseViewState(window.location.search, fallbackLang));
  useEffect(() => {
    const onPop = () => {
      setState(parseViewState(window.location.search, fallbackLang));
    };
    window.addEventListener('popstate', onPop);
    return () => {
      window.removeEventListener('popstate', onPop);
    };
  }, [fallbackLang]);
  const update = useCallback((patch: Partial<ViewState>) => {
    setState((prev) => {
      const next = { ...prev, ...patch };
      const url = serializeViewState(next);
      if (url !== window.location.search) {
        const moved =
          (patch.id !== undefined && patch.id !== prev.id) ||
          (patch.doc !== undefined && patch.doc !== prev.doc);
        if (moved) window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
      }
      return next;
    });
  }, []);
  return [state, update];
}

/**
 * Follows a link to another view in place (e.g. an evidence link the API gives, `/?doc=…`),
 * keeping the interface's language: a history entry, read back as Back would.
 */
export function followInApp(href: string, lang: Lang): void {
  window.history.pushState(null, '', inLang(href, lang));
  window.dispatchEvent(new PopStateEvent('popstate'));
}

/** A link's path and query with the interface's language set. */
export function inLang(href: string, lang: Lang): string {
  const url = new URL(href, window.location.href);
  url.searchParams.set('lang', lang);
  return `${url.pathname}${url.search}`;
}
