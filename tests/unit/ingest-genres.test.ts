// The text of a resolution or decision (genres/mandate-text.ts): its title says which mandate
// it is, its preamble CITES what it recalls, its operative paragraphs speak for it, and what
// the reference data lacks comes out as proposals. The fixtures are constructed (see
// tests/fixtures/genres/README.md); the English and Russian texts say the same.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument, extractFile } from '../../server/src/ingest/extract.js';
import { toGraph } from '../../server/src/ingest/to-graph.js';
import { IngestInputError } from '../../server/src/ingest/types.js';
import { repoPath } from '../../server/src/paths.js';
import { curatedEntities, SEED_DOCUMENT } from '../../server/src/seed/seed-graph.js';

const fixture = (name: string) => readFileSync(repoPath('tests/fixtures/genres', name));
const extract = (text: string, name = 'text.txt') =>
  extractDocument(new TextEncoder().encode(text), name);
const key = (r: { type: string; from: string; to: string; action: string | null }) =>
  `${r.type} ${r.from} > ${r.to}${r.action ? `: ${r.action}` : ''}`;

describe.each(['en', 'ru'])('a resolution text (%s)', (lang) => {
  const x = extractDocument(fixture(`resolution-${lang}.txt`), `resolution-${lang}.txt`);

  it('is read as the text of the mandate its title names', () => {
    expect(x.genre).toBe('MANDATE_TEXT');
    expect(x.mandate?.id).toBe('resolution/99/1');
    expect(x.documentId).toBe('document/resolution-99-1');
    expect(x.meta.lang).toBe(lang);
  });

  it('cites what its preamble recalls, not a General Assembly resolution', () => {
    const cites = x.relations.filter((r) => r.type === 'CITES').map(key);
    expect(cites.sort()).toEqual(
      [
        'CITES resolution/99/1 > decision/4/4',
        'CITES resolution/99/1 > instrument/firearms-protocol',
        'CITES resolution/99/1 > instrument/untoc',
        'CITES resolution/99/1 > resolution/7/1',
        'CITES resolution/99/1 > resolution/98/3',
      ].sort(),
    );
    for (const r of x.relations.filter((r) => r.type === 'CITES')) {
      const [e] = r.evidence;
      expect(e?.context).toBe('PREAMBLE');
      // The clause is quoted whole and verbatim; the reader finds it among the preamble's blocks.
      expect(x.text.some((b) => b.context === 'PREAMBLE' && b.text === e?.quote)).toBe(true);
    }
  });

  it('states what its operative paragraphs decide, each citing its paragraph', () => {
    const operative = x.relations
      .filter((r) => r.type === 'CREATES' || r.type === 'GOVERNS')
      .map((r) => `${key(r)} (para ${String(r.evidence[0]?.paragraph)})`);
    expect(operative).toEqual(
      expect.arrayContaining([
        'CREATES resolution/99/1 > body/wg-smuggling-of-migrants: established (para 1)',
        'GOVERNS resolution/99/1 > body/wg-firearms: requested to convene (para 2)',
        'GOVERNS resolution/99/1 > body/wg-international-cooperation: made a constant element (para 3)',
        'GOVERNS resolution/99/1 > body/wg-technical-assistance: requested to present its results at the tenth session (para 4)',
        // Paragraph 5 asks the Secretariat to support a group: the Secretariat is the one asked.
        'GOVERNS resolution/99/1 > body/unodc: requested (para 5)',
      ]),
    );
    expect(operative).not.toContain(
      'GOVERNS resolution/99/1 > body/wg-trafficking-in-persons: requested (para 5)',
    );
    expect(x.unmatched).toEqual([]);
  });

  it('proposes what the reference data lacks, each with the quote that introduced it', () => {
    const graph = toGraph(x, curatedEntities());
    const proposals = Object.fromEntries(
      graph.entities.flatMap((e) => (e.proposal ? [[e.id, e.proposal.evidence.quote]] : [])),
    );
    expect(Object.keys(proposals).sort()).toEqual(
      ['resolution/98/3', 'resolution/99/1', 'session/98', 'session/99'].sort(),
    );
    expect(proposals['resolution/99/1']).toMatch(/^(Resolution|Резолюция) 99\/1$/);
    expect(proposals['resolution/98/3']).toMatch(/98\/3/);
    expect(proposals['session/98']).toBe(proposals['resolution/98/3']);
    const mandate = graph.entities.find((e) => e.id === 'resolution/99/1');
    // Only what the text states: its number and subject, in the text's language.
    expect(
      mandate?.kind === 'MANDATE' && (lang === 'en' ? mandate.subjectEn : mandate.subjectRu),
    ).toMatch(/^(Strengthening|Укрепление)/);
    // "its resolution 98/3 of 20 October 2098": its number, its session and its date, cited.
    const cited = graph.entities.find((e) => e.id === 'resolution/98/3');
    expect(cited?.kind === 'MANDATE' && cited.adopted).toBe('2098-10-20');
    expect(cited?.provenance.find((p) => p.fields.includes('adopted'))?.evidence?.quote).toBe(
      proposals['resolution/98/3'],
    );
    expect(graph.relations.map((r) => `${r.type} ${r.fromId} > ${r.toId}`)).toContain(
      'ADOPTED_AT resolution/99/1 > session/99',
    );
  });
});

describe.each(['en', 'ru'])('a resolution printed as a PDF (%s)', (lang) => {
  it('gives the statements of its text: one-line preamble clauses stay apart', async () => {
    const f = `tests/fixtures/formats/resolution-${lang}.pdf`;
    const pdf = await extractFile(readFileSync(repoPath(f)), f);
    const text = extractDocument(fixture(`resolution-${lang}.txt`), `resolution-${lang}.txt`);
    expect(pdf.genre).toBe('MANDATE_TEXT');
    expect(pdf.relations.map(key).sort()).toEqual(text.relations.map(key).sort());
    expect(pdf.text.filter((b) => b.context === 'PREAMBLE')).toHaveLength(6);
  });
});

describe('what is not a proposal', () => {
  it('the seed note names only what the project vouches for', () => {
    const x = extractDocument(readFileSync(repoPath('data/seed', SEED_DOCUMENT)), SEED_DOCUMENT);
    expect(toGraph(x, curatedEntities()).entities.filter((e) => e.proposal)).toEqual([]);
  });
});

describe('a text the genre refuses', () => {
  const title = 'Decision 99/2\n\nThe Conference of the Parties to the Convention,\n\n';
  it('two texts in one file', () => {
    expect(() =>
      extract(`${title}1. Decides to establish a group;\n\nDecision 99/3\n\n1. Requests;\n`),
    ).toThrow(/more than one text \(99\/2 and 99\/3\)/);
  });
  it('a title and actor but no operative paragraph', () => {
    expect(() => extract(`${title}Recalling its decision 4/4,\n`, 'd.txt')).toThrow(
      IngestInputError,
    );
    expect(() => extract(`${title}Recalling its decision 4/4,\n`, 'd.txt')).toThrow(
      /decision 99\/2 has no operative paragraphs/,
    );
  });
});

describe.each(['en', 'ru'])('a meeting report (%s)', (lang) => {
  const x = extractDocument(fixture(`report-${lang}.txt`), `report-${lang}.txt`);
  const graph = toGraph(x, curatedEntities());

  it('is the document its symbol names, produced by the meeting its title describes', () => {
    expect(x.genre).toBe('MEETING_REPORT');
    expect(x.documentId).toBe('CTOC/COP/WG.4/2099/9');
    expect(x.relations.map(key).sort()).toEqual(
      [
        'HOLDS body/wg-trafficking-in-persons > meeting/wg-trafficking-in-persons/19',
        'PRODUCES meeting/wg-trafficking-in-persons/19 > CTOC/COP/WG.4/2099/9',
        'SUBMITTED_TO CTOC/COP/WG.4/2099/9 > session/11',
      ].sort(),
    );
    const meeting = graph.entities.find((e) => e.id === 'meeting/wg-trafficking-in-persons/19');
    expect(meeting).toMatchObject({
      startDate: '2099-10-14',
      endDate: '2099-10-15',
      place: 'Vienna',
      status: 'HELD',
      statusAsOf: '2099-10-20',
    });
    const report = graph.entities.find((e) => e.id === 'CTOC/COP/WG.4/2099/9');
    expect(report).toMatchObject({ kind: 'DOCUMENT', type: 'REPORT' });
    // The session it goes to is cited from the sentence that says so.
    const sent = x.relations.find((r) => r.type === 'SUBMITTED_TO');
    expect(sent?.evidence[0]?.paragraph).toBe(2);
  });

  it('proposes only the session the reference data lacks', () => {
    expect(graph.entities.filter((e) => e.proposal).map((e) => e.id)).toEqual(['session/11']);
  });
});

describe('a meeting report that does not say which meeting by ordinal', () => {
  it('identifies its meeting by body and dates (genre-meeting-reports.test.ts has more)', () => {
    const text = readFileSync(repoPath('tests/fixtures/genres/report-en.txt'), 'utf8').replace(
      'The nineteenth meeting',
      'The meeting',
    );
    const x = extract(text, 'report.txt');
    expect(x.relations.map(key).sort()).toEqual([
      'HOLDS body/wg-trafficking-in-persons > meeting/wg-trafficking-in-persons/2099-10-14',
      'PRODUCES meeting/wg-trafficking-in-persons/2099-10-14 > CTOC/COP/WG.4/2099/9',
      'SUBMITTED_TO CTOC/COP/WG.4/2099/9 > session/11',
    ]);
  });
});

describe('the other ways a title is printed', () => {
  const report = readFileSync(repoPath('tests/fixtures/genres/report-en.txt'), 'utf8');
  it('"Report of the Working Group on … on its meeting held …" is a report', () => {
    const x = extract(
      report.replace(
        /^Report on the meeting of the Working Group on Trafficking in Persons held/m,
        'Report of the Working Group on Trafficking in Persons on its meeting held',
      ),
      'report.txt',
    );
    expect(x.genre).toBe('MEETING_REPORT');
    expect(x.relations.map((r) => r.type).sort()).toEqual(['HOLDS', 'PRODUCES', 'SUBMITTED_TO']);
  });
  it('a decision whose actor line ends "decides:" is a decision text', () => {
    const x = extract(
      'Decision 99/2\n\nThe Conference of the Parties to the United Nations Convention against Transnational Organized Crime decides:\n\n1. To request the Working Group on Firearms to submit a report on its work to the Conference at its tenth session;\n',
    );
    expect(x.genre).toBe('MANDATE_TEXT');
    expect(x.mandate?.id).toBe('decision/99/2');
  });
});

describe.each([
  ['en', 'body/working-group-on-space-debris', 'Working Group on Space Debris'],
  ['ru', 'body/rabochaya-gruppa-po-kosmicheskomu-musoru', 'Рабочая группа по космическому мусору'],
])('a body the reference data lacks (%s)', (lang, id, name) => {
  const x = extractDocument(fixture(`new-body-${lang}.txt`), `new-body-${lang}.txt`);
  const graph = toGraph(x, curatedEntities());

  it('is proposed when a statement is about it, named in the nominative as printed', () => {
    const body = graph.entities.find((e) => e.id === id);
    expect(body).toMatchObject({ kind: 'BODY', type: 'WORKING_GROUP' });
    expect(lang === 'ru' ? body?.nameRu : body?.nameEn).toBe(name);
    expect(body?.proposal?.evidence.paragraph).toBe(1);
    expect(x.relations.map(key)).toEqual(
      expect.arrayContaining([
        `CREATES resolution/99/3 > ${id}: established`,
        `GOVERNS resolution/99/3 > ${id}: requested to present its results at the tenth session`,
      ]),
    );
    expect(x.unmatched).toEqual([]);
  });

  it('is listed as unmatched, not proposed, when nothing is stated about it', () => {
    const text =
      lang === 'ru'
        ? '1. Рабочая группа по космическому мусору отметила важность этой работы.\n'
        : '1. The Working Group on Space Debris noted the importance of this work.\n';
    const y = extract(text, 'note.txt');
    expect(toGraph(y, curatedEntities()).entities.filter((e) => e.kind === 'BODY')).toEqual([]);
    expect(y.unmatched).toEqual([expect.objectContaining({ kind: 'body', paragraph: 1 })]);
  });
});
