// The table `npm run bench` prints (and the README's Performance section shows).
import type { Figure } from '../figure.js';

const fmt = (x: number | null, unit = ''): string =>
  x === null
    ? '—'
    : `${x.toLocaleString('en', { maximumFractionDigits: 2 })}${unit ? ` ${unit}` : ''}`;

export function tableRows(figures: readonly Figure[]): string[][] {
  return figures.map((f) => [
    f.id,
    fmt(f.value, f.unit),
    fmt(f.baseline, f.unit),
    f.ratio === null ? '—' : `${fmt(f.ratio)}×`,
    f.goal,
    f.met ? 'yes' : 'NO',
  ]);
}

export function printTable(figures: readonly Figure[]): void {
  const head = ['figure', 'value', 'baseline', 'ratio', 'goal', 'met'];
  const rows = [head, ...tableRows(figures)];
  const widths = head.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  '));
  for (const f of figures)
    console.log(`\n${f.id}: ${f.name}\n  ${JSON.stringify(f.details ?? {})}`);
}
