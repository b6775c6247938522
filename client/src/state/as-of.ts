// The "as of" view's dates, by the API's rule: a date known to its month or year counts from
// the end of that month or year, so `asof=2012` is the graph on 31 December 2012 and a change
// dated `2014` has happened by `2014-12-31`, not by `2014-06`.

/** The last day a partial date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) covers, as `YYYY-MM-DD`. */
export function lastDay(date: string): string {
  const [y = '', m, d] = date.split('-');
  if (d) return date;
  if (m) {
    const last = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return `${y}-${m}-${String(last).padStart(2, '0')}`;
  }
  return `${y}-12-31`;
}

/** Whether something dated `date` had happened by the end of `asof`; undated things have. */
export function happenedBy(date: string | null, asof: string): boolean {
  return date === null || lastDay(date) <= lastDay(asof);
}

/** The years the slider offers: from the Convention's adoption to last year; then "now". */
export const FIRST_YEAR = 2000;
export const nowYear = (): number => new Date().getUTCFullYear();

/** The slider's position for a view: the as-of year, or the "now" position past the last year. */
export function sliderPosition(asof: string | null, now = nowYear()): number {
  if (asof === null) return now;
  return Math.min(Math.max(Number(asof.slice(0, 4)), FIRST_YEAR), now - 1);
}

/** The view's as-of date for a slider position: a year, or null (now) at the last position. */
export const asOfAt = (position: number, now = nowYear()): string | null =>
  position >= now ? null : String(position);
