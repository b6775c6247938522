import { describe, expect, it } from 'vitest';
import { useApi } from '../support/api.js';

const api = useApi();

async function search(query: string, extra = '') {
  const { data, errors } = await api.run<{ search: { id: string; kind: string }[] }>(
    `query($q: String!) { search(query: $q${extra}) { id kind } }`,
    { q: query },
  );
  expect(errors).toEqual([]);
  return data!.search.map((e) => e.id);
}

describe('search', () => {
  it('finds the same document by its symbol in Cyrillic look-alikes and in Latin', async () => {
    const cyrillic = await search('СТОС/СОР/WG.4/2020/4');
    const latin = await search('CTOC/COP/WG.4/2020/4');
    expect(cyrillic[0]).toBe('CTOC/COP/WG.4/2020/4');
    expect(latin[0]).toBe('CTOC/COP/WG.4/2020/4');
  });

  it('finds a symbol written in mixed scripts, in lower case, or in part', async () => {
    expect((await search('СТОС/COP/2020/1'))[0]).toBe('CTOC/COP/2020/1');
    expect((await search('ctoc/cop/wg.2/2020/3'))[0]).toBe('CTOC/COP/WG.2/2020/3');
    expect(await search('WG.4/2020')).toEqual(expect.arrayContaining(['CTOC/COP/WG.4/2020/4']));
  });

  it('finds the working group by Russian words in another case, and by English words', async () => {
    expect(await search('торговле людьми')).toContain('body/wg-trafficking-in-persons');
    expect(await search('торговля людьми')).toContain('body/wg-trafficking-in-persons');
    expect(await search('trafficking')).toContain('body/wg-trafficking-in-persons');
    expect(await search('TRAFFICKING in persons', ', kinds: [BODY]')).toEqual([
      'body/wg-trafficking-in-persons',
    ]);
  });

  it('finds a body by an alias in either language', async () => {
    expect(
      await search('Рабочая группа по международному сотрудничеству', ', kinds: [BODY]'),
    ).toContain('body/wg-international-cooperation');
    expect(await search('UNODC')).toContain('body/unodc');
    expect(await search('Review Mechanism')).toContain('body/review-mechanism');
  });

  it('puts the mandate first for its number, in any phrasing', async () => {
    expect((await search('7/1'))[0]).toBe('resolution/7/1');
    expect((await search('резолюцией 7/1'))[0]).toBe('resolution/7/1');
    expect((await search('decision 4/4'))[0]).toBe('decision/4/4');
  });

  it('filters by kind and honours first', async () => {
    const ids = await search('working group', ', kinds: [MEETING], first: 2');
    expect(ids).toHaveLength(2);
    for (const id of ids) expect(id).toMatch(/^meeting\//);
  });

  it('treats query syntax and injection attempts as plain words', async () => {
    for (const q of ['*:*', 'name:x OR 1=1', '") MATCH (n) DETACH DELETE n //', 'a AND (b']) {
      const { errors } = await api.run('query($q: String!) { search(query: $q) { id } }', { q });
      for (const e of errors) expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await search('trafficking')).toContain('body/wg-trafficking-in-persons');
  });
});
