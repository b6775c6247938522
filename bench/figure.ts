// One line of bench/results.json. Every figure is a ratio against a baseline measured in the
// same run, or a value printed next to such a baseline (the machines are shared and noisy).
export interface Figure {
  id: FigureId;
  name: string;
  value: number;
  unit: string;
  /** The side-by-side measurement the value is compared with (null only where the goal is absolute). */
  baseline: number | null;
  /** value / baseline where that is meaningful, else null. */
  ratio: number | null;
  /** The goal in words, e.g. "≤ 1.3× (or ≤ +1 ms)". */
  goal: string;
  met: boolean;
  /** Everything else measured for this figure (p95s, per-size rows, plan operators...). */
  details?: Record<string, unknown>;
  /** When this figure was measured (a `--only` run keeps the other figures of an earlier run). */
  measuredAt?: string;
  /** The run that measured it: `quick` (smaller plan) or `full`. */
  mode?: 'quick' | 'full';
}

export const FIGURE_IDS = [
  'lineage_vs_driver',
  'queries_per_request',
  'scale_1m_vs_10k',
  'search_vs_id',
  'bulk_vs_per_row',
  'throughput',
  'client_layout',
  'webgl_vs_canvas',
  'explorer_settle',
  'server_rss',
  'server_memory_10k',
  'ingestion_pages',
  'read_latency_during_ingest',
  'start_warm',
  'start_cold',
  'recover_after_kill',
] as const;
export type FigureId = (typeof FIGURE_IDS)[number];

/** Percentile (0–100) of a list of numbers, nearest-rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

export const round = (x: number, digits = 2): number => {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
};
