// The graph without a mouse: Tab reaches its container; the arrow keys walk from node to
// linked node, choosing the neighbour that lies in the arrow's direction on screen; Enter
// opens it (as a click does), Space or "+" shows its neighbours (as a double click does),
// Escape leaves. The node under the keyboard wears the `keyboard-focus` class (style.ts), and
// a polite live region reads its name out, since a canvas has nothing a screen reader sees.
import type { Core, NodeSingular } from 'cytoscape';
import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

export const KEYBOARD_FOCUS = 'keyboard-focus';

export interface GraphKeyboardOptions {
  onOpen: (id: string) => void;
  onExpand: (id: string) => void;
  /** What the live region says about a node, e.g. its kind and name. */
  describe: (node: NodeSingular) => string;
}

export interface GraphKeyboardHandlers {
  onFocus: () => void;
  onBlur: () => void;
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
}

const DIRECTIONS: Record<string, { x: number; y: number }> = {
  ArrowRight: { x: 1, y: 0 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowDown: { x: 0, y: 1 },
  ArrowUp: { x: 0, y: -1 },
};

/**
 * The linked node best placed in direction (dx, dy) from `from`: within 60° of the arrow,
 * the one nearest along it, penalising sideways distance. Null when none lies that way.
 */
export function neighbourInDirection(
  from: NodeSingular,
  dx: number,
  dy: number,
): NodeSingular | null {
  const origin = from.renderedPosition();
  let best: NodeSingular | null = null;
  let bestScore = Infinity;
  from
    .neighborhood('node')
    .filter((n) => n.visible())
    .forEach((n) => {
      const p = n.renderedPosition();
      const vx = p.x - origin.x;
      const vy = p.y - origin.y;
      const along = vx * dx + vy * dy;
      const across = Math.abs(vx * dy - vy * dx);
      if (along <= 0 || across > along * Math.tan(Math.PI / 3)) return;
      const score = along + 2 * across;
      if (score < bestScore) {
        bestScore = score;
        best = n;
      }
    });
  return best;
}

/** A visually hidden live region in <body>, outside React's tree and cytoscape's container. */
function createLiveRegion(): HTMLElement {
  const region = document.createElement('div');
  region.setAttribute('aria-live', 'polite');
  region.setAttribute('data-testid', 'graph-announcer');
  region.className = 'visually-hidden';
  document.body.appendChild(region);
  return region;
}

export function useGraphKeyboard(
  cyRef: RefObject<Core | null>,
  options: GraphKeyboardOptions,
): GraphKeyboardHandlers {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const region = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const r = createLiveRegion();
    region.current = r;
    return () => {
      r.remove();
      region.current = null;
    };
  }, []);

  const current = (cy: Core): NodeSingular | null => {
    const marked = cy.nodes(`.${KEYBOARD_FOCUS}`);
    return marked.nonempty() ? marked.first() : null;
  };
  // Where the keyboard starts: the view's own entity, else any node drawn.
  const start = (cy: Core): NodeSingular | null => {
    const visible = cy.nodes().filter((n) => n.visible());
    return visible.filter((n) => n.hasClass('focus'))[0] ?? visible[0] ?? null;
  };
  const moveTo = (cy: Core, node: NodeSingular): void => {
    cy.nodes(`.${KEYBOARD_FOCUS}`).removeClass(KEYBOARD_FOCUS);
    node.addClass(KEYBOARD_FOCUS);
    // Keep it on screen without changing the zoom the reader chose.
    const p = node.renderedPosition();
    const margin = 40;
    if (p.x < margin || p.y < margin || p.x > cy.width() - margin || p.y > cy.height() - margin)
      cy.center(node);
    if (region.current) region.current.textContent = latest.current.describe(node);
  };

  return {
    onFocus: () => {
      const cy = cyRef.current;
      if (!cy || current(cy)) return;
      const node = start(cy);
      if (node) moveTo(cy, node);
    },
    onBlur: () => {
      cyRef.current?.nodes(`.${KEYBOARD_FOCUS}`).removeClass(KEYBOARD_FOCUS);
    },
    onKeyDown: (e) => {
      const cy = cyRef.current;
      if (!cy) return;
      // After Enter the view changes under the keyboard: start again from its entity.
      const node = current(cy) ?? start(cy);
      const arrow = DIRECTIONS[e.key];
      if (arrow) {
        e.preventDefault(); // the page must not scroll under the graph
        const next = node ? neighbourInDirection(node, arrow.x, arrow.y) : null;
        if (next) moveTo(cy, next);
        else if (node && !node.hasClass(KEYBOARD_FOCUS)) moveTo(cy, node);
      } else if (e.key === 'Enter' && node) {
        e.preventDefault();
        latest.current.onOpen(node.id());
      } else if ((e.key === ' ' || e.key === '+') && node) {
        e.preventDefault();
        latest.current.onExpand(node.id());
      } else if (e.key === 'Escape') {
        cy.nodes(`.${KEYBOARD_FOCUS}`).removeClass(KEYBOARD_FOCUS);
        e.currentTarget.blur();
      }
    },
  };
}
