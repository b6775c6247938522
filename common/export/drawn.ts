// What every export is written from: a drawn subgraph. The server builds one from a lineage
// answer (no positions), the explorer from what it shows on screen (cytoscape's positions), so
// a download from the page and an /export answer for the same subgraph share one writer.
import type {
  EntityKind,
  EvidenceContext,
  Lang,
  RelationType,
  Source,
} from '../generated/vocabulary.js';

export type { EntityKind, RelationType };
/** An evidence language as the data files write it (`en`, `ru`); the API's enum is `EN`, `RU`. */
export type LangCode = Lowercase<Lang>;

/** Where a node is drawn, in the drawing's own units (cytoscape's model coordinates). */
export interface Position {
  x: number;
  y: number;
}

export interface DrawnNode {
  id: string;
  kind: EntityKind;
  /** Full names: the drawing may shorten its labels, an export never does. */
  nameEn: string;
  nameRu: string;
  /** A document's UN symbol; null for anything else. */
  symbol: string | null;
  /** The year a timeline places it at, by the caller's rule; null when nothing dates it. */
  year: number | null;
  position?: Position;
}

export interface DrawnEvidence {
  quote: string;
  paragraph: number | null;
  context: EvidenceContext;
  lang: LangCode;
  /** The document's entity id, and its UN symbol when known. */
  document: string;
  documentSymbol: string | null;
  /** The explorer's reader at this quote (a path, `/?doc=…`: the API's Evidence.url). */
  url: string;
}

export interface DrawnEdge {
  id: string;
  type: RelationType;
  /** The relation's own direction, not the drawing's (which puts the cause first). */
  from: string;
  to: string;
  action: string | null;
  source: Source;
  basis: string | null;
  note: string | null;
  evidence: readonly DrawnEvidence[];
}

export interface DrawnSubgraph {
  nodes: readonly DrawnNode[];
  edges: readonly DrawnEdge[];
}
