// Text that comes from the data (names, symbols, actions, notes, ids) rather than from the
// interface. React inserts it as text, so markup in it is never interpreted; <bdi> isolates
// its direction, so a right-to-left override inside a name cannot reorder the words around
// it; and text of any length is cut, so it can neither swamp a panel nor stall the page
// (laying out a 100 kB name took Chromium over a second).
import type { ReactNode } from 'react';

/** Longest text shown in lists, headings, sentences and tables. */
export const MAX_SHOWN = 200;
/** Longest text shown in the details panel, in a row that scrolls: far beyond any real name. */
export const MAX_DETAILS = 5000;

/** The first `max` characters and "…" (never half of a surrogate pair), or all of `text`. */
export function clip(text: string, max = MAX_SHOWN): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const last = cut.charCodeAt(max - 1);
  return `${last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut}…`;
}

const FSI = '\u2068';
const PDI = '\u2069';
const ISOLATE_OPENERS = new Set(['\u2066', '\u2067', FSI]);

/**
 * `text` with its isolates balanced, so that it cannot end the <bdi> around it early: Chromium
 * isolates an element by bracketing its text with isolate controls, so a stray POP DIRECTIONAL
 * ISOLATE in a name would close that bracket and let an override after it leak out. Each
 * unmatched PDI gets an FSI before the text, each unclosed isolate a PDI after it; the text
 * itself is kept as it is. (Unclosed embeddings and overrides end with the isolate.)
 */
export function balanceIsolates(text: string): string {
  let open = 0;
  let stray = 0;
  for (const ch of text) {
    if (ISOLATE_OPENERS.has(ch)) open++;
    else if (ch === PDI) {
      if (open > 0) open--;
      else stray++;
    }
  }
  return open + stray === 0 ? text : FSI.repeat(stray) + text + PDI.repeat(open);
}

export function UserText({
  text,
  max = MAX_SHOWN,
  lang,
}: {
  text: string;
  max?: number;
  lang?: string;
}) {
  return (
    <bdi className="user-text" lang={lang}>
      {balanceIsolates(clip(text, max))}
    </bdi>
  );
}

/**
 * Where data goes in a translated sentence: `t(key, { name: SLOT })`, then <Sentence> puts the
 * element in its place, so the data is isolated like any other (an interpolated string could
 * only be isolated with FSI/PDI characters, which a stray PDI in the data would close early).
 */
export const SLOT = '\u0000';

export function Sentence({ text, children }: { text: string; children: ReactNode }) {
  const at = text.indexOf(SLOT);
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      {children}
      {text.slice(at + SLOT.length)}
    </>
  );
}

/**
 * `text` with every occurrence of a `known` string (names the client already has) wrapped as
 * UserText: the server composes sentences such as the whyExists summary from stored names,
 * and an override inside one of them would otherwise reorder the rest of the sentence.
 */
export function TextWithData({ text, known }: { text: string; known: readonly string[] }) {
  const needles = [...new Set(known)].filter((k) => k.length > 0);
  // Longest first, so that of two names starting at the same place the whole one is taken.
  needles.sort((a, b) => b.length - a.length);
  const next = new Map(needles.map((k) => [k, text.indexOf(k)]));
  const parts: ReactNode[] = [];
  let from = 0;
  for (;;) {
    let at = -1;
    let found = '';
    for (const [k, i] of next) {
      if (i >= 0 && (at < 0 || i < at)) [at, found] = [i, k];
    }
    if (at < 0) break;
    parts.push(text.slice(from, at), <UserText key={at} text={found} />);
    from = at + found.length;
    for (const [k, i] of next) if (i >= 0 && i < from) next.set(k, text.indexOf(k, from));
  }
  parts.push(text.slice(from));
  return <>{parts}</>;
}
