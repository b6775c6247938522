import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from '../../server/src/services/catalog.js';
import { BadInputError } from '../../server/src/services/errors.js';

describe('cursors', () => {
  it('round-trip a sort key', () => {
    expect(decodeCursor(encodeCursor('00007/00001'))).toBe('00007/00001');
    expect(decodeCursor(encodeCursor('CTOC/COP/WG.4/2020/4'))).toBe('CTOC/COP/WG.4/2020/4');
  });

  it.each(['', 'abc', encodeCursor('x').slice(0, -1) + '!'])(
    'reject %j as the after argument',
    (bad) => {
      expect(() => decodeCursor(bad)).toThrow(BadInputError);
      expect(() => decodeCursor(bad)).toThrow(/^after:/);
    },
  );
});
