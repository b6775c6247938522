// The query parameters of a route, checked before anything else is done for the request. A
// mistyped parameter (`dryrun=true`, `dryRun=yes`) must not fall back to the default: for
// POST /documents the default is to write, so a misspelt dry run would write the document.

/** A boolean parameter: `true`/`false`/`1`/`0` in any case, as clients and shells write them. */
export function parseBoolean(value: string): boolean | null {
  const v = value.toLowerCase();
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  return null;
}

export type QueryCheck<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * The boolean flags of `query` (Express's parsed query string), each false when absent.
 * Names are exact (a mis-cased name is an unknown parameter, named in the message with the
 * accepted ones), and a flag given twice is refused rather than read one way or the other.
 */
export function booleanFlags<K extends string>(
  query: Record<string, unknown>,
  accepted: readonly K[],
): QueryCheck<Record<K, boolean>> {
  const known = new Set<string>(accepted);
  const list = accepted.map((a) => `\`${a}\``).join(', ');
  const unknown = Object.keys(query).filter((k) => !known.has(k));
  if (unknown.length > 0) {
    const names = unknown.map((k) => `\`${k.slice(0, 40)}\``).join(', ');
    return {
      ok: false,
      message: `Unknown query parameter ${names}; accepted: ${list} (true, false, 1 or 0).`,
    };
  }
  const flags = Object.fromEntries(accepted.map((a) => [a, false])) as Record<K, boolean>;
  for (const name of accepted) {
    const raw = query[name];
    if (raw === undefined) continue;
    const parsed = typeof raw === 'string' ? parseBoolean(raw) : null;
    if (parsed === null) {
      const given =
        typeof raw === 'string' ? `\`${raw.slice(0, 40)}\`` : 'a repeated or structured value';
      return {
        ok: false,
        message: `Query parameter \`${name}\` must be true, false, 1 or 0 (got ${given}); accepted parameters: ${list}.`,
      };
    }
    flags[name] = parsed;
  }
  return { ok: true, value: flags };
}
