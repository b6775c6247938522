import type { EntityRecord, RelationRecord } from '../../domain/model.js';
import type { Phrasebook } from './common.js';
import { en } from './en.js';
import { ru } from './ru.js';

const BOOKS: Record<'EN' | 'RU', Phrasebook> = { EN: en, RU: ru };

/** One paragraph: the spine's relations as sentences, nearest cause first. */
export function summarize(
  subject: EntityRecord,
  spine: RelationRecord[],
  nodes: EntityRecord[],
  lang: 'EN' | 'RU',
): string {
  const book = BOOKS[lang];
  if (spine.length === 0) return book.noCause(subject);
  const ctx = { byId: new Map(nodes.map((n) => [n.id, n])) };
  return spine.map((r) => book.sentence(r, ctx)).join(' ');
}
