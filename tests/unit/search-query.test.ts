import { describe, expect, it } from 'vitest';
import { buildSearchParams } from '../../server/src/services/search-query.js';

const WORD = '[\\p{L}\\p{N}.]+';
const CLAUSE = `\\((${WORD}|${WORD} OR ${WORD}\\*)\\)`;
const SAFE_TEXT_QUERY = new RegExp(`^${CLAUSE}( AND ${CLAUSE})*$`, 'u');

describe('buildSearchParams', () => {
  it('ANDs the words, any case, the last one also as a prefix', () => {
    expect(buildSearchParams('Торговле ЛЮДЬМИ')?.textQuery).toBe(
      '(торговле) AND (людьми OR людьми*)',
    );
    expect(buildSearchParams('group on')?.textQuery).toBe('(group) AND (on)');
  });

  it.each([
    'x") OR 1=1 //',
    '*:* OR name:x',
    'name:foo AND bar~2^10',
    "'; MATCH (n) DETACH DELETE n //",
    '\\" OR "" = "',
    '{!lucene} [a TO z]',
  ])('cannot change the structure of the Lucene query: %s', (hostile) => {
    const p = buildSearchParams(hostile);
    expect(p?.textQuery).toMatch(SAFE_TEXT_QUERY);
    expect(p?.symbolQuery).toMatch(/^"[^"\\]*"$/);
  });

  it('finds a mandate number in any grammatical frame', () => {
    expect(buildSearchParams('7/1')?.number).toBe('7/1');
    expect(buildSearchParams('резолюцией 7/1')?.number).toBe('7/1');
    expect(buildSearchParams('Conference decision 4/4')?.number).toBe('4/4');
    expect(buildSearchParams('CTOC/COP/WG.4/2020/4')?.number).toBe('');
  });

  it('normalises symbols written in Cyrillic look-alikes', () => {
    const p = buildSearchParams('СТОС/СОР/WG.4/2020/4');
    expect(p?.symbol).toBe('CTOC/COP/WG.4/2020/4');
    expect(p?.symbolQuery).toBe('"CTOC COP WG.4 2020 4"');
  });

  it('rejects text with nothing to search for', () => {
    expect(buildSearchParams('  ***  ')).toBeNull();
    expect(buildSearchParams('\u200B')).toBeNull();
  });
});
