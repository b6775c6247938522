// A lineage answer as the drawn subgraph the shared writers (common/export) take: the server
// has no drawing, so no positions; years by the server's own rule (year.ts).
import { readerUrl } from '../citations.js';
import type { DrawnSubgraph } from '../../../../common/export/drawn.js';
import type { SubgraphRecord } from '../../domain/model.js';
import { yearOf } from './year.js';

export function toDrawnSubgraph(sg: SubgraphRecord): DrawnSubgraph {
  const byId = new Map([...sg.referenced, ...sg.nodes].map((e) => [e.id, e]));
  const symbolOf = (id: string) => {
    const e = byId.get(id);
    return e?.kind === 'DOCUMENT' ? e.symbol : null;
  };
  return {
    nodes: sg.nodes.map((e) => ({
      id: e.id,
      kind: e.kind,
      nameEn: e.nameEn,
      nameRu: e.nameRu,
      symbol: e.kind === 'DOCUMENT' ? e.symbol : null,
      year: yearOf(e, sg, byId),
    })),
    edges: sg.edges.map((r) => ({
      id: r.id,
      type: r.type,
      from: r.fromId,
      to: r.toId,
      action: r.action,
      source: r.source,
      basis: r.basisId,
      note: r.note,
      evidence: r.evidence.map((ev) => ({
        quote: ev.quote,
        paragraph: ev.paragraph,
        context: ev.context,
        lang: ev.lang,
        document: ev.document,
        documentSymbol: symbolOf(ev.document),
        url: readerUrl(ev, r.id, null),
      })),
    })),
  };
}
