// Status through time from cited relations: what a body, a meeting and a mandate were at a date.
import { describe, expect, it } from 'vitest';
import type {
  EntityRecord,
  EvidenceRecord,
  RelationRecord,
  SubgraphRecord,
} from '../../server/src/domain/model.js';
import { ACTIONS } from '../../server/src/domain/actions.js';
import { isPartialDate, lastDay } from '../../common/partial-date.js';
import { checkAsOf, subgraphAsOf } from '../../server/src/services/as-of.js';
import { existsFrom, history, statusAsOf } from '../../server/src/services/history.js';

const names = { nameEn: 'x', nameRu: 'x', aliasesEn: [], aliasesRu: [] };
const session = (n: number, year: number, source: 'REFERENCE' | 'DOCUMENT'): EntityRecord => ({
  ...names,
  id: `session/${n}`,
  kind: 'SESSION',
  number: n,
  year,
  place: null,
  startDate: null,
  endDate: null,
  provenance: [{ fields: ['year'], source }],
});
const mandate = (n: string, adopted?: string): EntityRecord => ({
  ...names,
  id: `resolution/${n}`,
  kind: 'MANDATE',
  type: 'RESOLUTION',
  number: n,
  sessionId: `session/${n.split('/')[0] ?? ''}`,
  subjectEn: null,
  subjectRu: null,
  ...(adopted ? { adopted } : {}),
  provenance: adopted ? [{ fields: ['adopted'], source: 'DOCUMENT' }] : [],
});
const body: EntityRecord = {
  ...names,
  id: 'body/wg',
  kind: 'BODY',
  type: 'WORKING_GROUP',
  provenance: [],
};
const quote = (text: string, lang: 'en' | 'ru'): EvidenceRecord => ({
  document: 'doc',
  paragraph: 1,
  context: 'PARAGRAPH',
  quote: text,
  lang,
});
const rel = (
  type: RelationRecord['type'],
  fromId: string,
  toId: string,
  action: string | null = null,
  evidence: EvidenceRecord[] = [],
): RelationRecord => ({
  id: `${type}:${fromId}>${toId}`,
  type,
  fromId,
  toId,
  action,
  basisId: null,
  source: evidence.length ? 'DOCUMENT' : 'DERIVED',
  note: null,
  evidence,
});
const byId = (...es: EntityRecord[]) => new Map(es.map((e) => [e.id, e]));

describe('a body', () => {
  const world = byId(
    session(4, 2008, 'REFERENCE'),
    session(7, 2014, 'REFERENCE'),
    mandate('4/4'),
    mandate('7/1'),
  );
  const created = rel('CREATES', 'resolution/4/4', 'body/wg', ACTIONS.established.en, [
    quote('была учреждена временная рабочая группа открытого состава', 'ru'),
  ]);
  const constant = rel('GOVERNS', 'resolution/7/1', 'body/wg', ACTIONS.madeConstant.en);
  const urged = rel('GOVERNS', 'resolution/7/1', 'body/wg', ACTIONS.urgedAnnually.en);

  it('is interim from the session that created it as such, a constant element from the one that made it so', () => {
    const h = history(body, [constant, urged, created], world);
    expect(h.map((c) => [c.date, c.dateSource, c.status, c.because.id])).toEqual([
      ['2008', 'REFERENCE', 'INTERIM', created.id],
      ['2014', 'REFERENCE', 'CONSTANT_ELEMENT', constant.id],
    ]);
    expect(statusAsOf(h, null)).toBe('CONSTANT_ELEMENT');
    expect(statusAsOf(h, '2012-01-01')).toBe('INTERIM');
    expect(statusAsOf(h, '2007')).toBeNull();
    // Known to the year only: not claimed before that year is out.
    expect(statusAsOf(h, '2014-06-01')).toBe('INTERIM');
    expect(statusAsOf(h, '2014')).toBe('CONSTANT_ELEMENT');
    expect(existsFrom(body, h)).toBe('2008');
  });

  it('is established when the creating sentence says nothing of a time limit (in English too)', () => {
    const plain = { ...created, evidence: [quote('decides to establish a working group', 'en')] };
    const interim = {
      ...created,
      evidence: [quote('decides to establish an interim working group', 'en')],
    };
    expect(history(body, [plain], world)[0]?.status).toBe('ESTABLISHED');
    expect(history(body, [interim], world)[0]?.status).toBe('INTERIM');
  });

  it('takes a date a document states over its session year', () => {
    const dated = byId(session(4, 2008, 'REFERENCE'), mandate('4/4', '2008-10-17'));
    const [c] = history(body, [created], dated);
    expect([c?.date, c?.dateSource]).toEqual(['2008-10-17', 'DOCUMENT']);
  });
});

describe('a meeting', () => {
  const meeting = (
    status: 'HELD' | 'PLANNED',
    more: Partial<Extract<EntityRecord, { kind: 'MEETING' }>> = {},
  ): EntityRecord => ({
    ...names,
    id: 'meeting/wg/7',
    kind: 'MEETING',
    bodyId: 'body/wg',
    ordinal: 7,
    startDate: '2020-07-16',
    endDate: '2020-07-17',
    place: null,
    status,
    statusAsOf: '2020-07-01',
    provenance: [{ fields: ['startDate', 'endDate'], source: 'DOCUMENT' }],
    ...more,
  });
  const holds = rel('HOLDS', 'body/wg', 'meeting/wg/7');

  it('is planned from the date of the document that says so, and not before', () => {
    const h = history(meeting('PLANNED'), [holds], new Map());
    expect(h.map((c) => [c.date, c.status])).toEqual([['2020-07-01', 'PLANNED']]);
    expect(statusAsOf(h, '2020-06-30')).toBeNull();
    expect(statusAsOf(h, '2020-07-01')).toBe('PLANNED');
  });

  it('changes when a document first says something new, not each time one says it again', () => {
    const m = meeting('HELD', {
      statusAsOf: '2021-03-01',
      claims: [
        { field: 'status', value: 'PLANNED', asOf: '2020-07-01', source: 'DOCUMENT' },
        { field: 'status', value: 'HELD', asOf: '2021-01-15', source: 'DOCUMENT' },
        { field: 'status', value: 'HELD', asOf: '2021-03-01', source: 'DOCUMENT' },
      ],
    });
    const h = history(m, [holds], new Map());
    expect(h.map((c) => [c.status, c.date])).toEqual([
      ['PLANNED', '2020-07-01'],
      ['HELD', '2020-07-17'],
    ]);
  });

  it('is held from its last day', () => {
    const h = history(meeting('HELD'), [holds], new Map());
    expect(h.map((c) => [c.date, c.dateSource, c.status])).toEqual([
      ['2020-07-17', 'DOCUMENT', 'HELD'],
    ]);
  });
});

describe('a mandate', () => {
  const world = byId(session(4, 2008, 'REFERENCE'), session(9, 2018, 'REFERENCE'), mandate('9/1'));
  const adopted = rel('ADOPTED_AT', 'resolution/4/4', 'session/4');
  const cited = rel('CITES', 'resolution/9/1', 'resolution/4/4', null, [
    quote('Recalling its decision 4/4,', 'en'),
  ]);

  it('is adopted at its session and cited from the session of the text that cites it', () => {
    const h = history(mandate('4/4'), [cited, adopted], world);
    expect(h.map((c) => [c.date, c.status, c.because.id])).toEqual([
      ['2008', 'ADOPTED', adopted.id],
      ['2018', 'CITED', cited.id],
    ]);
    expect(statusAsOf(h, '2010')).toBe('ADOPTED');
    expect(statusAsOf(h, '2019')).toBe('CITED');
  });

  it('counts an undated citation now, but at no date', () => {
    const undated = rel('CITES', 'resolution/99/1', 'resolution/4/4');
    const h = history(mandate('4/4'), [adopted, undated], world);
    expect(h.at(-1)?.date).toBeNull();
    expect(statusAsOf(h, null)).toBe('CITED');
    expect(statusAsOf(h, '2100')).toBe('ADOPTED');
  });
});

describe('dates', () => {
  it('reads YYYY, YYYY-MM and YYYY-MM-DD and refuses anything else by name', () => {
    expect(['2012', '2012-02', '2012-02-29'].every(isPartialDate)).toBe(true);
    expect(
      ['2013-02-29', '2012-13', '12', '2012-1-1', '2012-01-01T00:00'].some(isPartialDate),
    ).toBe(false);
    expect(lastDay('2012')).toBe('2012-12-31');
    expect(() => checkAsOf('yesterday')).toThrow(
      /asOf: must be a date as YYYY, YYYY-MM or YYYY-MM-DD/,
    );
  });
});

describe('the graph as it stood', () => {
  const meeting: EntityRecord = {
    ...names,
    id: 'meeting/wg/1',
    kind: 'MEETING',
    bodyId: 'body/wg',
    ordinal: 1,
    startDate: null,
    endDate: '2019-09-11',
    place: null,
    status: 'HELD',
    statusAsOf: '2020-07-01',
    provenance: [],
  };
  const report: EntityRecord = {
    ...names,
    id: 'doc/report',
    kind: 'DOCUMENT',
    type: 'REPORT',
    symbol: null,
    printedSymbol: null,
    year: null,
    date: null,
    lang: null,
    provenance: [],
  };
  const holds = rel('HOLDS', 'body/wg', 'meeting/wg/1');
  const produces = rel('PRODUCES', 'meeting/wg/1', 'doc/report');
  const sg: SubgraphRecord = {
    nodes: [body, meeting, report],
    edges: [holds, produces],
    referenced: [],
  };
  const histories = new Map([
    [
      'body/wg',
      history(
        body,
        [rel('CREATES', 'resolution/4/4', 'body/wg', ACTIONS.established.en)],
        byId(session(4, 2008, 'REFERENCE'), mandate('4/4')),
      ),
    ],
    ['meeting/wg/1', history(meeting, [holds], new Map())],
  ]);

  it('leaves out what did not exist yet, and what hangs only on it', () => {
    const before = subgraphAsOf(sg, 'body/wg', '2019-01-01', histories);
    // The report is undated, but it hangs on a meeting not yet held.
    expect(before.nodes.map((n) => n.id)).toEqual(['body/wg']);
    expect(before.edges).toEqual([]);
    const after = subgraphAsOf(sg, 'body/wg', '2019-12', histories);
    expect(after.nodes.map((n) => n.id)).toEqual(['body/wg', 'meeting/wg/1', 'doc/report']);
    expect(after.edges).toHaveLength(2);
  });

  it('always keeps the entity it starts from', () => {
    expect(subgraphAsOf(sg, 'meeting/wg/1', '2000', histories).nodes.map((n) => n.id)).toEqual([
      'meeting/wg/1',
    ]);
  });
});
