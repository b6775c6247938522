import { describe, expect, it } from 'vitest';
import {
  defaultDirection,
  DEFAULTS,
  KINDS,
  parseViewState,
  RELATIONS,
  serializeViewState,
  type ViewState,
} from '../src/state/view-state';

const full: ViewState = {
  id: 'body/wg-trafficking-in-persons',
  direction: 'BOTH',
  depth: 3,
  mode: 'timeline',
  lang: 'ru',
  kinds: ['MANDATE', 'BODY'],
  rels: ['CREATES', 'GOVERNS'],
  edge: 'CREATES:decision/4/4>body/wg-trafficking-in-persons',
  expanded: ['decision/4/4', 'CTOC/COP/WG.4/2020/4'],
  limit: 2000,
  doc: 'CTOC/COP/2020/1',
  para: 'footnote',
  version: 'en',
  quote: 'REFERENCES:document/x>CTOC/COP/2020/1:provisional-agenda',
  of: null,
  add: true,
  proposals: false,
  asof: '2012-01-01',
};

describe('view state in the URL', () => {
  it('keeps an as-of date the API takes, and reads any other as now', () => {
    const asof = (v: string) => parseViewState(`?id=body%2Fx&asof=${v}`, 'en').asof;
    expect(asof('2012')).toBe('2012');
    expect(asof('2012-03')).toBe('2012-03');
    expect(asof('2012-01-01')).toBe('2012-01-01');
    expect(asof('2012-02-30')).toBeNull();
    expect(asof('2012-13')).toBeNull();
    expect(asof('12')).toBeNull();
    expect(asof('2012-1-1')).toBeNull();
    expect(asof('yesterday')).toBeNull();
    expect(parseViewState('?id=body%2Fx', 'en').asof).toBeNull();
    expect(serializeViewState({ ...DEFAULTS, lang: 'en', asof: '2012' })).toBe(
      '?lang=en&asof=2012',
    );
  });

  it('round-trips every field, ids with slashes and symbols included', () => {
    expect(parseViewState(serializeViewState(full), 'en')).toEqual(full);
  });

  it('keeps links short: defaults are left out, the language always stays', () => {
    const view = { ...DEFAULTS, lang: 'en' as const, id: 'resolution/7/1' };
    expect(serializeViewState({ ...view, direction: 'DOWNSTREAM' })).toBe(
      '?id=resolution%2F7%2F1&lang=en',
    );
    expect(serializeViewState({ ...view, direction: 'UPSTREAM' })).toBe(
      '?id=resolution%2F7%2F1&dir=UPSTREAM&lang=en',
    );
  });

  it('opens each kind in the direction it asks: why a body exists, what a mandate created', () => {
    const dir = (id: string) => parseViewState(`?id=${encodeURIComponent(id)}`, 'en').direction;
    expect(dir('body/wg-firearms')).toBe('UPSTREAM');
    expect(dir('meeting/wg-firearms/7')).toBe('UPSTREAM');
    expect(dir('CTOC/COP/WG.4/2020/4')).toBe('UPSTREAM');
    expect(dir('resolution/7/1')).toBe('DOWNSTREAM');
    expect(dir('decision/4/4')).toBe('DOWNSTREAM');
    expect(dir('session/10')).toBe('DOWNSTREAM');
    expect(dir('instrument/untoc')).toBe('DOWNSTREAM');
    // The URL has the last word.
    expect(parseViewState('?id=resolution%2F7%2F1&dir=UPSTREAM', 'en').direction).toBe('UPSTREAM');
    expect(defaultDirection('x/unknown', 'SESSION')).toBe('DOWNSTREAM');
  });

  it('falls back to defaults for hand-edited nonsense', () => {
    const s = parseViewState(
      '?id=%20&dir=SIDEWAYS&depth=99&mode=3d&lang=fr&kinds=BODY,NOPE&rels=&edge=&limit=-5',
      'ru',
    );
    expect(s).toEqual({ ...DEFAULTS, lang: 'ru', kinds: ['BODY'], rels: [] });
  });

  it('keeps the node limit only when it differs from the initial cap, within bounds', () => {
    expect(serializeViewState({ ...DEFAULTS, lang: 'en', limit: DEFAULTS.limit })).toBe('?lang=en');
    expect(parseViewState('?limit=1.5', 'en').limit).toBe(DEFAULTS.limit);
    expect(parseViewState('?limit=10000000', 'en').limit).toBe(DEFAULTS.limit);
    expect(parseViewState('?limit=3', 'en').limit).toBe(3);
  });

  it('restores filters in canonical order, so equal views have equal URLs', () => {
    const a = parseViewState('?kinds=BODY,MANDATE&lang=en', 'en');
    const b = parseViewState('?kinds=MANDATE,BODY&lang=en', 'en');
    expect(serializeViewState(a)).toBe(serializeViewState(b));
  });

  it('uses the remembered language when the URL has none', () => {
    expect(parseViewState('?id=session%2F10', 'ru').lang).toBe('ru');
    expect(parseViewState('', 'en')).toEqual({
      ...DEFAULTS,
      lang: 'en',
      kinds: [...KINDS],
      rels: [...RELATIONS],
    });
  });
});
