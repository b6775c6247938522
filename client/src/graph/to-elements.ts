// Pure mapping from the API's subgraph to cytoscape elements. Edges are drawn from cause
// to effect so a layered layout reads as a genealogy (instrument → session → mandate →
// body → meeting → report); where that is against the relation's own direction the
// arrow head is put at the source end, so the arrow still points the relation's way.
import type { ElementDefinition } from 'cytoscape';
import type { Kind, Lang, Relation } from '../state/view-state';
import { graphLabel } from './labels';
import { relationLabel } from './relation-label';
import { bodyStatus, meetingStatus, nodeYear, type Subgraph } from './subgraph';

/** Relation types whose `to` end is the cause (see the server's services/directions.ts). */
export const CAUSE_AT_END: readonly Relation[] = [
  'ADOPTED_AT',
  'CONCERNS',
  'SUPPLEMENTS',
  'SESSION_OF',
  'REFERENCES',
  'CITES',
];

export interface ElementOptions {
  lang: Lang;
  kinds: readonly Kind[];
  rels: readonly Relation[];
  /** Always shown, whatever the filters (the entity the view is about). */
  focus: string | null;
  /** Whether proposals under review are drawn (marked `proposed`); the focus always is. */
  proposals?: boolean;
  /**
   * Nodes on the edge of a capped view (see cap.ts) with how many of their neighbours are
   * hidden: they get the class `frontier` and a "+N" after their label.
   */
  frontier?: ReadonlyMap<string, number>;
}

/** Longest label drawn, in characters; the full name stays in the details panel. */
export const MAX_LABEL = 80;

/**
 * `text` cut to at most `max` characters with an ellipsis. Cytoscape measures every label it
 * draws, so a hostile 100 kB name must not reach it whole. A cut never splits a surrogate pair.
 */
export function truncateLabel(text: string, max = MAX_LABEL): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, max - 1);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…`;
}

export function toElements(graph: Subgraph, opts: ElementOptions): ElementDefinition[] {
  const shown = new Set(
    graph.nodes
      .filter(
        (n) =>
          n.id === opts.focus ||
          (opts.kinds.includes(n.kind) && (opts.proposals !== false || !n.proposal)),
      )
      .map((n) => n.id),
  );
  const nodes: ElementDefinition[] = graph.nodes
    .filter((n) => shown.has(n.id))
    .map((n) => ({
      group: 'nodes',
      data: {
        id: n.id,
        label: nodeLabel(graphLabel(n, opts.lang), opts.frontier?.get(n.id)),
        kind: n.kind,
        year: nodeYear(n, graph),
        planned: meetingStatus(n) === 'PLANNED',
      },
      classes: [
        // In an "as of" view: an interim body, or one that was a constant element by then.
        bodyStatus(n) === 'INTERIM' ? 'status-interim' : '',
        bodyStatus(n) === 'CONSTANT_ELEMENT' ? 'status-constant' : '',
        `kind-${n.kind.toLowerCase()}`,
        n.id === opts.focus ? 'focus' : '',
        opts.frontier?.has(n.id) ? 'frontier' : '',
        n.proposal ? 'proposed' : '',
      ]
        .filter(Boolean)
        .join(' '),
    }));
  const edges: ElementDefinition[] = graph.edges
    .filter((e) => opts.rels.includes(e.type) && shown.has(e.from.id) && shown.has(e.to.id))
    .map((e) => {
      const reversed = CAUSE_AT_END.includes(e.type);
      return {
        group: 'edges',
        data: {
          id: e.id,
          source: reversed ? e.to.id : e.from.id,
          target: reversed ? e.from.id : e.to.id,
          from: e.from.id,
          to: e.to.id,
          type: e.type,
          label: truncateLabel(relationLabel(e, opts.lang)),
          evidenceCount: e.evidence.length,
        },
        classes: [
          `rel-${e.type.toLowerCase()}`,
          reversed ? 'reversed' : '',
          e.source === 'DOCUMENT' ? '' : 'uncited',
        ]
          .filter(Boolean)
          .join(' '),
      };
    });
  return [...nodes, ...edges];
}

function nodeLabel(name: string, hidden: number | undefined): string {
  return hidden ? `${truncateLabel(name)} +${hidden}` : truncateLabel(name);
}
