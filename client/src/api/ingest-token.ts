// The token that unlocks adding documents, as Jupyter hands one out: `npm start` prints a link
// with `#token=…`; the page keeps it in this browser (localStorage) and takes it out of the
// address bar at once, so it is not bookmarked, shared or sent anywhere but in the
// Authorization header of POST /documents. Never a cookie: another site's page cannot use it.
const KEY = 'mandate-lineage:ingest-token';

/** Takes a `#token=…` from the address (once, at start) into this browser's storage. */
export function captureIngestToken(): void {
  const hash = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const token = hash.get('token');
  if (!token) return;
  try {
    window.localStorage.setItem(KEY, token);
  } catch {
    // Storage refused (private mode): the page just cannot write.
  }
  hash.delete('token');
  const rest = hash.toString();
  window.history.replaceState(
    window.history.state,
    '',
    `${window.location.pathname}${window.location.search}${rest ? `#${rest}` : ''}`,
  );
}

export function ingestToken(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function forgetIngestToken(): void {
  try {
    window.localStorage.removeItem(KEY);
  } catch {
    // Nothing stored.
  }
}
