import { describe, expect, it } from 'vitest';
import { useApi } from '../support/api.js';

const api = useApi();

type Why = {
  whyExists: {
    subject: { id: string };
    en: string;
    ru: string;
    steps: { id: string; type: string; from: { id: string }; to: { id: string } }[];
  };
};
const WHY = `query($id: ID!) { whyExists(id: $id) {
  subject { id } en: summary ru: summary(lang: RU)
  steps { id type from { id } to { id } } } }`;

async function why(id: string) {
  const { data, errors } = await api.run<Why>(WHY, { id });
  expect(errors).toEqual([]);
  return data!.whyExists;
}

describe('whyExists', () => {
  it.each([
    ['body/wg-trafficking-in-persons', 'decision', '4/4', 4],
    ['body/wg-smuggling-of-migrants', 'resolution', '5/3', 7],
    ['body/wg-firearms', 'resolution', '5/4', 10],
    ['body/wg-international-cooperation', 'decision', '3/2', 13],
    ['body/wg-technical-assistance', 'decision', '2/6', 16],
  ])(
    '%s: names its founding %s %s and resolution 7/1, in English and Russian',
    async (id, type, number, para) => {
      const x = await why(id);
      expect(x.subject.id).toBe(id);
      expect(x.en.toLowerCase()).toContain(`${type} ${number}`);
      expect(x.en.toLowerCase()).toContain('resolution 7/1');
      expect(x.en).toMatch(new RegExp(`\\(para\\. ${para}\\)`));
      const ru = type === 'decision' ? `решении ${number}` : `резолюции ${number}`;
      expect(x.ru).toContain(ru);
      expect(x.ru).toContain('резолюции 7/1');
      expect(x.ru).toMatch(new RegExp(`\\(п\\. ${para}\\)`));
      const creates = x.steps.find((s) => s.type === 'CREATES' && s.to.id === id);
      expect(creates?.from.id).toBe(`${type}/${number}`);
    },
  );

  it('cites both paragraphs when the document says it twice', async () => {
    const x = await why('body/wg-technical-assistance');
    expect(x.en).toContain('(paras. 14 and 17)');
    expect(x.ru).toContain('(пп. 14 и 17)');
  });

  it('says that years of earlier sessions are reference data', async () => {
    const x = await why('body/wg-trafficking-in-persons');
    expect(x.en).toContain('fourth session, 2008, year from reference data');
    expect(x.ru).toContain('четвертая сессия, 2008 г., год по справочным данным');
  });

  it('explains a report through its meeting, body and mandates, steps oldest first', async () => {
    const x = await why('CTOC/COP/WG.4/2020/4');
    expect(x.en).toMatch(/^CTOC\/COP\/WG\.4\/2020\/4 is the report of the 10th meeting/);
    expect(x.en).toContain('Decision 4/4');
    expect(x.en).toContain('Trafficking in Persons, Especially Women and Children');
    const types = x.steps.map((s) => s.type);
    expect(types.indexOf('SUPPLEMENTS')).toBeLessThan(types.indexOf('CREATES'));
    expect(types.indexOf('CREATES')).toBeLessThan(types.indexOf('HOLDS'));
    expect(types.indexOf('HOLDS')).toBeLessThanOrEqual(types.indexOf('PRODUCES'));
  });

  it('explains the expert group by resolution 9/1', async () => {
    const x = await why('body/review-expert-group');
    expect(x.en).toContain(
      'Resolution 9/1 (ninth session, 2018, year from reference data) requested that',
    );
    expect(x.ru).toContain('резолюции 9/1');
  });

  it('says so when nothing is upstream', async () => {
    const x = await why('instrument/untoc');
    expect(x.steps).toEqual([]);
    expect(x.en).toBe(
      'No source in the graph says why the United Nations Convention against Transnational Organized Crime exists.',
    );
  });
});

describe('whyExists for other kinds', () => {
  it('explains a session in running text, citing the header', async () => {
    const { data } = await api.run<{ whyExists: { summary: string } }>(
      '{ whyExists(id: "session/10") { summary } }',
    );
    expect(data!.whyExists.summary).toMatch(
      /^The tenth session of the Conference of the Parties is a session of the Conference of the Parties .* \(document header\)\./,
    );
  });

  it('says a planned meeting is planned, as of the note', async () => {
    const { data } = await api.run<{ whyExists: { en: string; ru: string } }>(
      '{ whyExists(id: "meeting/wg-smuggling-of-migrants/7") { en: summary ru: summary(lang: RU) } }',
    );
    expect(data!.whyExists.en).toContain(
      '(8–9 September 2020, planned, as of 2020-07-01) (para. 9)',
    );
    expect(data!.whyExists.ru).toContain(
      'планируется провести (по состоянию на 2020-07-01) 8–9 сентября 2020 года (п. 9)',
    );
  });
});
