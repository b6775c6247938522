// A span of days as a language prints it in running text, from ISO dates: "2–3 May 2018",
// "30 April – 3 May 2018", "30 December 2018 – 2 January 2019". The words (months, what
// follows the year) come from the language module; only the layout is shared.

/** `months` as the language prints them after a day (Russian: genitive), January first. */
export function printedDateRange(
  start: string,
  end: string,
  months: readonly string[],
  afterYear: string,
): string {
  const parts = (iso: string) => {
    const [y = '', m = '', d = ''] = iso.split('-');
    return { year: y, month: months[Number(m) - 1] ?? m, day: String(Number(d)) };
  };
  const a = parts(start);
  const b = parts(end);
  const tail = `${b.month} ${b.year}${afterYear}`;
  if (start === end) return `${b.day} ${tail}`;
  if (a.year !== b.year) return `${a.day} ${a.month} ${a.year}${afterYear} – ${b.day} ${tail}`;
  if (a.month !== b.month) return `${a.day} ${a.month} – ${b.day} ${tail}`;
  return `${a.day}–${b.day} ${tail}`;
}
