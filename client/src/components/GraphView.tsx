// The one component that owns the cytoscape instance (through a typed ref). It reconciles
// elements instead of rebuilding them, so nodes already on screen keep their place when
// neighbours are added; a full layout runs only when the view itself changes.
import cytoscape from 'cytoscape';
import type { Core, EdgeSingular, ElementDefinition, EventObject, NodeSingular } from 'cytoscape';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useGraphKeyboard } from '../graph/keyboard';
import { fullLayout, placeIncrementally } from '../graph/layout';
import { hideAll, reconcile, reveal } from '../graph/reconcile';
import { SMALL_GRAPH } from '../graph/slices';
import { bringIntoView, painted } from '../graph/viewport';
import { viewOptions } from '../graph/style';
import { mark } from '../graph/mark';

declare global {
  interface Window {
    /** The cytoscape instance: a debugging handle for the console and the browser tests. */
    __cy?: Core;
  }
}

export interface GraphViewProps {
  elements: ElementDefinition[];
  mode: 'graph' | 'timeline';
  /** A change of this key means a new view: lay everything out again, from a blank canvas. */
  layoutKey: string;
  /**
   * A change of this key (direction, depth, filters) re-lays out the same view: nodes glide
   * from where they are to their new places.
   */
  relayoutKey: string;
  /** Data for the next picture is on its way: say so. */
  busy?: boolean;
  selectedEdge: string | null;
  highlightedEdge: string | null;
  onSelectNode: (id: string) => void;
  onSelectEdge: (id: string) => void;
  onExpand: (id: string) => void;
  onCy?: (cy: Core | null) => void;
}

export function GraphView(props: GraphViewProps) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useRef<Core | null>(null);
  const lastKey = useRef<string | null>(null);
  const lastRelayout = useRef<string | null>(null);
  const [laying, setLaying] = useState(false);
  const generation = useRef(0);
  const handlers = useRef(props);
  // Handlers are read through a ref so the cytoscape listeners, bound once, see the latest props.
  // A layout effect, declared first: the placement below (also one) reads this render's props.
  useLayoutEffect(() => {
    handlers.current = props;
  });

  // The instance is made with the first picture (see below): made earlier, on an empty
  // canvas, its first frame would be drawn and committed for nothing while the data loads.
  const makeCy = (el: HTMLDivElement): Core => {
    const cy = cytoscape(viewOptions(el));
    // A tap opens the node, a double tap expands it. `onetap` is cytoscape's tap that is not
    // the first half of a double tap, so a double tap does not navigate away first.
    cy.on('onetap', 'node', (e: EventObject) => {
      handlers.current.onSelectNode((e.target as NodeSingular).id());
    });
    cy.on('tap', 'edge', (e: EventObject) => {
      handlers.current.onSelectEdge((e.target as NodeSingular | EdgeSingular).id());
    });
    cy.on('dbltap', 'node', (e: EventObject) => {
      handlers.current.onExpand((e.target as NodeSingular).id());
    });
    // A link's label is drawn while the pointer is on it (style.ts).
    cy.on('mouseover', 'edge', (e: EventObject) => {
      (e.target as EdgeSingular).addClass('hover');
    });
    cy.on('mouseout', 'edge', (e: EventObject) => {
      (e.target as EdgeSingular).removeClass('hover');
    });
    cyRef.current = cy;
    window.__cy = cy;
    return cy;
  };
  useEffect(
    () => () => {
      const cy = cyRef.current;
      if (!cy) return;
      handlers.current.onCy?.(null);
      if (window.__cy === cy) delete window.__cy;
      cy.destroy();
      cyRef.current = null;
      lastKey.current = null;
      lastRelayout.current = null;
    },
    [],
  );

  const { elements, mode, layoutKey, relayoutKey } = props;
  const loading = props.busy === true;
  // A layout effect: the placement starts in the commit that brings the elements, not after
  // the browser has first laid out and painted the rest of the page.
  useLayoutEffect(() => {
    const el = container.current;
    if (!el) return;
    // The view's data is on its way (the busy state says so): the picture on screen is not
    // the one asked for, so it is not touched and not "ready" until the data is in.
    if (loading) {
      el.dataset.ready = 'false';
      return;
    }
    const cy = cyRef.current ?? makeCy(el);
    const started = performance.now();
    const mine = ++generation.current;
    const isCurrent = () => generation.current === mine;
    // Aborted when the next view starts: a full layout then stops waiting for its worker.
    const controller = new AbortController();
    el.dataset.ready = 'false';
    const key = `${layoutKey}|${mode}`;
    const full = key !== lastKey.current;
    const relayout = !full && relayoutKey !== lastRelayout.current;
    lastKey.current = key;
    lastRelayout.current = relayoutKey;
    const place = async (): Promise<boolean> => {
      // A small view is placed within this task, before any frame could show a busy state;
      // saying so would only re-render (and flush React's pending effects) ahead of it.
      if (elements.filter((e) => e.group !== 'edges').length > SMALL_GRAPH) setLaying(true);
      // A new view is drawn once, when it is placed and fitted: nothing of the old one stays
      // on screen at the wrong place or zoom meanwhile.
      if (full) hideAll(cy);
      const added = await reconcile(cy, elements, isCurrent);
      if (!added || !isCurrent()) return false;
      if (full) {
        await fullLayout(cy, isCurrent, { signal: controller.signal });
      } else if (relayout) {
        await fullLayout(cy, isCurrent, { signal: controller.signal, animate: true });
      } else if (added.nodes().nonempty()) {
        await placeIncrementally(cy, added.nodes(), isCurrent);
        if (isCurrent()) await bringIntoView(cy, added.nodes());
      }
      return isCurrent();
    };
    void place().then(async (done) => {
      if (!done || cy.destroyed()) return;
      reveal(cy);
      // A large graph is added in slices: mark the selected edge again now that it is there.
      mark(cy, handlers.current.selectedEdge, handlers.current.highlightedEdge);
      // The "laying out" notice goes in this commit, so the frame awaited below (and every
      // reading of the ready signal) shows the picture without it.
      flushSync(() => {
        setLaying(false);
      });
      // Ready means drawn: the signal waits for the frame that shows the final picture.
      await painted();
      if (!isCurrent() || cy.destroyed()) return;
      el.dataset.layoutMs = String(Math.round(performance.now() - started));
      // Since the page's navigation began: for a deep link, the wait a reader had (bench).
      el.dataset.settledAt = String(Math.round(performance.now()));
      el.dataset.ready = 'true';
      // The page learns of the instance once it shows something (the export menu needs it):
      // told earlier, it would render again while the first picture is being placed.
      handlers.current.onCy?.(cy);
    });
    return () => {
      controller.abort();
    };
  }, [elements, mode, layoutKey, relayoutKey, loading]);

  const keyboard = useGraphKeyboard(cyRef, {
    onOpen: (id) => {
      handlers.current.onSelectNode(id);
    },
    onExpand: (id) => {
      handlers.current.onExpand(id);
    },
    describe: (n) => `${t(`kind.${String(n.data('kind'))}`)}: ${String(n.data('label'))}`,
  });

  const { selectedEdge, highlightedEdge } = props;
  useEffect(() => {
    const cy = cyRef.current;
    if (cy) mark(cy, selectedEdge, highlightedEdge);
  }, [selectedEdge, highlightedEdge, elements]);

  const busy = laying || props.busy === true;
  return (
    <div className="graph-frame">
      <div
        ref={container}
        className="graph"
        data-testid="graph"
        role="application"
        aria-roledescription={t('graph.roledescription')}
        aria-label={`${t('graph.label')}. ${t('graph.keys')}`}
        aria-busy={busy}
        tabIndex={0}
        {...keyboard}
      />
      {busy && (
        <p className="graph-busy" role="status" data-testid="graph-busy">
          {t('graph.layingOut')}
        </p>
      )}
    </div>
  );
}
