// What cytoscape does not draw: the year axis, lane names, lane stripes, the bodies' life
// bands and the status-change markers. Plain DOM over and under the canvas, placed from the
// timeline's model coordinates with cytoscape's current pan and zoom, so it follows every
// pan and zoom. The axis sticks to the top and lane names to the left edge while panning.
import type { CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { METRICS, type Timeline } from './positions';

export interface Viewport {
  zoom: number;
  pan: { x: number; y: number };
  width: number;
  height: number;
}

/** Year labels closer than this (px, centre to centre) are thinned out. */
const TICK_SPACING = 46;

interface Props {
  timeline: Timeline;
  view: Viewport;
  /** Display name of each lane. */
  names: ReadonlyMap<string, string>;
}

export function TimelineUnderlay({ timeline, view }: Props) {
  const { zoom, pan } = view;
  const sx = (x: number) => x * zoom + pan.x;
  const sy = (y: number) => y * zoom + pan.y;
  const bottom = sy(timeline.height);
  return (
    <div className="tl-layer tl-under" aria-hidden="true">
      {timeline.lanes.map((lane, i) => (
        <div
          key={lane.id}
          className={`tl-stripe${i % 2 ? ' odd' : ''}`}
          style={{ top: sy(lane.y), height: lane.height * zoom }}
        />
      ))}
      {timeline.columns.map((c) => (
        <div
          key={c.year ?? 'undated'}
          className={`tl-grid${c.gapBefore ? ' gap' : ''}`}
          style={{ left: sx(c.x), top: sy(METRICS.axis), height: bottom - sy(METRICS.axis) }}
        />
      ))}
      {timeline.lanes.map((lane) =>
        lane.band ? (
          <div
            key={lane.id}
            className={`tl-band${lane.band.fromCreation ? '' : ' unknown-start'}`}
            data-body={lane.bodyId ?? undefined}
            style={{
              left: sx(lane.band.x1) - 8 * zoom,
              width: (lane.band.x2 - lane.band.x1 + 16) * zoom,
              top: sy(lane.band.y) - 5 * zoom,
              height: 10 * zoom,
            }}
          />
        ) : null,
      )}
    </div>
  );
}

export function TimelineOverlay({ timeline, view, names }: Props) {
  const { t } = useTranslation();
  const { zoom, pan } = view;
  const sx = (x: number) => x * zoom + pan.x;
  const sy = (y: number) => y * zoom + pan.y;
  const font = (px: number): CSSProperties => ({
    fontSize: px * zoom,
    lineHeight: `${String(METRICS.lineHeight * zoom)}px`,
  });
  const shown = thinOut(timeline.columns.map((c) => sx(c.x + c.width / 2)));
  const ticks = timeline.columns.map((column, i) => ({ column, shown: shown[i] ?? true }));
  const laneFont = Math.min(14, Math.max(11, 13 * zoom));
  return (
    <div className="tl-layer tl-over" aria-hidden="true">
      {timeline.markers.map((m) => (
        <div key={m.change.id} className="tl-marker" data-marker={m.change.id}>
          <span
            className="tl-flag"
            style={{
              left: sx(m.x) - 6 * zoom,
              top: sy(m.y) - 6 * zoom,
              width: 12 * zoom,
              height: 12 * zoom,
            }}
          />
          <span
            className="tl-marker-text"
            style={{
              ...font(METRICS.fontSize),
              left: sx(m.x) - (METRICS.wrap / 2) * zoom,
              width: METRICS.wrap * zoom,
              top: sy(m.y + METRICS.node / 2 + METRICS.labelGap),
            }}
          >
            {m.lines.map((line, i) => (
              <span key={i}>{line}</span>
            ))}
          </span>
        </div>
      ))}
      {timeline.lanes.map((lane) => (
        <div
          key={lane.id}
          className={`tl-lane tl-lane-${lane.kind}`}
          data-testid="timeline-lane"
          data-lane={lane.id}
          data-body={lane.bodyId ?? undefined}
          style={{
            left: Math.max(6, sx(0) + 6),
            top: sy(lane.y) + 3 * zoom,
            fontSize: laneFont,
            maxWidth: Math.max(80, view.width - Math.max(6, sx(0) + 6) - 6),
          }}
        >
          {names.get(lane.id) ?? lane.id}
        </div>
      ))}
      {/* More timeline beyond an edge (a phone shows it at a readable size, panned sideways). */}
      {sx(0) < -1 && <div className="tl-more left" />}
      {sx(timeline.width) > view.width + 1 && <div className="tl-more right" />}
      <div
        className="tl-axis"
        data-testid="timeline-axis"
        aria-label={t('timeline.axis')}
        style={{ top: Math.max(0, pan.y), height: Math.max(24, (METRICS.axis - 6) * zoom) }}
      >
        {ticks.map(({ column: c, shown }) => (
          <div
            key={c.year ?? 'undated'}
            className={`tl-tick${shown ? '' : ' thin'}${c.gapBefore ? ' gap' : ''}`}
            data-year={c.year ?? undefined}
            style={{ left: sx(c.x), width: c.width * zoom }}
          >
            <span>{c.year ?? t('timeline.undated')}</span>
          </div>
        ))}
      </div>
    </div>
  );
}

/** Which of the year labels at these x positions to show: none closer than TICK_SPACING. */
export function thinOut(centres: readonly number[]): boolean[] {
  let last = -Infinity;
  return centres.map((x) => {
    if (x - last < TICK_SPACING) return false;
    last = x;
    return true;
  });
}
