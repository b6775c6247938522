// The token that unlocks adding documents, as Jupyter hands one out: `npm start` prints a link
// with `#token=…`; the page takes it out of the address bar at once, so it is not bookmarked,
// shared or sent anywhere but in the Authorization header of POST /documents. Never a cookie:
// another site's page cannot use it.
//
// It is kept in sessionStorage: this tab only, gone when the tab is closed, never written to
// disk for later. localStorage would keep a write key on disk for good, readable by any script
// of this origin in any tab, long after it is needed (and by default the server makes a new one
// at every start, so a kept one mostly goes stale). Opening the printed link again unlocks a new
// tab.
const KEY = 'mandate-lineage:ingest-token';

/**
 * Takes a `#token=…` from the address (once, at start) into this tab's storage. Also removes a
 * token an earlier version of the page left in localStorage.
 */
export function captureIngestToken(): void {
  try {
    window.localStorage.removeItem(KEY);
  } catch {
    // Storage refused: nothing was kept there either.
  }
  const hash = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const token = hash.get('token');
  if (!token) return;
  try {
    window.sessionStorage.setItem(KEY, token);
  } catch {
    // Storage refused (some private modes): the page just cannot write.
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
    return window.sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function forgetIngestToken(): void {
  try {
    window.sessionStorage.removeItem(KEY);
  } catch {
    // Nothing stored.
  }
}
