import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { en } from '../src/i18n/en';
import { ru } from '../src/i18n/ru';

function keys(obj: object, prefix = ''): string[] {
  return Object.entries(obj).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );
}
const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (k: string) => k.replace(PLURAL, '');

describe('interface text', () => {
  it('has every key in both languages', () => {
    const enKeys = new Set(keys(en).map(base));
    const ruKeys = new Set(keys(ru).map(base));
    expect([...enKeys].filter((k) => !ruKeys.has(k))).toEqual([]);
    expect([...ruKeys].filter((k) => !enKeys.has(k))).toEqual([]);
  });

  it('has all four Russian plural forms wherever English has a plural', () => {
    const plurals = new Set(
      keys(en)
        .filter((k) => PLURAL.test(k))
        .map(base),
    );
    const ruAll = new Set(keys(ru));
    for (const k of plurals) {
      for (const form of ['one', 'few', 'many', 'other'])
        expect(ruAll.has(`${k}_${form}`), `${k}_${form}`).toBe(true);
    }
  });

  it('leaves no value empty', () => {
    const values = (o: object): string[] =>
      Object.values(o).flatMap((v) => (typeof v === 'object' ? values(v as object) : [String(v)]));
    for (const v of [...values(en), ...values(ru)]) expect(v.trim()).not.toBe('');
  });

  it('picks the right Russian plural', async () => {
    const i = i18next.createInstance();
    await i.init({ lng: 'ru', resources: { ru: { translation: ru } } });
    expect(i.t('graph.nodes', { count: 1 })).toBe('1 сущность');
    expect(i.t('graph.nodes', { count: 3 })).toBe('3 сущности');
    expect(i.t('graph.nodes', { count: 11 })).toBe('11 сущностей');
    expect(i.t('graph.nodes', { count: 21 })).toBe('21 сущность');
    expect(i.t('graph.edges', { count: 24 })).toBe('24 связи');
    expect(i.t('why.steps', { count: 5 })).toBe('5 шагов, от ранних к поздним');
    // "из N": the genitive, singular after 1, 21, 1001…, plural otherwise.
    expect(i.t('graph.capped', { shown: 1000, count: 5000 })).toMatch(
      /^Показано 1000 из 5000 сущностей,/,
    );
    expect(i.t('graph.capped', { shown: 1000, count: 1001 })).toMatch(
      /^Показано 1000 из 1001 сущности,/,
    );
    expect(i.t('graph.capped', { shown: 1000, count: 1003 })).toMatch(
      /^Показано 1000 из 1003 сущностей,/,
    );
    expect(i.t('graph.showMore', { count: 500 })).toBe('Показать ещё 500');
  });
});
