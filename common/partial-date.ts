// Dates as precise as their sources: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. One rule for the API
// (`asOf`, the dates of status changes) and the explorer (`asof=` in the URL, its history list):
// a date known only to its year or month counts from the end of that year or month, so decision
// 4/4, adopted at a session in 2008, is not claimed to be in force on 1 June 2008, and "as of
// 2012" means as things stood on 31 December 2012.

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Whether `value` is such a date, naming a real month and day. */
export function isPartialDate(value: string): boolean {
  const m = PARTIAL_DATE.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo === undefined) return true;
  const month = Number(mo);
  if (month < 1 || month > 12) return false;
  if (d === undefined) return true;
  const day = new Date(Date.UTC(Number(y), month - 1, Number(d)));
  return day.getUTCMonth() === month - 1 && day.getUTCDate() === Number(d);
}

/** The last day a partial date covers, as `YYYY-MM-DD` (comparable as a string). */
export function lastDay(date: string): string {
  const [y = '', m, d] = date.split('-');
  if (d) return date;
  if (m) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return `${y}-${m}-${String(last).padStart(2, '0')}`;
  }
  return `${y}-12-31`;
}

/**
 * Whether something dated `date` had happened by the end of `asOf`. An undated change is not
 * placed at any date (it counts for the current status only).
 */
export function happenedBy(date: string | null, asOf: string): boolean {
  return date !== null && lastDay(date) <= lastDay(asOf);
}
