// Dates as readers write them: «12–16 октября 2020 г.», "12–16 October 2020". One formatter
// per language (Intl.DateTimeFormat, so ranges share month and year as the language does);
// the API's dates are calendar days (YYYY-MM-DD), read and printed in UTC so no time zone
// can move them by a day.
import type { Lang } from '../state/view-state';

type Precision = 'day' | 'month';
const formatters = new Map<string, Intl.DateTimeFormat>();

/** One formatter per language and precision, made on first use. */
function formatter(lang: Lang, precision: Precision = 'day'): Intl.DateTimeFormat {
  const key = `${lang}:${precision}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', {
      ...(precision === 'day' ? { day: 'numeric' } : {}),
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    formatters.set(key, f);
  }
  return f;
}

function day(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]) - 1, Number(m[3])];
  const date = new Date(Date.UTC(y, mo, d));
  // Date.UTC rolls 2020-13-45 over into 2021: such text is not a calendar day.
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo && date.getUTCDate() === d
    ? date
    : null;
}

/** One day; text that is not a YYYY-MM-DD date is shown as it is. */
export function formatDate(iso: string, lang: Lang): string {
  const d = day(iso);
  return d ? formatter(lang).format(d) : iso;
}

/** A span of days, or one day when `end` is missing or the same. */
export function formatDateRange(start: string, end: string | null | undefined, lang: Lang): string {
  const a = day(start);
  const b = end ? day(end) : null;
  if (!a) return end ? `${start} – ${end}` : start;
  if (!b || b.getTime() === a.getTime()) return formatter(lang).format(a);
  return b < a
    ? `${formatter(lang).format(a)} – ${formatDate(end ?? '', lang)}`
    : formatter(lang).formatRange(a, b);
}

/**
 * A date as precise as its source: a day (`12 October 2020`), a month (`October 2020`) or a
 * year (`2020`). Anything else is shown as it is.
 */
export function formatPartialDate(iso: string, lang: Lang): string {
  if (/^\d{4}$/.test(iso)) return iso;
  const month = /^(\d{4})-(\d{2})$/.exec(iso);
  if (!month) return formatDate(iso, lang);
  const m = Number(month[2]);
  if (m < 1 || m > 12) return iso;
  // Russian: «октябрь 2020 г.», the nominative a month stands in on its own.
  return formatter(lang, 'month').format(new Date(Date.UTC(Number(month[1]), m - 1, 1)));
}
