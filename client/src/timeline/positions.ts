// The timeline's geometry, in model coordinates (cytoscape's, before pan and zoom): one
// column per year present (as wide as its widest label, so years without events take no
// room; a gap in the years is flagged for the axis), lanes from lanes.ts, and within a lane
// the events of one year stacked in sub-rows, each tall enough for its wrapped label. Label
// sizes come from a measure function, so no two label boxes overlap by construction.
import type { Position } from 'cytoscape';
import type { Subgraph } from '../graph/subgraph';
import { assignLanes, type LaneKind, type LaneSpec, type StatusChange } from './lanes';
import { wrapText, type Measure } from './wrap';

export const METRICS = {
  /** Room above the lanes for the year axis. */
  axis: 36,
  /** Room at the top of a lane for its name. */
  laneHead: 24,
  lanePad: 8,
  /** Height reserved for a node (the focused one is drawn largest). */
  node: 26,
  labelGap: 5,
  fontSize: 12,
  lineHeight: 15,
  itemGap: 12,
  colGap: 28,
  minCol: 76,
  /** Labels wrap at this width (cytoscape's text-max-width). */
  wrap: 150,
} as const;

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface Column {
  /** Null for the column of undated entities, drawn first. */
  year: number | null;
  x: number;
  width: number;
  /** Years are missing between the previous column and this one. */
  gapBefore: boolean;
}

export interface Lane {
  id: string;
  kind: LaneKind;
  bodyId: string | null;
  y: number;
  height: number;
  /** The body's life: from its creation (or first activity) to its last recorded activity. */
  band: { x1: number; x2: number; y: number; fromCreation: boolean } | null;
}

export interface Marker {
  change: StatusChange;
  x: number;
  y: number;
  lines: string[];
}

export interface Timeline {
  columns: Column[];
  lanes: Lane[];
  positions: Map<string, Position>;
  /** Label box of each visible node, for checks and tests. */
  labelBoxes: Map<string, Box>;
  markers: Marker[];
  width: number;
  height: number;
}

export interface TimelineInput {
  graph: Subgraph;
  visibleNodes: ReadonlySet<string>;
  visibleEdges: ReadonlySet<string>;
  /** The label drawn for each visible node. */
  labels: ReadonlyMap<string, string>;
  /** Text of a status-change marker. */
  markerText: (change: StatusChange) => string;
  measure: Measure;
}

const UNDATED = 'undated';
/**
 * Entities sit a hair right of their column's middle: inside their year whether the axis is
 * read as columns or as ticks at the middles (rounding in the browser cannot tip them over).
 */
const NUDGE = 2;
const middle = (c: Column): number => c.x + c.width / 2 + NUDGE;
const colKey = (year: number | null): string => (year === null ? UNDATED : String(year));
const collator = new Intl.Collator('en', { numeric: true });

export function computeTimeline(input: TimelineInput): Timeline {
  const { lanes: specs, changes } = assignLanes(
    input.graph,
    input.visibleNodes,
    input.visibleEdges,
  );
  const changeById = new Map(changes.map((c) => [c.id, c]));
  const m = METRICS;
  const texts = new Map<string, string[]>();
  const widths = new Map<string, number>();
  for (const spec of specs) {
    for (const item of spec.items) {
      const change = item.marker ? changeById.get(item.id) : undefined;
      const text = change ? input.markerText(change) : (input.labels.get(item.id) ?? '');
      const wrapped = wrapText(text, input.measure, m.wrap);
      texts.set(item.id, wrapped.lines);
      widths.set(item.id, Math.max(m.node, wrapped.width));
    }
  }

  const years = new Set(specs.flatMap((s) => s.items.map((i) => i.year)));
  const sorted = [...years].sort((a, b) => (a ?? -Infinity) - (b ?? -Infinity));
  const columns: Column[] = [];
  const colOf = new Map<string, Column>();
  let x = 0;
  for (const year of sorted) {
    const widest = Math.max(
      0,
      ...specs.flatMap((s) =>
        s.items.filter((i) => i.year === year).map((i) => widths.get(i.id) ?? 0),
      ),
    );
    const prev = columns.at(-1)?.year;
    const col: Column = {
      year,
      x,
      width: Math.max(m.minCol, widest + m.colGap),
      gapBefore: year !== null && prev !== undefined && prev !== null && year - prev > 1,
    };
    columns.push(col);
    colOf.set(colKey(year), col);
    x += col.width;
  }
  const centre = (year: number | null): number => {
    const col = colOf.get(colKey(year));
    return col ? middle(col) : 0;
  };

  const lanes: Lane[] = [];
  const positions = new Map<string, Position>();
  const labelBoxes = new Map<string, Box>();
  const markers: Marker[] = [];
  let y: number = m.axis;
  for (const spec of specs) {
    const top = y + m.laneHead;
    let deepest: number = m.node + m.itemGap;
    const byYear = new Map<string, typeof spec.items>();
    for (const item of spec.items) {
      const key = colKey(item.year);
      byYear.set(key, [...(byYear.get(key) ?? []), item]);
    }
    for (const items of byYear.values()) {
      items.sort((a, b) => collator.compare(a.order, b.order));
      let offset = 0;
      for (const item of items) {
        const lines = texts.get(item.id) ?? [];
        const cx = centre(item.year);
        const cy = top + offset + m.node / 2;
        const labelTop = cy + m.node / 2 + m.labelGap;
        const half = (widths.get(item.id) ?? m.node) / 2;
        const change = item.marker ? changeById.get(item.id) : undefined;
        if (change) markers.push({ change, x: cx, y: cy, lines });
        else {
          positions.set(item.id, { x: cx, y: cy });
          labelBoxes.set(item.id, {
            x1: cx - half,
            x2: cx + half,
            y1: labelTop,
            y2: labelTop + lines.length * m.lineHeight,
          });
        }
        offset +=
          m.node + (lines.length ? m.labelGap + lines.length * m.lineHeight : 0) + m.itemGap;
      }
      deepest = Math.max(deepest, offset);
    }
    const height = m.laneHead + deepest + m.lanePad;
    lanes.push({
      id: spec.id,
      kind: spec.kind,
      bodyId: spec.body?.id ?? null,
      y,
      height,
      band: band(spec, columns, top + m.node / 2),
    });
    y += height;
  }
  return { columns, lanes, positions, labelBoxes, markers, width: x, height: y };
}

function band(spec: LaneSpec, columns: readonly Column[], y: number): Lane['band'] {
  if (!spec.body || spec.last === null) return null;
  const last = spec.last;
  const dated = columns.filter((c) => c.year !== null);
  const years = spec.items.map((i) => i.year).filter((v): v is number => v !== null);
  if (!years.length) return null;
  const first = Math.min(...years);
  // Its Conference sessions may be out of view: the life ends at the last year drawn.
  const start = dated.find((c) => c.year === first);
  const end = dated.filter((c) => c.year !== null && c.year <= last).at(-1);
  if (!start || !end) return null;
  return {
    x1: middle(start),
    x2: middle(end),
    y,
    fromCreation: spec.created === first,
  };
}
