import { describe, expect, it } from 'vitest';
import { looksLikeSymbol, normalizeSymbol } from '../../server/src/services/symbols.js';

describe('normalizeSymbol', () => {
  it.each([
    ['СТОС/СОР/WG.4/2020/4', 'CTOC/COP/WG.4/2020/4'], // Cyrillic С, Т, О, Р as in the seed
    ['СТОС/COP/2020/1', 'CTOC/COP/2020/1'], // mixed scripts, as in the seed's footnote
    ['(СТОС/СОР/WG.6/2020/4)', 'CTOC/COP/WG.6/2020/4'],
    ['«CTOC/COP/WG.2/2020/3».', 'CTOC/COP/WG.2/2020/3'],
    ['ctoc/cop/wg.3/2020/4', 'CTOC/COP/WG.3/2020/4'],
    ['CTOC / COP / 2020 / 1', 'CTOC/COP/2020/1'],
    ['ctoc/cop/2020/l.1/add.1', 'CTOC/COP/2020/L.1/Add.1'],
    ['CTOC/COP/2020/CRP.3', 'CTOC/COP/2020/CRP.3'], // a conference room paper stays in capitals
    ['cac/cosp/2019/crp.1', 'CAC/COSP/2019/CRP.1'],
    ['CTOC/\u200BCOP/2020/1', 'CTOC/COP/2020/1'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeSymbol(input)).toBe(expected);
  });

  it('leaves Russian words alone', () => {
    expect(normalizeSymbol('торговле людьми')).toBeNull();
    expect(normalizeSymbol('резолюция/решение')).toBeNull();
  });

  it('needs letters and a slash to be a symbol', () => {
    expect(looksLikeSymbol('7/1')).toBe(false);
    expect(looksLikeSymbol('WG.4/2020')).toBe(true);
    expect(looksLikeSymbol('trafficking')).toBe(false);
  });
});
