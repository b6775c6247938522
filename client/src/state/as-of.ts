// The "as of" slider's years. Dates themselves follow the API's rule (@common/partial-date): a
// date known to its month or year counts from the end of that month or year.

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
