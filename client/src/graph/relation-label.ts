// What a relation is called, in the interface's language: its action (how a mandate governs
// a body, what a document refers to) when it has one, else its type's verb. The same words
// on the graph's edges, in the relation lines, the table and the exports.
import { en } from '../i18n/en';
import { ru } from '../i18n/ru';
import type { Lang } from '../state/view-state';
import type { GraphEdge } from './subgraph';

export function relationLabel(
  edge: Pick<GraphEdge, 'type' | 'action' | 'actionRu'>,
  lang: Lang,
): string {
  return lang === 'ru' ? (edge.actionRu ?? ru.rel[edge.type]) : (edge.action ?? en.rel[edge.type]);
}

/** A relation's note (why a reference or derived relation holds) in the interface's language. */
export function relationNote(edge: Pick<GraphEdge, 'note' | 'noteRu'>, lang: Lang): string | null {
  return lang === 'ru' ? (edge.noteRu ?? edge.note) : edge.note;
}
