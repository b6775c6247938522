// The timeline view: its own cytoscape instance (so `window.__cy`, taps, selection and the
// app's filters work as in the graph), nodes placed by computeTimeline (positions.ts), and
// the axis, lanes and life bands drawn around the canvas (TimelineOverlay). The container
// grows with the lanes, so at a readable zoom every label fits on the canvas.
import cytoscape from 'cytoscape';
import type { Core, EdgeSingular, ElementDefinition, EventObject, NodeSingular } from 'cytoscape';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reconcile, reveal } from '../graph/reconcile';
import { nodeName, nodeYear, type Subgraph } from '../graph/subgraph';
import type { Lang } from '../state/view-state';
import { fitTimeline, labelMeasure } from './fit';
import { markerText, timelineLabel, type Translate } from './labels';
import { computeTimeline, type Timeline } from './positions';
import { timelineStyle } from './style';
import { TimelineOverlay, TimelineUnderlay, type Viewport } from './TimelineOverlay';
import './timeline.css';
import { mark } from '../graph/mark';

export interface TimelineViewProps {
  elements: ElementDefinition[];
  /** The subgraph the elements were made from: dates, meeting owners, lane names. */
  graph: Subgraph;
  lang: Lang;
  selectedEdge: string | null;
  highlightedEdge: string | null;
  onSelectNode: (id: string) => void;
  onSelectEdge: (id: string) => void;
  onExpand: (id: string) => void;
  onCy?: (cy: Core | null) => void;
  /** The view's data is on its way: what is drawn is the previous view, never "ready". */
  busy?: boolean;
}

interface Drawn {
  timeline: Timeline;
  generation: number;
}

const viewportOf = (cy: Core, el: HTMLElement): Viewport => ({
  zoom: cy.zoom(),
  pan: cy.pan(),
  width: el.clientWidth,
  height: el.clientHeight,
});

const sameViewport = (a: Viewport, b: Viewport): boolean =>
  Math.abs(a.zoom - b.zoom) < 1e-9 &&
  Math.abs(a.pan.x - b.pan.x) < 0.01 &&
  Math.abs(a.pan.y - b.pan.y) < 0.01 &&
  a.width === b.width &&
  a.height === b.height;

export function TimelineView(props: TimelineViewProps) {
  const { t, i18n } = useTranslation();
  const wrapper = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const generation = useRef(0);
  const handlers = useRef(props);
  const [drawn, setDrawn] = useState<Drawn | null>(null);
  const [view, setView] = useState<Viewport | null>(null);
  /** The timeline on screen, to fit again when the container's width changes. */
  const placed = useRef<Parameters<typeof fitTimeline>[2] | null>(null);
  useEffect(() => {
    handlers.current = props;
  });

  useEffect(() => {
    const el = wrapper.current;
    if (!canvas.current || !el) return;
    const cy = cytoscape({
      container: canvas.current,
      style: timelineStyle(),
      minZoom: 0.1,
      maxZoom: 4,
    });
    cy.on('onetap', 'node', (e: EventObject) => {
      handlers.current.onSelectNode((e.target as NodeSingular).id());
    });
    cy.on('tap', 'edge', (e: EventObject) => {
      handlers.current.onSelectEdge((e.target as EdgeSingular).id());
    });
    cy.on('dbltap', 'node', (e: EventObject) => {
      handlers.current.onExpand((e.target as NodeSingular).id());
    });
    // One overlay update per frame, however many viewport events a gesture fires.
    let frame = 0;
    cy.on('viewport resize', () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (!cy.destroyed()) setView(viewportOf(cy, el));
      });
    });
    // The page's width can change after a fit (a scroll bar appears as the timeline grows):
    // fit again, so no label is left past the edge.
    let width = el.clientWidth;
    const resized = new ResizeObserver(() => {
      if (el.clientWidth === width || !placed.current || cy.destroyed()) return;
      width = el.clientWidth;
      // Not ready until the axis follows the new fit (the ready effect runs again).
      el.dataset.ready = 'false';
      fitTimeline(el, cy, placed.current);
      setDrawn((d) => (d ? { ...d } : d));
    });
    resized.observe(el);
    cyRef.current = cy;
    window.__cy = cy;
    handlers.current.onCy?.(cy);
    return () => {
      resized.disconnect();
      cancelAnimationFrame(frame);
      handlers.current.onCy?.(null);
      if (window.__cy === cy) delete window.__cy;
      cy.destroy();
      cyRef.current = null;
    };
  }, []);

  const { elements, graph, lang } = props;
  const names = useMemo(() => {
    const byId = new Map(graph.nodes.map((n) => [n.id, nodeName(n, lang)]));
    return (id: string): string => byId.get(id) ?? id;
  }, [graph, lang]);

  useEffect(() => {
    const cy = cyRef.current;
    const el = wrapper.current;
    if (!cy || !el) return;
    const started = performance.now();
    const mine = ++generation.current;
    const isCurrent = () => generation.current === mine && !cy.destroyed();
    el.dataset.ready = 'false';
    // The view's language, not i18next's current one: that follows the view a moment later.
    const fixed = i18n.getFixedT(lang);
    const tr: Translate = (key, options) => fixed(key, options);
    const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
    const labels = new Map<string, string>();
    const relabelled = elements.map((e) => {
      const node = e.group === 'nodes' ? nodes.get(String(e.data.id)) : undefined;
      if (!node) return e;
      // A capped view's "+N" (hidden neighbours) stays on the timeline's shorter label.
      const hidden = /\s\+\d+$/.exec(String(e.data.label ?? ''))?.[0] ?? '';
      const label = `${timelineLabel(node, lang, tr, nodeYear(node, graph))}${hidden}`;
      labels.set(node.id, label);
      return { ...e, data: { ...e.data, label } };
    });
    void reconcile(cy, relabelled, isCurrent).then((added) => {
      if (!added || !isCurrent()) return;
      const timeline = computeTimeline({
        graph,
        visibleNodes: new Set(labels.keys()),
        visibleEdges: new Set(
          elements.filter((e) => e.group === 'edges').map((e) => String(e.data.id)),
        ),
        labels,
        markerText: (change) => markerText(change, lang),
        measure: labelMeasure(),
      });
      cy.batch(() => {
        cy.nodes().positions((n) => timeline.positions.get(n.id()) ?? { x: 0, y: 0 });
      });
      placed.current = timeline;
      fitTimeline(el, cy, timeline);
      reveal(cy);
      mark(cy, handlers.current.selectedEdge, handlers.current.highlightedEdge);
      el.dataset.layoutMs = String(Math.round(performance.now() - started));
      setView(viewportOf(cy, el));
      setDrawn({ timeline, generation: mine });
    });
  }, [elements, graph, lang, i18n]);

  // Ready once the overlay for this layout is on screen: two frames after it is committed, and
  // only if the axis was drawn for the viewport cytoscape shows (a refit or a resize since then
  // brings a newer view, and this runs again for it).
  const loading = props.busy === true;
  useEffect(() => {
    const el = wrapper.current;
    const cy = cyRef.current;
    if (!drawn || !view || !el || !cy) return;
    if (loading) {
      el.dataset.ready = 'false';
      return;
    }
    let second = 0;
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => {
        if (drawn.generation !== generation.current || cy.destroyed()) return;
        const now = viewportOf(cy, el);
        if (sameViewport(view, now)) el.dataset.ready = 'true';
        else setView(now);
      });
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, [drawn, view, loading]);

  const { selectedEdge, highlightedEdge } = props;
  useEffect(() => {
    const cy = cyRef.current;
    if (cy) mark(cy, selectedEdge, highlightedEdge);
  }, [selectedEdge, highlightedEdge, elements]);

  const laneNames = useMemo(() => {
    const fixed = i18n.getFixedT(lang);
    const out = new Map<string, string>();
    for (const lane of drawn?.timeline.lanes ?? []) {
      out.set(lane.id, lane.bodyId ? names(lane.bodyId) : fixed(`timeline.${lane.kind}`));
    }
    return out;
  }, [drawn, names, i18n, lang]);

  return (
    <div
      ref={wrapper}
      className="graph timeline"
      data-testid="graph"
      data-mode="timeline"
      role="img"
      aria-label={t('timeline.label')}
    >
      {drawn && view && (
        <TimelineUnderlay timeline={drawn.timeline} view={view} names={laneNames} />
      )}
      <div ref={canvas} className="tl-canvas" />
      {drawn && view && <TimelineOverlay timeline={drawn.timeline} view={view} names={laneNames} />}
    </div>
  );
}
