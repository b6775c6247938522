import { useCallback, useEffect, useState } from 'react';
import { parseViewState, serializeViewState, type Lang, type ViewState } from '../state/view-state';

/**
 * The view state, kept in the URL. Changing the entity pushes a history entry (Back goes
 * to the previous entity); other changes replace it.
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
        if (patch.id !== undefined && patch.id !== prev.id) window.history.pushState(null, '', url);
        else window.history.replaceState(null, '', url);
      }
      return next;
    });
  }, []);
  return [state, update];
}
