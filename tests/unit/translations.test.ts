// The explorer in Russian shows the Russian of what the graph stores in English: every note
// and action of the seed graph must have one, and the English answers must not change.
import { describe, expect, it } from 'vitest';
import {
  actionText,
  agendaItemsAction,
  presentResultsAction,
} from '../../server/src/domain/actions.js';
import { placeName } from '../../server/src/domain/places.js';
import { actionIn, noteIn, placeIn } from '../../server/src/graphql/resolvers/translations.js';
import { seedBatches } from '../../server/src/seed/seed-graph.js';

const batches = seedBatches();
const relations = batches.flatMap((b) => b.relations);
const entities = batches.flatMap((b) => b.entities);
const notes = [
  ...relations.map((r) => r.note),
  ...entities.flatMap((e) => e.provenance.map((p) => p.note)),
].filter((n): n is string => typeof n === 'string');
const actions = relations.map((r) => r.action).filter((a): a is string => a !== null);
/** A Latin-script word of two letters or more: what a Russian reader should not meet. */
const LATIN_WORD = /\b[A-Za-z]{2,}\b/g;
// A UN document symbol (CTOC/COP/2008/14) is Latin in every language version.
const SYMBOL = /\b[A-Z]+(?:\/[A-Z0-9.]+)+/g;
const latinWords = (s: string) =>
  (s.replace(SYMBOL, '').match(LATIN_WORD) ?? []).filter(
    (w) => !['Mandate', 'Lineage'].includes(w),
  );

describe('Russian forms of stored English texts', () => {
  it('gives every note of the seed graph in Russian, with no English words left', () => {
    expect(notes.length).toBeGreaterThan(20);
    for (const n of new Set(notes)) {
      const ru = noteIn(n, { lang: 'RU' });
      expect(ru, n).not.toBe(n);
      expect(latinWords(ru ?? ''), n).toEqual([]);
    }
  });

  it('gives every action of the seed graph in Russian', () => {
    expect(actions.length).toBeGreaterThan(5);
    for (const a of new Set(actions)) {
      const ru = actionIn(a, { lang: 'RU' });
      expect(ru, a).toMatch(/[а-я]/);
      expect(latinWords(ru ?? ''), a).toEqual([]);
    }
  });

  it('keeps the English answers as stored', () => {
    for (const n of notes) expect(noteIn(n, {})).toBe(n);
    for (const a of actions) expect(actionIn(a, { lang: 'EN' })).toBe(a);
    expect(placeIn('Vienna', {})).toBe('Vienna');
  });

  it('renders the composed actions with their numbers in Russian', () => {
    expect(actionText(presentResultsAction(10), 'ru')).toBe(
      'просит представить результаты на десятой сессии',
    );
    expect(actionText(agendaItemsAction([2, 4, 5]), 'ru')).toBe(
      'пункты 2, 4 и 5 предварительной повестки дня',
    );
    expect(actionText(agendaItemsAction([3]), 'ru')).toBe('пункт 3 предварительной повестки дня');
    expect(agendaItemsAction([3])).toBe('provisional agenda item 3');
    expect(agendaItemsAction([2, 4, 5])).toBe('provisional agenda items 2, 4 and 5');
    expect(actionText('some action another tool wrote', 'ru')).toBeNull();
  });

  it('names known places in Russian and keeps unknown ones as stored', () => {
    expect(placeName('Vienna', 'ru')).toBe('Вена');
    expect(placeName('Bangkok', 'ru')).toBe('Bangkok');
  });
});
