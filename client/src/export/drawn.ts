// The subgraph on screen as the drawn subgraph the shared writers take (common/export, the
// same ones behind the server's /export): what the filters and the cap left drawn, with full
// names and cytoscape's positions. Pure apart from reading `cy`, so Node tests it headless.
import type { DrawnEdge, DrawnNode, DrawnSubgraph } from '@common/export/drawn';
import type { Core } from 'cytoscape';
import {
  LANG_CODE,
  nodeYear,
  type GraphEdge,
  type GraphNode,
  type Subgraph,
} from '../graph/subgraph';

/**
 * The part of `graph` that is drawn, so data files hold what the picture shows (the
 * filters hide kinds and relations from the drawing, not from the subgraph). When nothing
 * is drawn (no elements, or the drawing was destroyed) the whole subgraph is exported.
 */
function drawnPart(graph: Subgraph, cy: Core): Subgraph {
  if (cy.destroyed() || cy.elements().empty()) return graph;
  const drawn = (id: string) => cy.getElementById(id).nonempty();
  return {
    nodes: graph.nodes.filter((n) => drawn(n.id)),
    edges: graph.edges.filter((e) => drawn(e.id)),
  };
}

function toNode(n: GraphNode, graph: Subgraph, cy: Core | null): DrawnNode {
  const el = cy && !cy.destroyed() ? cy.getElementById(n.id) : null;
  return {
    id: n.id,
    kind: n.kind,
    nameEn: n.nameEn,
    nameRu: n.nameRu,
    symbol: 'symbol' in n ? n.symbol : null,
    // The subgraph that was fetched dates it, as the timeline does, not only the drawn part.
    year: nodeYear(n, graph),
    ...(el?.nonempty() && el.isNode() && { position: { ...el.position() } }),
  };
}

function toEdge(e: GraphEdge): DrawnEdge {
  return {
    id: e.id,
    type: e.type,
    from: e.from.id,
    to: e.to.id,
    action: e.action,
    source: e.source,
    basis: e.basis?.id ?? null,
    note: e.note,
    evidence: e.evidence.map((ev) => ({
      quote: ev.quote,
      paragraph: ev.paragraph,
      context: ev.context,
      lang: LANG_CODE[ev.lang],
      document: ev.document.id,
      documentSymbol: ev.document.symbol ?? null,
      url: ev.url,
    })),
  };
}

/** What the writers get: the drawn part of `graph`, placed where `cy` draws it (if given). */
export function drawnSubgraph(graph: Subgraph, cy: Core | null): DrawnSubgraph {
  const part = cy ? drawnPart(graph, cy) : graph;
  return { nodes: part.nodes.map((n) => toNode(n, graph, cy)), edges: part.edges.map(toEdge) };
}
