import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange } from '../src/i18n/dates';
import { relationLabel, relationNote } from '../src/graph/relation-label';

/** ICU puts no-break and thin spaces in dates ("2020 г.", "12 – 16"); compare with plain ones. */
const plain = (s: string) => s.replace(/\s/g, ' ');

describe('dates as readers write them', () => {
  it('writes a Russian range the Russian way, sharing month and year', () => {
    expect(plain(formatDateRange('2020-10-12', '2020-10-16', 'ru'))).toBe('12–16 октября 2020 г.');
    expect(plain(formatDateRange('2020-10-30', '2020-11-02', 'ru'))).toBe(
      '30 октября – 2 ноября 2020 г.',
    );
    expect(plain(formatDate('2020-07-01', 'ru'))).toBe('1 июля 2020 г.');
  });

  it('writes English dates with the month in words', () => {
    expect(plain(formatDateRange('2020-10-12', '2020-10-16', 'en'))).toMatch(
      /^12 ?– ?16 October 2020$/,
    );
    expect(formatDateRange('2020-10-12', null, 'en')).toBe('12 October 2020');
  });

  it('shows text that is not a calendar day as it is', () => {
    expect(formatDate('2020-13-45', 'ru')).toBe('2020-13-45');
    expect(formatDate('soon', 'en')).toBe('soon');
  });
});

describe('relation labels', () => {
  const governs = {
    type: 'GOVERNS' as const,
    action: 'made a constant element',
    actionRu: 'делает постоянным элементом',
  };
  it('names a relation by its action in the interface language', () => {
    expect(relationLabel(governs, 'en')).toBe('made a constant element');
    expect(relationLabel(governs, 'ru')).toBe('делает постоянным элементом');
  });

  it('falls back to the type’s verb, never to English in Russian', () => {
    expect(relationLabel({ ...governs, actionRu: null }, 'ru')).toBe('определяет работу');
    expect(relationLabel({ type: 'ADOPTED_AT', action: null, actionRu: null }, 'ru')).toBe(
      'принят на',
    );
    expect(relationLabel({ type: 'ADOPTED_AT', action: null, actionRu: null }, 'en')).toBe(
      'adopted at',
    );
  });

  it('gives the note in the interface language', () => {
    const edge = { note: 'the numbered sessions …', noteRu: 'пронумерованные сессии …' };
    expect(relationNote(edge, 'ru')).toBe('пронумерованные сессии …');
    expect(relationNote(edge, 'en')).toBe('the numbered sessions …');
  });
});
