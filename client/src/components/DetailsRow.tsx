import type { ReactNode } from 'react';

/**
 * A row of the details; a `long` one (names, symbols, places: text of any length) scrolls; a
 * `wide` one (a history, values side by side) takes the panel's whole width under its label.
 */
export function Row({
  label,
  long,
  wide,
  children,
}: {
  label: string;
  long?: boolean;
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <>
      <dt className={wide ? 'wide' : undefined}>{label}</dt>
      {/* A long row scrolls, so it takes the keyboard focus too: arrows then scroll it. */}
      <dd
        className={[long ? 'long' : '', wide ? 'wide' : ''].filter(Boolean).join(' ') || undefined}
        tabIndex={long ? 0 : undefined}
      >
        {children}
      </dd>
    </>
  );
}
