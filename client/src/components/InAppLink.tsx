// Links that are real links (open in a new tab, copy, show their address) and, on a plain
// click, move the explorer in place instead of loading the page again.
import type { MouseEvent, ReactNode } from 'react';
import { followInApp, inLang } from '../hooks/use-view-state';
import type { Lang } from '../state/view-state';

/** A plain left click: anything else (a new tab, a download…) is left to the browser. */
export const isPlainClick = (e: MouseEvent): boolean =>
  e.button === 0 && !e.metaKey && !e.ctrlKey && !e.shiftKey && !e.altKey;

/** A link to another view of the explorer (e.g. an API's `/?doc=…`), in the interface's language. */
export function InAppLink({
  href,
  lang,
  testId,
  children,
}: {
  href: string;
  lang: Lang;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <a
      href={inLang(href, lang)}
      data-testid={testId}
      onClick={(e) => {
        if (!isPlainClick(e)) return;
        e.preventDefault();
        followInApp(href, lang);
      }}
    >
      {children}
    </a>
  );
}
