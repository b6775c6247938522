// CSV text for every CSV this project writes (the server's exports and the explorer's
// downloads both come through here), so that the rule against formula injection exists once.
import Papa from 'papaparse';

/**
 * A cell that Excel, LibreOffice or Google Sheets would run as a formula starts with `=`, `+`,
 * `-`, `@`, a tab or a carriage return (OWASP's list); such a cell is written with one `'` in
 * front, which spreadsheets show as text. A cell that starts with apostrophes before one of
 * those gets one too, so the rule can be undone exactly: remove one leading `'` from every
 * cell that matches this pattern after it, e.g. in pandas
 * `df[c].str.replace(r"^'(?='*[=+\-@\t\r])", "", regex=True)`. Numbers are never changed.
 * (Papaparse's own pattern ends in `.*$` without the s flag, so it misses multi-line cells.)
 */
export const FORMULA_START = /^'*[=+\-@\t\r]/;

export type CsvCell = string | number | null;

/** One CSV table: a header row, then the rows; null is an empty cell (pandas reads NaN). */
export function csvText(fields: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return Papa.unparse(
    { fields: [...fields], data: rows.map((row) => row.map((cell) => cell ?? '')) },
    { escapeFormulae: FORMULA_START, newline: '\r\n' },
  );
}
