import { describe, expect, it } from 'vitest';
import { graphLabel, meetingLabel, ordinalLabel, shortName } from '../src/graph/labels';
import type { GraphNode } from '../src/graph/subgraph';

const body = (nameEn: string, aliasesEn: string[], nameRu = 'Орган', aliasesRu: string[] = []) =>
  ({
    id: 'body/x',
    kind: 'BODY',
    bodyType: 'WORKING_GROUP',
    nameEn,
    nameRu,
    aliasesEn,
    aliasesRu,
    proposal: null,
  }) as const satisfies GraphNode;

describe('graph labels', () => {
  it('keeps a name that fits and shortens a long one to its first readable alias', () => {
    expect(shortName(body('Working Group on Firearms', ['Firearms WG']), 'en')).toBe(
      'Working Group on Firearms',
    );
    const cop = body(
      'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
      ['Conference of the Parties', 'COP', 'Conference'],
    );
    expect(shortName(cop, 'en')).toBe('Conference of the Parties');
    // "COP" is an acronym a newcomer cannot read.
    expect(shortName({ ...cop, aliasesEn: ['COP', 'Conference'] }, 'en')).toBe('Conference');
  });

  it('capitalises a lower-case alias and collapses line breaks inside names', () => {
    const group = body(
      'Open-ended intergovernmental expert group under resolution 9/1 of the Conference',
      ['open-ended intergovernmental expert group'],
      'Межправительственная группа экспертов\nоткрытого состава, учрежденная в соответствии с резолюцией 9/1',
      ['межправительственная группа экспертов открытого состава'],
    );
    expect(shortName(group, 'en')).toBe('Open-ended intergovernmental expert group');
    expect(shortName(group, 'ru')).toBe('Межправительственная группа экспертов открытого состава');
    expect(shortName({ ...group, aliasesRu: [] }, 'ru')).not.toContain('\n');
  });

  it('names sessions and meetings by ordinal in each language, documents by symbol', () => {
    expect(ordinalLabel('session', 1, 'en')).toBe('1st session');
    expect(ordinalLabel('session', 12, 'en')).toBe('12th session');
    expect(ordinalLabel('meeting', 22, 'en')).toBe('22nd meeting');
    expect(ordinalLabel('session', 7, 'ru')).toBe('7-я сессия');
    expect(ordinalLabel('meeting', 7, 'ru')).toBe('7-е совещание');
    const meeting: GraphNode = {
      id: 'meeting/wg/7',
      kind: 'MEETING',
      nameEn: '7th meeting of the Working Group on Firearms',
      nameRu: 'Седьмое совещание',
      aliasesEn: [],
      aliasesRu: [],
      proposal: null,
      ordinal: 7,
      startDate: '2020-07-16',
      endDate: null,
      status: 'PLANNED',
    };
    expect(graphLabel(meeting, 'en')).toBe('7th meeting, 2020');
    expect(graphLabel(meeting, 'ru')).toBe('7-е совещание, 2020');
    const report: GraphNode = {
      id: 'CTOC/COP/WG.4/2020/4',
      kind: 'DOCUMENT',
      nameEn: 'Report on the 10th meeting',
      nameRu: 'Доклад',
      aliasesEn: [],
      aliasesRu: [],
      proposal: null,
      symbol: 'CTOC/COP/WG.4/2020/4',
      year: 2020,
      documentType: 'REPORT',
    };
    expect(graphLabel(report, 'ru')).toBe('CTOC/COP/WG.4/2020/4');
  });

  it('names a meeting known only by its dates by those dates, in each language', () => {
    const meeting: GraphNode = {
      id: 'meeting/wg-firearms/2099-05-02',
      kind: 'MEETING',
      nameEn: 'Meeting of the Working Group on Firearms, 2–3 May 2099',
      nameRu: 'Совещание Рабочей группы по огнестрельному оружию 2–3 мая 2099 года',
      aliasesEn: [],
      aliasesRu: [],
      proposal: null,
      ordinal: null,
      startDate: '2099-05-02',
      endDate: '2099-05-03',
      status: 'HELD',
    };
    // ICU spaces ranges as it likes ("2 – 3", no-break spaces): compare with plain ones.
    const plain = (s: string) => s.replace(/[\u00a0\u2009\u202f]/g, ' ').replace(/ ?– ?/g, '–');
    expect(plain(graphLabel(meeting, 'en'))).toBe('Meeting, 2–3 May 2099');
    expect(plain(graphLabel(meeting, 'ru'))).toBe('Совещание 2–3 мая 2099 г.');
    expect(meetingLabel({ ordinal: null, startDate: '2099-05-02', endDate: null }, 'en')).toBe(
      'Meeting, 2 May 2099',
    );
    expect(meetingLabel({ ordinal: 9, startDate: '2099-05-02' }, 'ru')).toBe('9-е совещание');
  });
});
