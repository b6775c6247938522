// The one component that owns the cytoscape instance (through a typed ref). It reconciles
// elements instead of rebuilding them, so nodes already on screen keep their place when
// neighbours are added; a full layout runs only when the view itself changes.
import cytoscape from 'cytoscape';
import type { Core, EdgeSingular, ElementDefinition, EventObject, NodeSingular } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useGraphKeyboard } from '../graph/keyboard';
import { fullLayout, placeIncrementally, runLayout, timelinePositions } from '../graph/layout';
import { reconcile, reveal } from '../graph/reconcile';
import { viewOptions } from '../graph/style';

declare global {
  interface Window {
    /** The cytoscape instance: a debugging handle for the console and the browser tests. */
    __cy?: Core;
  }
}

export interface GraphViewProps {
  elements: ElementDefinition[];
  mode: 'graph' | 'timeline';
  /** A change of this key means a new view: lay everything out again. */
  layoutKey: string;
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
  const generation = useRef(0);
  const handlers = useRef(props);
  // Handlers are read through a ref so the cytoscape listeners, bound once, see the latest props.
  useEffect(() => {
    handlers.current = props;
  });

  useEffect(() => {
    if (!container.current) return;
    const cy = cytoscape(viewOptions(container.current));
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
    cyRef.current = cy;
    window.__cy = cy;
    handlers.current.onCy?.(cy);
    return () => {
      handlers.current.onCy?.(null);
      if (window.__cy === cy) delete window.__cy;
      cy.destroy();
      cyRef.current = null;
    };
  }, []);

  const { elements, mode, layoutKey } = props;
  useEffect(() => {
    const cy = cyRef.current;
    const el = container.current;
    if (!cy || !el) return;
    const started = performance.now();
    const mine = ++generation.current;
    const isCurrent = () => generation.current === mine;
    // Aborted when the next view starts: a full layout then stops waiting for its worker.
    const controller = new AbortController();
    el.dataset.ready = 'false';
    const key = `${layoutKey}|${mode}`;
    const full = key !== lastKey.current;
    lastKey.current = key;
    const place = async (): Promise<boolean> => {
      const added = await reconcile(cy, elements, isCurrent);
      if (!added || !isCurrent()) return false;
      if (mode === 'timeline') {
        const positions = timelinePositions(
          cy.nodes().map((n) => ({
            id: n.id(),
            kind: String(n.data('kind')),
            year: (n.data('year') as number | null) ?? null,
          })),
        );
        await runLayout(cy, {
          name: 'preset',
          fit: true,
          padding: 30,
          positions: Object.fromEntries(positions),
        });
      } else if (full) {
        await fullLayout(cy, isCurrent, { signal: controller.signal });
      } else {
        await placeIncrementally(cy, added.nodes(), isCurrent);
      }
      return isCurrent();
    };
    void place().then((done) => {
      if (!done || cy.destroyed()) return;
      reveal(cy);
      // A large graph is added in slices: mark the selected edge again now that it is there.
      mark(cy, handlers.current.selectedEdge, handlers.current.highlightedEdge);
      el.dataset.layoutMs = String(Math.round(performance.now() - started));
      el.dataset.ready = 'true';
    });
    return () => {
      controller.abort();
    };
  }, [elements, mode, layoutKey]);

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

  return (
    <div
      ref={container}
      className="graph"
      data-testid="graph"
      role="application"
      aria-roledescription={t('graph.roledescription')}
      aria-label={`${t('graph.label')}. ${t('graph.keys')}`}
      tabIndex={0}
      {...keyboard}
    />
  );
}

/** Highlights one edge (a step of the explanation) and selects another (its evidence is open). */
function mark(cy: Core, selectedEdge: string | null, highlightedEdge: string | null): void {
  cy.edges().removeClass('highlight').unselect();
  if (highlightedEdge) cy.getElementById(highlightedEdge).addClass('highlight');
  if (selectedEdge) cy.getElementById(selectedEdge).select();
}
