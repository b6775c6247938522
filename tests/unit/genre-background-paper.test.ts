// Background papers and notes the Secretariat prepares for a working group's meeting, headed
// "Working Group on Firearms / Vienna, 2 and 3 May 2099" (issue 26).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../server/src/ingest/extract.js';
import { toGraph } from '../../server/src/ingest/to-graph.js';
import { repoPath } from '../../server/src/paths.js';
import { curatedEntities } from '../../server/src/seed/seed-graph.js';

const fromText = (text: string, fileName: string) =>
  extractDocument(new TextEncoder().encode(text), fileName);

const fixture = (name: string) => readFileSync(repoPath(`tests/fixtures/genres/${name}`));
const statements = (x: { relations: { type: string; from: string; to: string }[] }) =>
  x.relations.map((r) => `${r.type} ${r.from} > ${r.to}`).sort();
const PAPER = 'CTOC/COP/WG.6/2099/2';
const MEETING = 'meeting/wg-firearms/2099-05-02';

describe.each(['en', 'ru'])('a background paper headed by its meeting (%s)', (lang) => {
  const x = extractDocument(fixture(`background-paper-${lang}.txt`), `paper-${lang}.txt`);
  const graph = toGraph(x, curatedEntities());

  it('goes to that meeting, which its body holds and which is planned as of the paper', () => {
    expect(x.genre).toBe('BACKGROUND_PAPER');
    expect(x.documentId).toBe(PAPER);
    expect(statements(x)).toEqual(
      expect.arrayContaining([
        `HOLDS body/wg-firearms > ${MEETING}`,
        `SUBMITTED_TO ${PAPER} > ${MEETING}`,
      ]),
    );
    expect(x.meetings.find((m) => m.id === MEETING)).toMatchObject({
      ordinal: null,
      startDate: '2099-05-02',
      endDate: '2099-05-03',
      place: 'Vienna',
      status: 'PLANNED',
    });
    // Cited from the header's lines.
    const sent = x.relations.find((r) => r.type === 'SUBMITTED_TO');
    expect(sent?.evidence.map((e) => e.context)).toEqual(['HEADER', 'HEADER']);
  });

  it('refers to the provisional agenda its footnote names', () => {
    expect(statements(x)).toContain(`REFERENCES ${PAPER} > CTOC/COP/WG.6/2099/1`);
  });

  it('reads its numbered paragraphs with the sentence rules', () => {
    expect(statements(x)).toContain('GOVERNS resolution/99/7 > body/wg-firearms');
  });

  it('is named a background paper: its printed title in its language, composed in the other', () => {
    const paper = graph.entities.find((e) => e.id === PAPER);
    expect(paper).toMatchObject({ kind: 'DOCUMENT', date: '2099-02-20', lang });
    const [own, other] =
      lang === 'en' ? [paper?.nameEn, paper?.nameRu] : [paper?.nameRu, paper?.nameEn];
    expect(own).toMatch(
      lang === 'en' ? /^Background paper: Marking firearms/ : /^Справочный документ: Маркировка/,
    );
    expect(other).toMatch(
      lang === 'en'
        ? /^Справочный документ для совещания Рабочей группы по огнестрельному оружию/
        : /^Background paper for the meeting of the Working Group on Firearms/,
    );
  });
});

describe('a note by the Secretariat headed by a meeting', () => {
  const text = fixture('background-paper-en.txt')
    .toString('utf8')
    .replace('Background paper prepared by the Secretariat', 'Note by the Secretariat');
  const x = fromText(text, 'note.txt');

  it('goes to the meeting, and is named a note', () => {
    expect(x.genre).toBe('BACKGROUND_PAPER');
    expect(statements(x)).toContain(`SUBMITTED_TO ${PAPER} > ${MEETING}`);
    const note = toGraph(x, curatedEntities()).entities.find((e) => e.id === PAPER);
    expect(note?.nameEn).toMatch(/^Note by the Secretariat: Marking firearms/);
    expect(note?.nameRu).toMatch(/^Записка Секретариата для совещания/);
  });

  it('goes to the meeting its header numbers, when it does', () => {
    const y = fromText(
      text.replace('Working Group on Firearms\n', 'Working Group on Firearms\n\nSeventh session\n'),
      'note.txt',
    );
    expect(statements(y)).toContain(`SUBMITTED_TO ${PAPER} > meeting/wg-firearms/7`);
    // Not the Conference's seventh session.
    expect(statements(y).filter((s) => s.includes('session/'))).toEqual([]);
  });

  it('finds its meeting held when it is dated after it', () => {
    const y = fromText(text.replace('20 February 2099', '10 June 2099'), 'note.txt');
    expect(y.meetings.find((m) => m.id === MEETING)?.status).toBe('HELD');
  });
});

describe("a note of the Conference's session", () => {
  it('is not a background paper (no working group heads it)', () => {
    const x = extractDocument(
      readFileSync(repoPath('tests/fixtures/ingest/seed-en.txt')),
      'seed-en.txt',
    );
    expect(x.genre).toBe('NOTE');
  });
});
