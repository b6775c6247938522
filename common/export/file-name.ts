// One file-name rule for the server's /export answers and the explorer's downloads.
/**
 * `mandate-lineage-<base>.<ext>`, safe on Windows, macOS and Linux: the base is usually an
 * entity id such as `body/wg-firearms`, whose slashes would otherwise be read as folders.
 */
export function exportFileName(base: string, ext: string): string {
  const cleaned = base
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Cs}]/gu, '') // controls, bidi overrides, zero-width spaces
    .replace(/[\s/\\:*?"<>|]+/g, '_');
  const safe = Array.from(cleaned)
    .slice(0, 100)
    .join('')
    .replace(/^[._-]+|[._-]+$/g, '');
  // Letters, digits and inner dots (`nodes.csv`); a leading dot (`.svg`) is dropped.
  const suffix =
    ext
      .replace(/[^A-Za-z0-9.]/g, '')
      .replace(/^\.+|\.+$/g, '')
      .toLowerCase() || 'txt';
  return `${safe ? `mandate-lineage-${safe}` : 'mandate-lineage'}.${suffix}`;
}
