// Working-group meeting reports as they circulate: titled by body, place and dates with no
// ordinal, copied without their symbol, or calling the meeting a "session" (issue 26).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../server/src/ingest/extract.js';
import { toGraph } from '../../server/src/ingest/to-graph.js';
import { repoPath } from '../../server/src/paths.js';
import { curatedEntities } from '../../server/src/seed/seed-graph.js';

const fromText = (text: string, fileName: string) =>
  extractDocument(new TextEncoder().encode(text), fileName);

const fixture = (name: string) => readFileSync(repoPath(`tests/fixtures/genres/${name}`));
const text = (name: string) => fixture(name).toString('utf8');
const read = (name: string) => extractDocument(fixture(name), name);
const statements = (x: ReturnType<typeof read>) =>
  x.relations.map((r) => `${r.type} ${r.from} > ${r.to}`).sort();
const FIREARMS_MEETING = 'meeting/wg-firearms/2099-05-02';

describe('a report whose title gives body, place and dates but no ordinal', () => {
  const x = read('report-no-ordinal-en.txt');

  it('identifies the meeting by body and first day: the body holds it, it produces the report', () => {
    expect(x.genre).toBe('MEETING_REPORT');
    expect(statements(x)).toEqual([
      `HOLDS body/wg-firearms > ${FIREARMS_MEETING}`,
      `PRODUCES ${FIREARMS_MEETING} > CTOC/COP/WG.6/2099/5`,
    ]);
    const meeting = x.meetings.find((m) => m.id === FIREARMS_MEETING);
    expect(meeting).toMatchObject({
      ordinal: null,
      startDate: '2099-05-02',
      endDate: '2099-05-03',
      place: 'Vienna',
      status: 'HELD',
    });
    // Cited from the title that says so.
    expect(x.relations[0]?.evidence[0]?.quote).toMatch(
      /^Report on the meeting of the Working Group/,
    );
    expect(x.warnings).toEqual([]);
  });

  it('is named a report on that meeting in both languages', () => {
    const report = toGraph(x, curatedEntities()).entities.find((e) => e.id === x.documentId);
    expect(report).toMatchObject({ kind: 'DOCUMENT', type: 'REPORT', date: '2099-05-30' });
    expect(report?.nameEn).toMatch(
      /^Report on the meeting of the Working Group on Firearms .*2099/,
    );
    expect(report?.nameRu).toMatch(
      /^Доклад о работе совещания Рабочей группы по огнестрельному оружию/,
    );
  });

  it('takes the dates from the header when the title gives none', () => {
    const y = fromText(
      text('report-no-ordinal-en.txt').replace(' held in Vienna on 2 and 3 May 2099', ''),
      'report.txt',
    );
    expect(statements(y)).toContain(`HOLDS body/wg-firearms > ${FIREARMS_MEETING}`);
  });
});

describe('a Russian report without a symbol', () => {
  const x = read('report-no-symbol-ru.txt');

  it('is a report, not a note, with its meeting', () => {
    expect(x.genre).toBe('MEETING_REPORT');
    expect(x.documentId).toBe('document/report-wg-firearms-2099-05-02');
    expect(statements(x)).toEqual([
      `HOLDS body/wg-firearms > ${FIREARMS_MEETING}`,
      `PRODUCES ${FIREARMS_MEETING} > document/report-wg-firearms-2099-05-02`,
    ]);
  });

  it('is named "Доклад …", not "Записка Секретариата"', () => {
    const report = toGraph(x, curatedEntities()).entities.find((e) => e.id === x.documentId);
    expect(report).toMatchObject({ type: 'REPORT', symbol: null, lang: 'ru' });
    expect(report?.nameRu).toMatch(/^Доклад о работе совещания/);
    expect(report?.nameEn).toMatch(/^Report on the meeting/);
  });

  it('is the same document as its English copy without a symbol', () => {
    const en = fromText(
      text('report-no-ordinal-en.txt').replace('CTOC/COP/WG.6/2099/5\n', ''),
      'copy.txt',
    );
    expect(en.documentId).toBe(x.documentId);
  });
});

describe.each(['en', 'ru'])("a working group's report on its seventh session (%s)", (lang) => {
  const x = read(`report-session-${lang}.txt`);

  it("reads the group's session as its meeting, and the Conference's session as a session", () => {
    expect(x.genre).toBe('MEETING_REPORT');
    expect(statements(x)).toEqual([
      'HOLDS body/wg-trafficking-in-persons > meeting/wg-trafficking-in-persons/7',
      'PRODUCES meeting/wg-trafficking-in-persons/7 > CTOC/COP/WG.4/2099/7',
      'SUBMITTED_TO CTOC/COP/WG.4/2099/7 > session/20',
    ]);
    expect(x.meetings.find((m) => m.ordinal === 7)).toMatchObject({
      startDate: '2099-07-06',
      endDate: '2099-07-08',
    });
  });
});

describe("a note's paragraph on a working group's session", () => {
  it.each([
    'The Working Group on Firearms held its seventh session in Vienna from 6 to 8 July 2099.',
    'Рабочая группа по огнестрельному оружию провела свою седьмую сессию в Вене 6–8 июля 2099 года.',
  ])('gives the group its meeting: %s', (sentence) => {
    const x = fromText(`1. ${sentence}\n`, 'note.txt');
    expect(statements(x)).toEqual(['HOLDS body/wg-firearms > meeting/wg-firearms/7']);
  });

  it.each([
    'The seventh session of the Working Group was held in Vienna from 6 to 8 July 2099.',
    'Седьмая сессия Рабочей группы была проведена в Вене 6–8 июля 2099 года.',
  ])(
    'gives it to the group the text spoke of, named by its head after the ordinal: %s',
    (sentence) => {
      const x = fromText(`1. The Working Group on Firearms met.\n\n2. ${sentence}\n`, 'note.txt');
      expect(statements(x)).toContain('HOLDS body/wg-firearms > meeting/wg-firearms/7');
    },
  );

  it.each([
    'The Conference requested that the outcome of the work of the Working Group on Firearms be submitted to it at its tenth session.',
    'The Working Group on Firearms will report to the Conference at its tenth session, to be held in Vienna from 6 to 8 July 2099.',
  ])("leaves the Conference's session a session: %s", (sentence) => {
    const x = fromText(`1. ${sentence}\n`, 'note.txt');
    expect(x.meetings).toEqual([]);
  });
});
