// CSV for spreadsheets and pandas: one table of nodes, one of edges, evidence lists joined
// by LIST_SEPARATOR so that one relation stays one row.
import { csvText, type CsvCell } from './csv-text.js';
import { flattenEdge, type FlatEdge, type LineageGraph, type NodeAttributes } from './graph.js';

type Column<T> = readonly [name: string, value: (id: string, item: T) => CsvCell];

interface EdgeRow extends FlatEdge {
  from: string;
  to: string;
}

const NODE_COLUMNS: Column<NodeAttributes>[] = [
  ['id', (id) => id],
  ['kind', (_, n) => n.kind],
  ['name_en', (_, n) => n.name_en],
  ['name_ru', (_, n) => n.name_ru],
  ['symbol', (_, n) => n.symbol],
  ['year', (_, n) => n.year],
];

const EDGE_COLUMNS: Column<EdgeRow>[] = [
  ['id', (id) => id],
  ['type', (_, e) => e.type],
  ['from', (_, e) => e.from],
  ['to', (_, e) => e.to],
  ['action', (_, e) => e.action],
  ['source', (_, e) => e.source],
  ['basis', (_, e) => e.basis],
  ['evidence_count', (_, e) => e.evidence_count],
  ['paragraphs', (_, e) => e.paragraphs],
  ['quotes', (_, e) => e.quotes],
  ['documents', (_, e) => e.documents],
  ['langs', (_, e) => e.langs],
  ['sources', (_, e) => e.sources],
];

function table<T>(rows: readonly (readonly [string, T])[], columns: Column<T>[]): string {
  return csvText(
    columns.map(([name]) => name),
    rows.map(([id, item]) => columns.map(([, value]) => value(id, item))),
  );
}

export function toCsvNodes(graph: LineageGraph): string {
  return table(
    graph.mapNodes((id, a) => [id, a] as const),
    NODE_COLUMNS,
  );
}

export function toCsvEdges(graph: LineageGraph): string {
  return table(
    graph.mapEdges((id, a, from, to) => [id, { ...flattenEdge(a), from, to }] as const),
    EDGE_COLUMNS,
  );
}
