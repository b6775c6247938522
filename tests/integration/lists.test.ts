import { describe, expect, it } from 'vitest';
import { useApi } from '../support/api.js';

const api = useApi();

type Conn = {
  totalCount: number;
  edges: { cursor: string; node: { id: string } }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
};
async function list(
  field: string,
  args: string,
  variables?: Record<string, unknown>,
): Promise<Conn> {
  const q = `query($after: String) { ${field}(${args}${args ? ', ' : ''}after: $after) {
    totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`;
  const { data, errors } = await api.run<Record<string, Conn>>(q, variables);
  expect(errors).toEqual([]);
  return data![field]!;
}
const ids = (c: Conn) => c.edges.map((e) => e.node.id);

describe('paginated lists', () => {
  it('pages through mandates in session order with Relay cursors', async () => {
    const p1 = await list('mandates', 'first: 3');
    expect(p1.totalCount).toBe(7);
    expect(ids(p1)).toEqual(['decision/2/6', 'decision/3/2', 'decision/4/4']);
    expect(p1.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const p2 = await list('mandates', 'first: 3', { after: p1.pageInfo.endCursor });
    expect(ids(p2)).toEqual(['resolution/5/3', 'resolution/5/4', 'resolution/7/1']);
    const p3 = await list('mandates', 'first: 3', { after: p2.pageInfo.endCursor });
    expect(ids(p3)).toEqual(['resolution/9/1']);
    expect(p3.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('filters mandates by type, session and year', async () => {
    expect(ids(await list('mandates', 'filter: { type: DECISION }'))).toEqual([
      'decision/2/6',
      'decision/3/2',
      'decision/4/4',
    ]);
    expect(ids(await list('mandates', 'filter: { session: 7 }'))).toEqual(['resolution/7/1']);
    expect(ids(await list('mandates', 'filter: { year: 2010 }'))).toEqual([
      'resolution/5/3',
      'resolution/5/4',
    ]);
  });

  it('lists the bodies a resolution created or governs', async () => {
    const c = await list('bodies', 'filter: { mandate: "resolution/7/1" }');
    expect(c.totalCount).toBe(5);
    expect(ids(await list('bodies', 'filter: { type: WORKING_GROUP }'))).toHaveLength(5);
  });

  it('lists all reports going to the tenth session', async () => {
    const c = await list('documents', 'filter: { session: 10, type: REPORT }');
    expect(ids(c).sort()).toEqual([
      'CTOC/COP/WG.10/2019/5',
      'CTOC/COP/WG.10/2020/6',
      'CTOC/COP/WG.2/2020/3',
      'CTOC/COP/WG.3/2020/4',
      'CTOC/COP/WG.4/2019/6',
      'CTOC/COP/WG.4/2020/4',
      'CTOC/COP/WG.6/2020/4',
      'CTOC/COP/WG.7/2019/6',
      'CTOC/COP/WG.7/2020/4',
    ]);
  });

  it('lists sessions by number, filterable by year', async () => {
    expect(ids(await list('sessions', ''))).toEqual([
      'session/2',
      'session/3',
      'session/4',
      'session/5',
      'session/7',
      'session/9',
      'session/10',
    ]);
    expect(ids(await list('sessions', 'filter: { year: 2020 }'))).toEqual(['session/10']);
  });
});

describe('entity fields', () => {
  it('tells how a body was established, its mandates and meetings', async () => {
    const { data, errors } = await api.run<{ entity: Record<string, unknown> }>(`{
      entity(id: "body/wg-trafficking-in-persons") {
        id kind name nameRu: name(lang: RU) aliasesRu: aliases(lang: RU)
        ... on Body { type established { by { id } year relation { evidence { paragraph } } }
          mandates { id } meetings { id status startDate endDate place reports { id } } }
      } }`);
    expect(errors).toEqual([]);
    expect(data!.entity).toMatchObject({
      kind: 'BODY',
      name: 'Working Group on Trafficking in Persons',
      nameRu: 'Рабочая группа по торговле людьми',
      type: 'WORKING_GROUP',
      established: {
        by: { id: 'decision/4/4' },
        year: 2008,
        relation: { evidence: [{ paragraph: 4 }] },
      },
      mandates: expect.arrayContaining([{ id: 'decision/4/4' }, { id: 'resolution/7/1' }]),
      meetings: [
        {
          id: 'meeting/wg-trafficking-in-persons/9',
          status: 'HELD',
          startDate: '2019-09-09',
          endDate: '2019-09-11',
          place: 'Vienna',
          reports: [{ id: 'CTOC/COP/WG.4/2019/6' }],
        },
        {
          id: 'meeting/wg-trafficking-in-persons/10',
          status: 'PLANNED',
          startDate: '2020-09-10',
          endDate: '2020-09-11',
          place: 'Vienna',
          reports: [{ id: 'CTOC/COP/WG.4/2020/4' }],
        },
      ],
    });
  });

  it('gives mandates their session and documents their printed symbol and provenance', async () => {
    const { data, errors } = await api.run<{
      m: Record<string, unknown>;
      d: Record<string, unknown>;
    }>(`{
      m: entity(id: "resolution/7/1") { ... on Mandate { number type session { number year } subject(lang: RU) } }
      d: entity(id: "CTOC/COP/WG.4/2020/4") { ... on Document { symbol printedSymbol submittedTo { id }
        provenance { fields source evidence { paragraph quote } } } }
    }`);
    expect(errors).toEqual([]);
    expect(data!.m).toMatchObject({
      number: '7/1',
      type: 'RESOLUTION',
      session: { number: 7, year: 2014 },
    });
    expect(data!.d).toMatchObject({
      symbol: 'CTOC/COP/WG.4/2020/4',
      printedSymbol: 'СТОС/СОР/WG.4/2020/4',
      submittedTo: [{ id: 'session/10' }],
    });
    expect(data!.d.provenance).toContainEqual({
      fields: ['symbol', 'printedSymbol'],
      source: 'DOCUMENT',
      evidence: { paragraph: 6, quote: 'СТОС/СОР/WG.4/2020/4' },
    });
  });
});
