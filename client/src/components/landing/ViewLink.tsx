import type { MouseEvent, ReactNode } from 'react';
import {
  DEFAULTS,
  serializeViewState,
  type Direction,
  type ViewState,
} from '../../state/view-state';
import { isPlainClick } from '../InAppLink';

export interface Navigate {
  view: ViewState;
  update: (patch: Partial<ViewState>) => void;
}

/**
 * A real link to an entity's view (it opens in a new tab, copies, shows its address), that
 * navigates in place on a plain click, the way the search box does.
 */
export function ViewLink({
  nav,
  id,
  direction = DEFAULTS.direction,
  className,
  children,
}: {
  nav: Navigate;
  id: string;
  direction?: Direction;
  className?: string;
  children: ReactNode;
}) {
  const patch: Partial<ViewState> = {
    id,
    direction,
    edge: null,
    expanded: [],
    limit: DEFAULTS.limit,
  };
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(e)) return;
    e.preventDefault();
    nav.update(patch);
    window.scrollTo(0, 0);
  };
  return (
    <a
      href={serializeViewState({ ...nav.view, ...patch })}
      className={className}
      data-id={id}
      onClick={onClick}
    >
      {children}
    </a>
  );
}
