// Shapes the fourth held-out set (and the rest of the third) were read wrongly in, each written
// here in our own words: annotated agendas and their "Documentation" lists, a session page's
// table of texts, a body's page with its past meetings, several groups spoken of at once,
// elliptical ordinals, a group's "session" beside the Conference's, and requests that ask two
// things.
import { describe, expect, it } from 'vitest';
import { CONFERENCE_EN, CONFERENCE_RU, extract, statements } from '../support/extract.js';
import { extractFile } from '../../server/src/ingest/extract.js';
import { silentSentences } from '../../server/src/ingest/gold/score.js';

const UNTOC_MASTHEAD = (symbol: string, date: string) => [
  `United Nations                                          ${symbol}`,
  '',
  'Conference of the Parties to the                        Distr.: General',
  `United Nations Convention against                       ${date}`,
  'Transnational Organized Crime',
  '',
];

describe('an annotated provisional agenda of a working group’s meeting', () => {
  const agenda = [
    ...UNTOC_MASTHEAD('CTOC/COP/WG.6/2096/1', '2 February 2096'),
    'Working Group on Firearms',
    'Ninety-fourth meeting',
    'Vienna, 4 and 5 May 2096',
    '',
    'Annotated provisional agenda',
    '',
    'I. Provisional agenda',
    '',
    '1. Opening of the meeting.',
    '2. Tracing of seized firearms.',
    '3. Adoption of the report.',
    '',
    'II. Annotations',
    '',
    '1. Opening of the meeting',
    '',
    'The ninety-fourth meeting of the Working Group will be opened on 4 May 2096 at 10 a.m.',
    '',
    'In its resolution 96/2, the Conference requested the Working Group to examine the tracing of seized firearms and to present its findings to the Conference at its ninety-seventh session.',
    '',
    '2. Tracing of seized firearms',
    '',
    'For its consideration of the item, the Working Group will have before it a background paper prepared by the Secretariat (CTOC/COP/WG.6/2096/2).',
  ].join('\n');

  it('reads the annotations, not the agenda’s item numbers, as its paragraphs', () => {
    const x = extract(agenda);
    expect(x.warnings.join(' ')).not.toMatch(/does not continue the paragraph numbering/u);
    const said = statements(agenda);
    expect(said).toContain('GOVERNS resolution/96/2 > body/wg-firearms: requested');
    expect(said).toContain(
      'GOVERNS resolution/96/2 > body/wg-firearms: requested to present its results at the 97th session',
    );
  });

  it('sends what the group "will have before it" to the meeting it heads', () => {
    expect(statements(agenda)).toContain(
      'SUBMITTED_TO CTOC/COP/WG.6/2096/2 > meeting/wg-firearms/94: ',
    );
  });
});

describe('the Conference’s annotated agenda and its "Documentation" lists', () => {
  const agenda = [
    ...UNTOC_MASTHEAD('CTOC/COP/2096/1', '1 July 2096'),
    'Ninety-sixth session',
    'Vienna, 12–16 October 2096',
    '',
    'Annotated provisional agenda',
    '',
    'Provisional agenda',
    '',
    '1. Opening of the session.',
    '2. Reports of the working groups.',
    '',
    'Annotations',
    '',
    '2. Reports of the working groups',
    '',
    'The Working Group on Firearms held its ninety-third meeting in Vienna on 2 and 3 May 2096.',
    '',
    'Documentation',
    '',
    'Note by the Secretariat on the work of the subsidiary bodies (CTOC/COP/2096/3)',
    '',
    'Report on the ninety-third meeting of the Working Group on Firearms (CTOC/COP/WG.6/2096/4)',
  ].join('\n');

  it('sends each listed document to the session the agenda is of', () => {
    const said = statements(agenda);
    expect(said).toContain('SUBMITTED_TO CTOC/COP/2096/3 > session/96: ');
    expect(said).toContain('SUBMITTED_TO CTOC/COP/WG.6/2096/4 > session/96: ');
  });

  it('says which meeting produced a listed report', () => {
    expect(statements(agenda)).toContain(
      'PRODUCES meeting/wg-firearms/93 > CTOC/COP/WG.6/2096/4: ',
    );
  });
});

describe('web pages with tables', () => {
  const read = async (body: string) =>
    extractFile(
      Buffer.from(`<html><body><nav>Home | Treaties</nav><main>${body}</main></body></html>`),
      'page.html',
    );
  const said = async (body: string) =>
    (await read(body)).relations.map((r) => `${r.type} ${r.from} > ${r.to}: ${r.action ?? ''}`);

  it('reads a session’s texts "listed in the table below", without the languages’ letters', async () => {
    const x = await read(
      [
        '<h1>Ninety-sixth session of the Conference of the Parties</h1>',
        '<p>At its ninety-sixth session, held in Vienna from 12 to 16 October 2096, the Conference of the Parties adopted the resolutions listed in the table below.</p>',
        '<table><tr><th>Text</th><th>Title</th><th>Languages</th></tr>',
        '<tr><td>Resolution 96/1</td><td>Countering trafficking in firearms under the Firearms Protocol</td><td>A C E F R S</td></tr>',
        '<tr><td>Resolution 96/2</td><td>Further steps in the review process</td><td>A C E F R S</td></tr></table>',
      ].join(''),
    );
    const s = x.relations.map((r) => `${r.type} ${r.from} > ${r.to}`);
    expect(s).toContain('ADOPTED_AT resolution/96/1 > session/96');
    expect(s).toContain('ADOPTED_AT resolution/96/2 > session/96');
    expect(s).toContain('CONCERNS resolution/96/1 > instrument/firearms-protocol');
  });

  it('reads a body’s page: its past meetings with their reports, the documents of the next', async () => {
    const s = await said(
      [
        '<h1>Working Group on Trafficking in Persons</h1>',
        '<p>The next meeting of the Working Group will take place in Vienna from 6 to 8 July 2096.</p>',
        '<h2>Documents of the meeting</h2>',
        '<table><tr><td>Provisional agenda and annotations</td><td>CTOC/COP/WG.4/2096/1</td></tr>',
        '<tr><td>Victims’ access to remedies: background paper prepared by the Secretariat</td><td>CTOC/COP/WG.4/2096/2</td></tr></table>',
        '<h2>Past meetings</h2>',
        '<table><tr><th>Meeting</th><th>Dates</th><th>Report</th></tr>',
        '<tr><td>Ninety-first meeting</td><td>3–5 July 2095</td><td>CTOC/COP/WG.4/2095/4</td></tr></table>',
      ].join(''),
    );
    expect(s).toContain(
      'SUBMITTED_TO CTOC/COP/WG.4/2096/1 > meeting/wg-trafficking-in-persons/2096-07-06: ',
    );
    expect(s).toContain(
      'SUBMITTED_TO CTOC/COP/WG.4/2096/2 > meeting/wg-trafficking-in-persons/2096-07-06: ',
    );
    expect(s).toContain(
      'HOLDS body/wg-trafficking-in-persons > meeting/wg-trafficking-in-persons/91: ',
    );
    expect(s).toContain('PRODUCES meeting/wg-trafficking-in-persons/91 > CTOC/COP/WG.4/2095/4: ');
  });
});

describe('several groups spoken of at once', () => {
  const text = (paragraphs: string[]) =>
    [
      'Decision 96/6',
      'Joint meetings',
      CONFERENCE_EN,
      'Recalling its decisions 2/6 and 3/2,',
      ...paragraphs.map((p, i) => `${String(i + 1)}. ${p}`),
    ].join('\n\n');

  it('"requests the Secretariat to convene those joint sessions" asks for both groups’ meetings', () => {
    const said = statements(
      text([
        'Decides that the Working Group on International Cooperation and the Working Group of Government Experts on Technical Assistance shall meet jointly, and requests the Secretariat to convene those joint sessions in Vienna;',
      ]),
    );
    expect(said).toContain(
      'GOVERNS decision/96/6 > body/wg-international-cooperation: requested to convene',
    );
    expect(said).toContain(
      'GOVERNS decision/96/6 > body/wg-technical-assistance: requested to convene',
    );
    expect(said).not.toContain('GOVERNS decision/96/6 > body/unodc: requested');
  });

  it('"both working groups" two paragraphs after each was named', () => {
    const said = statements(
      text([
        'Requests the Working Group on Firearms to study tracing;',
        'Invites the Working Group on Trafficking in Persons to study remedies;',
        'Requests both working groups to present the results of their work to the Conference at its ninety-seventh session.',
      ]),
    );
    const results = 'requested to present its results at the 97th session';
    expect(said).toContain(`GOVERNS decision/96/6 > body/wg-firearms: ${results}`);
    expect(said).toContain(`GOVERNS decision/96/6 > body/wg-trafficking-in-persons: ${results}`);
  });

  it('"the Working Group on X and the Working Group": the one named and the one spoken of', () => {
    const said = statements(
      [
        ...UNTOC_MASTHEAD('CTOC/COP/WG.2/2096/2', '1 March 2096'),
        'Working Group of Government Experts on Technical Assistance',
        'Vienna, 25–27 May 2096',
        '',
        'Background paper prepared by the Secretariat',
        '',
        '1. In its resolution 7/1, the Conference urged the Working Group on International Cooperation and the Working Group to consider meeting annually.',
        '',
        '2. In its resolution 96/4, the Conference requested the Working Group to study electronic evidence.',
      ].join('\n'),
    );
    const urged = 'urged to consider meeting annually';
    expect(said).toContain(`GOVERNS resolution/7/1 > body/wg-international-cooperation: ${urged}`);
    expect(said).toContain(`GOVERNS resolution/7/1 > body/wg-technical-assistance: ${urged}`);
    // Still the paper's own group, not the one named beside it.
    expect(said).toContain('GOVERNS resolution/96/4 > body/wg-technical-assistance: requested');
    expect(said).not.toContain(
      'GOVERNS resolution/96/4 > body/wg-international-cooperation: requested',
    );
  });
});

describe('preambles and requests', () => {
  const resolution = (preamble: string[], operative: string[]) =>
    [
      'Resolution 96/3',
      'Firearms',
      CONFERENCE_EN,
      ...preamble,
      ...operative.map((p, i) => `${String(i + 1)}. ${p}`),
    ].join('\n\n');

  it('reads each text of a chain with its own clause', () => {
    const said = statements(
      resolution(
        [
          'Recalling its resolution 5/4, by which it established the Working Group on Firearms, and its resolution 7/1, in which it made that Working Group a constant element of the Conference,',
        ],
        ['Decides that the Working Group shall meet once a year;'],
      ),
    );
    expect(said).toContain('CREATES resolution/5/4 > body/wg-firearms: established');
    expect(said).toContain('GOVERNS resolution/7/1 > body/wg-firearms: made a constant element');
    expect(said).not.toContain(
      'CREATES resolution/5/4 > body/wg-firearms: established as a constant element',
    );
  });

  it('asks the one right after the verb, not the Secretariat its task names', () => {
    expect(
      statements(
        resolution(
          [],
          [
            'Encourages States parties to share, through the Secretariat, information on seized firearms;',
          ],
        ),
      ),
    ).not.toContain('GOVERNS resolution/96/3 > body/unodc: requested');
  });

  it('"requests for assistance" in a preamble is no request left unread', () => {
    const x = extract(
      resolution(
        ['Mindful that requests for mutual legal assistance continue to grow,'],
        ['Decides that the Working Group on Firearms shall meet once a year;'],
      ),
    );
    expect(silentSentences(x)).toEqual([]);
  });

  it('"to continue … and to present its conclusions" is two requests', () => {
    const said = statements(
      resolution(
        [],
        [
          'Requests the Working Group on Firearms to continue its analytical work on the basis of the country replies and to present its conclusions to the Conference at its ninety-seventh session.',
        ],
      ),
    );
    expect(said).toContain('GOVERNS resolution/96/3 > body/wg-firearms: requested');
    expect(said).toContain(
      'GOVERNS resolution/96/3 > body/wg-firearms: requested to present its results at the 97th session',
    );
  });

  it('"Adopted at the 6th plenary meeting of the ninety-sixth session" under the title', () => {
    const said = statements(
      [
        'Decision 96/7',
        'Venue of the meetings',
        'Adopted at the 6th plenary meeting of the ninety-sixth session of the Conference, on 15 October 2096',
        `${CONFERENCE_EN.slice(0, -1)} decides that the Working Group on Firearms shall meet in Vienna.`,
      ].join('\n\n'),
    );
    expect(said).toContain('ADOPTED_AT decision/96/7 > session/96: ');
  });
});

describe('a group’s sessions beside the Conference’s', () => {
  it('pairs an elliptical ordinal with its own dates (", а пятьдесят четвертая – там же …")', () => {
    const note = [
      'Организация Объединенных Наций                              CAC/COSP/2096/5',
      'Конференция государств – участников Конвенции               Distr.: General',
      'Организации Объединенных Наций против коррупции             1 October 2096',
      '',
      'Девяносто шестая сессия',
      '',
      'Записка Секретариата',
      '',
      '1. Пятьдесят третья сессия Группы по обзору хода осуществления прошла в Вене 3–7 июня 2095 года, а пятьдесят четвертая – там же 8–12 июня 2096 года.',
    ].join('\n');
    const x = extract(note);
    expect(x.meetings.map((m) => `${m.id} ${m.startDate ?? ''}`)).toEqual(
      expect.arrayContaining([
        'uncac/meeting/implementation-review-group/53 2095-06-03',
        'uncac/meeting/implementation-review-group/54 2096-06-08',
      ]),
    );
  });

  it('"the report of the Implementation Review Group on its fifty-fourth session" is the group’s', () => {
    const said = statements(
      [
        'United Nations                                              CAC/COSP/2096/6',
        '',
        'Conference of the States Parties to the                     Distr.: General',
        'United Nations Convention against Corruption                1 October 2096',
        '',
        'Ninety-sixth session',
        'Vienna, 12–16 December 2096',
        'Item 3 of the provisional agenda',
        '',
        'Note by the Secretariat',
        '',
        '1. The Implementation Review Group held its fifty-fourth session in Vienna from 8 to 12 June 2096.',
        '',
        '2. The Conference will have before it the report of the Implementation Review Group on its fifty-fourth session (CAC/COSP/IRG/2096/8).',
      ].join('\n'),
    );
    expect(said).toContain(
      'PRODUCES uncac/meeting/implementation-review-group/54 > CAC/COSP/IRG/2096/8: ',
    );
    expect(said).toContain('SUBMITTED_TO CAC/COSP/IRG/2096/8 > uncac/session/96: ');
    expect(said.filter((s) => s.includes('uncac/session/54'))).toEqual([]);
  });

  it('"После … сессии Конференции Группа провела свою …" and the report "о работе … сессии"', () => {
    const said = statements(
      [
        'Организация Объединенных Наций                              CAC/COSP/2096/7',
        'Конференция государств – участников Конвенции               Distr.: General',
        'Организации Объединенных Наций против коррупции             1 October 2096',
        '',
        'Девяносто шестая сессия',
        'Вена, 12–16 декабря 2096 года',
        'Пункт 3 предварительной повестки дня',
        '',
        'Записка Секретариата',
        '',
        '1. После девяносто пятой сессии Конференции Группа по обзору хода осуществления провела свою пятьдесят пятую сессию в Вене 1–5 июня 2096 года. Доклад о работе пятьдесят пятой сессии (CAC/COSP/IRG/2096/9) представлен Конференции на ее нынешней сессии.',
      ].join('\n'),
    );
    expect(said).toContain(
      'HOLDS uncac/body/implementation-review-group > uncac/meeting/implementation-review-group/55: ',
    );
    expect(said).toContain(
      'PRODUCES uncac/meeting/implementation-review-group/55 > CAC/COSP/IRG/2096/9: ',
    );
    expect(said).toContain('SUBMITTED_TO CAC/COSP/IRG/2096/9 > uncac/session/96: ');
  });

  it('a group’s agenda headed "Fifty-sixth session" is no paper for the Conference’s session', () => {
    const said = statements(
      [
        'United Nations                                          CAC/COSP/IRG/2096/1',
        '',
        'Conference of the States Parties to the                 Distr.: General',
        'United Nations Convention against Corruption            1 March 2096',
        '',
        'Implementation Review Group',
        'Fifty-sixth session',
        'Vienna, 1–5 June 2096',
        '',
        'Annotated provisional agenda',
        '',
        'Provisional agenda',
        '',
        '1. Review of implementation.',
        '',
        'Annotations',
        '',
        '1. Review of implementation',
        '',
        'For its consideration of the item, the Group will have before it a thematic report prepared by the Secretariat (CAC/COSP/IRG/2096/2).',
      ].join('\n'),
    );
    expect(said).toContain(
      'SUBMITTED_TO CAC/COSP/IRG/2096/2 > uncac/meeting/implementation-review-group/56: ',
    );
    expect(said.filter((s) => s.includes('uncac/session/56'))).toEqual([]);
    expect(said.filter((s) => s.startsWith('PRODUCES'))).toEqual([]);
  });
});

describe('names read whole', () => {
  it('"… on its eighty-third session" after a group’s name is no second group', () => {
    const x = extract(
      [
        ...UNTOC_MASTHEAD('CTOC/COP/2096/8', '1 July 2096'),
        'Ninety-sixth session',
        '',
        'Note by the Secretariat',
        '',
        '1. The Conference will have before it the report of the Working Group on International Cooperation on its ninety-third session (CTOC/COP/WG.3/2096/4).',
      ].join('\n'),
    );
    expect(x.unmatched.filter((u) => u.kind === 'body')).toEqual([]);
  });
});

describe('a note’s own tables and sentences of several parts', () => {
  const note = (paragraphs: string[]) =>
    [
      ...UNTOC_MASTHEAD('CTOC/COP/2096/9', '10 August 2096'),
      'Ninety-sixth session',
      'Vienna, 12–16 October 2096',
      'Item 2 of the provisional agenda',
      '',
      'Note by the Secretariat',
      '',
      ...paragraphs,
    ].join('\n');

  it('reads a plain-text table of a group’s meetings, each row its meeting and report', () => {
    const text = note([
      '1. The table below lists the meetings of the expert group and the reports on them.',
      '',
      '   Meeting            Dates (Vienna)                    Report',
      '   ----------------------------------------------------------------',
      '   Ninety-first       16–18 November 2095               CTOC/COP/WG.10/2095/5',
      '   Ninety-second      6–8 September 2096 (scheduled)    CTOC/COP/WG.10/2096/3',
      '',
      '2. Both reports will be before the Conference at its ninety-sixth session.',
    ]);
    const x = extract(text);
    expect(x.meetings.map((m) => `${m.id} ${m.status}`)).toEqual(
      expect.arrayContaining([
        'meeting/review-expert-group/91 HELD',
        'meeting/review-expert-group/92 PLANNED',
      ]),
    );
    const said = statements(text);
    expect(said).toContain('PRODUCES meeting/review-expert-group/92 > CTOC/COP/WG.10/2096/3: ');
    expect(said).toContain('SUBMITTED_TO CTOC/COP/WG.10/2095/5 > session/96: ');
  });

  it('reads each part between semicolons for the text it names', () => {
    const said = statements(
      note([
        '1. Decision 4/4 provided for the establishment of an open-ended interim working group on trafficking in persons; by resolution 7/1, that working group was made a constant element of the Conference.',
      ]),
    );
    expect(said).toContain('CREATES decision/4/4 > body/wg-trafficking-in-persons: established');
    expect(said).toContain(
      'GOVERNS resolution/7/1 > body/wg-trafficking-in-persons: made a constant element',
    );
  });

  it('says what the text that set a group up concerns, from the clause between commas', () => {
    expect(
      statements(
        note([
          '1. The Working Group on Firearms, which the Conference set up in its resolution 5/4 to advise it with regard to the Firearms Protocol, meets each year.',
        ]),
      ),
    ).toContain('CONCERNS resolution/5/4 > instrument/firearms-protocol: ');
  });

  it('"the report on that meeting" after a new meeting is not the earlier reports', () => {
    const said = statements(
      note([
        '1. The Working Group on Firearms held its ninety-first meeting in Vienna on 2 and 3 May 2096. The report on that meeting (CTOC/COP/WG.6/2096/4) is before the Conference at its ninety-sixth session.',
        '',
        '2. The expert group is expected to hold its ninety-third meeting in Vienna from 16 to 18 November 2096. The report on that meeting will be submitted to the Conference at its ninety-seventh session.',
      ]),
    );
    expect(said).toContain('HOLDS body/review-expert-group > meeting/review-expert-group/93: ');
    expect(said).not.toContain('SUBMITTED_TO CTOC/COP/WG.6/2096/4 > session/97: ');
  });

  it('"at their ninety-first sessions" is each group’s own meeting', () => {
    const said = statements(
      note([
        '1. The Working Group on International Cooperation and the Working Group of Government Experts on Technical Assistance continued their work at their ninety-first sessions, held in Vienna in May 2096.',
      ]),
    );
    expect(said).toContain(
      'HOLDS body/wg-international-cooperation > meeting/wg-international-cooperation/91: ',
    );
    expect(said).toContain(
      'HOLDS body/wg-technical-assistance > meeting/wg-technical-assistance/91: ',
    );
  });

  it('"Decision 93/6 provides that the two groups …" decides about both', () => {
    const said = statements(
      note([
        '1. The Working Group on Firearms met in May 2096. The Working Group on Trafficking in Persons met in July 2096.',
        '',
        '2. Decision 96/6 provides that the two groups hold their meetings back to back.',
      ]),
    );
    expect(said).toContain('GOVERNS decision/96/6 > body/wg-firearms: decided');
    expect(said).toContain('GOVERNS decision/96/6 > body/wg-trafficking-in-persons: decided');
  });

  it('"…, созданная в соответствии с той же резолюцией, …" is the text named last', () => {
    const said = statements(
      [
        'Организация Объединенных Наций                              CTOC/COP/2096/10',
        '',
        'Девяносто шестая сессия',
        'Вена, 12–16 октября 2096 года',
        'Пункт 2 предварительной повестки дня',
        '',
        'Записка Секретариата',
        '',
        '1. В резолюции 9/1 Конференция учредила Механизм обзора хода осуществления.',
        '',
        '2. Межправительственная группа экспертов открытого состава, созданная в соответствии с той же резолюцией, провела свое девяносто первое совещание в Вене 2–4 ноября 2095 года.',
      ].join('\n'),
    );
    expect(said).toContain('CREATES resolution/9/1 > body/review-expert-group: established');
  });
});

describe('texts pasted from a PDF', () => {
  it('sets apart an adopted line run on after the title, and drops the running head', async () => {
    const pasted = [
      'CTOC/COP/2096/13',
      'Resolution 96/8',
      'Strengthening the work on firearms',
      'At its ninety-sixth session, the Conference of the Parties',
      'adopted the following resolution:',
      'The Conference of the Parties to the United Nations Convention ag-',
      'ainst Transnational Organized Crime,',
      'Taking note of the report on the ninety-first meeting of the Working',
      'Group on Firearms (CTOC/COP/WG.6/2096/4),',
      '1. Decides that the Working Group on Firearms, established pursuant',
      'to resolution 5/4, shall continue its work on the tracing of seized',
      '7',
      'V.96-01234',
      'CTOC/COP/2096/13',
      'firearms and shall meet once a year;',
      '2. Requests the Secretariat to convene the meetings of the Working',
      'Group within existing resources.',
    ].join('\n');
    // As an upload reads it (extractFile rebuilds a pasted text's layout).
    const x = await extractFile(Buffer.from(pasted), 'pasted.txt');
    const said = x.relations.map((r) => `${r.type} ${r.from} > ${r.to}: ${r.action ?? ''}`);
    expect(said).toContain('ADOPTED_AT resolution/96/8 > session/96: ');
    expect(x.meta.title?.value).toBe('Strengthening the work on firearms');
    expect(said).toContain('CREATES resolution/5/4 > body/wg-firearms: established');
    // The preamble's report was produced by the meeting it names.
    expect(said).toContain('PRODUCES meeting/wg-firearms/91 > CTOC/COP/WG.6/2096/4: ');
    expect(x.text.map((b) => b.text).join(' ')).not.toMatch(/seized\s+CTOC\/COP\/2096\/13/u);
  });
});

describe('what real documents showed (openings tried from the pages corpus, in /tmp only)', () => {
  it('reads a note copied as one long line, its masthead and paragraphs set apart again', async () => {
    const blob = [
      'United Nations CTOC/COP/2096/16 Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
      'Distr.: General 22 August 2096 Original: English V.96-56072 (E) 090996 100996 *9656072*',
      'Ninety-sixth session Vienna, 12-16 October 2096 Item 3 of the provisional agenda * Technical assistance',
      'Note by the Secretariat I. Introduction',
      '1. By decision 2/6 adopted at its second session, the Conference established an open-ended interim working group to advise and assist it in the implementation of its mandate on technical assistance.',
      '2. The Working Group met in Vienna from 3 to 5 October 2095 and adopted recommendations on priorities for the coming years.',
      '3. The present note summarizes the work done since then by the Secretariat in the priority areas identified by the Working Group.',
      '4. In the first area, the Secretariat drafted model provisions and commentary for legislative drafters, and held regional workshops on their use in three regions.',
      '5. In the second area, it trained central authorities in the preparation of requests for mutual legal assistance, and published a directory of those authorities.',
      '6. In the third area, it supported the collection of data on cases and prosecutions, and helped two States build national databases on organized crime.',
      '7. The Conference may wish to give guidance on the priorities for the coming two years and on the resources needed to carry out the work described above.',
    ].join(' ');
    const x = await extractFile(Buffer.from(blob), 'blob.txt');
    expect(x.documentId).toBe('CTOC/COP/2096/16');
    const said = x.relations.map((r) => `${r.type} ${r.from} > ${r.to}: ${r.action ?? ''}`);
    expect(said).toContain('CREATES decision/2/6 > body/wg-technical-assistance: established');
    expect(said).toContain('SUBMITTED_TO CTOC/COP/2096/16 > session/96: ');
    expect(said).toContain(
      'HOLDS body/wg-technical-assistance > meeting/wg-technical-assistance/2095-10-03: ',
    );
  });

  it('lists the texts under "Decisions taken by the Conference"', () => {
    const said = statements(
      [
        ...UNTOC_MASTHEAD('CTOC/COP/2096/19', '1 December 2096'),
        'Report of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime on its ninety-sixth session, held in Vienna from 12 to 16 October 2096',
        '',
        'I. Decisions taken by the Conference',
        '',
        '1. At its ninety-sixth session, the Conference adopted the following decisions:',
        '',
        '96/1. Possible mechanisms to review implementation of the United Nations Convention against Transnational Organized Crime',
        '',
        '96/2. Firearms',
      ].join('\n'),
    );
    expect(said).toContain('ADOPTED_AT decision/96/1 > session/96: ');
    expect(said).toContain('CONCERNS decision/96/1 > instrument/untoc: ');
  });

  it('"the future of the working group at its sixth session" is the Conference’s session', () => {
    const x = extract(
      [
        'United Nations                                          CTOC/COP/WG.4/2096/6',
        '',
        'Report on the meeting of the Working Group on Trafficking in Persons held in Vienna from 27 to 29 January 2096',
        '',
        '1. In its decision 4/4, the Conference decided that it would review and take a decision on the effectiveness and future of the working group at its sixth session.',
      ].join('\n'),
    );
    expect(x.meetings.map((m) => m.id)).toEqual(['meeting/wg-trafficking-in-persons/2096-01-27']);
  });
});

describe('a session page one of whose texts breaks off', () => {
  it('keeps the list and the whole texts, and says which text was not read', async () => {
    const x = await extractFile(
      Buffer.from(
        [
          '<html><body><main>',
          '<p>At its ninety-sixth session, held in Vienna from 12 to 16 October 2096, the Conference of the Parties to the United Nations Convention against Transnational Organized Crime adopted the following decisions:</p>',
          '<p>Decision 96/1 Rules of procedure</p><p>Decision 96/2 Firearms</p>',
          '<p>Decision 96/1</p><p>Rules of procedure</p>',
          '<p>The Conference of the Parties to the United Nations Convention against Transnational Organized Crime adopts its rules of procedure as amended.</p>',
          '<p>Decision 96/2</p><p>Firearms</p>',
          '<p>The Conference of the Parties to the United Nations Convention against Transnational Organized Crime:</p>',
          '</main></body></html>',
        ].join(''),
      ),
      'page.html',
    );
    const said = x.relations.map((r) => `${r.type} ${r.from} > ${r.to}`);
    expect(said).toContain('ADOPTED_AT decision/96/1 > session/96');
    expect(said).toContain('ADOPTED_AT decision/96/2 > session/96');
    expect(x.warnings.join(' ')).toMatch(/96\/2: its text is kept, not read/u);
  });
});

describe('a head that cannot mean the body spoken of', () => {
  it('"the Working Group" on the Implementation Review Group’s page is another group', () => {
    const said = statements(
      [
        'United Nations                                              CAC/COSP/2096/11',
        '',
        'Conference of the States Parties to the                     Distr.: General',
        'United Nations Convention against Corruption                1 October 2096',
        '',
        'Ninety-sixth session',
        'Vienna, 12–16 December 2096',
        'Item 3 of the provisional agenda',
        '',
        'Note by the Secretariat',
        '',
        '1. The Implementation Review Group was established by the Conference through resolution 3/1.',
        '',
        '2. Established by Conference resolution 1/5, the Working Group was in operation from 2007 to 2009 and advised the Conference on technical assistance.',
      ].join('\n'),
    );
    expect(said).toContain(
      'CREATES uncac/resolution/3/1 > uncac/body/implementation-review-group: established',
    );
    expect(said).not.toContain(
      'CREATES uncac/resolution/1/5 > uncac/body/implementation-review-group: established',
    );
  });
});

describe('a heading run on into its paragraph', () => {
  it('"II. Recommendations adopted by the Working Group 2. The Working Group …" is read', async () => {
    const text = [
      'United Nations                                          CTOC/COP/WG.4/2096/6',
      '',
      'Report on the meeting of the Working Group on Trafficking in Persons held in Vienna from 27 to 29 January 2096',
      '',
      'I. Introduction 1. The Working Group met in Vienna from 27 to 29 January 2096 and heard statements from many States parties.',
      '',
      'II. Recommendations adopted by the Working Group 2. The Working Group on Trafficking in Persons, established pursuant to decision 4/4, adopted the recommendations below for the Conference at its ninety-sixth session, as set out in paragraph 2. The rest follows.',
    ].join('\n');
    const x = await extractFile(Buffer.from(text), 'report.txt');
    const said = x.relations.map((r) => `${r.type} ${r.from} > ${r.to}: ${r.action ?? ''}`);
    expect(said).toContain('CREATES decision/4/4 > body/wg-trafficking-in-persons: established');
    expect(x.text.filter((b) => b.context === 'PARAGRAPH').map((b) => b.number)).toEqual([1, 2]);
  });
});

describe('ordinals past one hundred', () => {
  it('reads "one hundred and third", "сто двадцать первое", "102nd", "сотое"', async () => {
    const { findOrdinals } = await import('../../server/src/ingest/lexicon/ordinals.js');
    const read = (t: string) => findOrdinals(t).map((o) => `${String(o.value)} ${o.noun ?? ''}`);
    expect(read('its one hundred and third session')).toEqual(['103 session']);
    expect(read('на его сто двадцать первом совещании')).toEqual(['121 meeting']);
    expect(read('the 102nd meeting')).toEqual(['102 meeting']);
    expect(read('сотое совещание')).toEqual(['100 meeting']);
    expect(read('the twenty-first session')).toEqual(['21 session']);
    // No ordinal inside a word that starts like one.
    expect(read('по международному сотрудничеству')).toEqual([]);
  });
});

describe('a Conference report’s documents and texts, more forms', () => {
  const report = [
    ...UNTOC_MASTHEAD('CTOC/COP/2096/20', '1 December 2096'),
    'Report of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime on its ninety-sixth session, held in Vienna from 12 to 16 October 2096',
    '',
    '1. At its ninety-sixth session, the Conference adopted the following resolution:',
    '',
    '96/3. Implementation of the Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, and the Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the United Nations Convention against Transnational Organized Crime',
    '',
    '2. In addition to the annotated provisional agenda (CTOC/COP/2096/1), the Conference had before it the following documents:',
    '',
    '(a) Note by the Secretariat on the work of the subsidiary bodies (CTOC/COP/2096/2);',
    '',
    '(b) Report of the Working Group on International Cooperation on its one hundred and second session (CTOC/COP/WG.3/2096/4).',
    '',
    '3. At its 6th plenary meeting, on 15 October 2096, the Conference adopted decision 96/5, by which it decided that the Working Group on Firearms would meet in June.',
  ].join('\n');

  it('sends the agenda named in the lead and each listed document to the session', () => {
    const said = statements(report);
    expect(said).toContain('SUBMITTED_TO CTOC/COP/2096/1 > session/96: ');
    expect(said).toContain('SUBMITTED_TO CTOC/COP/2096/2 > session/96: ');
    expect(said).toContain(
      'PRODUCES meeting/wg-international-cooperation/102 > CTOC/COP/WG.3/2096/4: ',
    );
  });

  it('reads "the Conference adopted decision 96/5" as adopted at the session', () => {
    const x = extract(report);
    const adopted = x.relations.find((r) => r.type === 'ADOPTED_AT' && r.from === 'decision/96/5');
    expect(adopted?.evidence.map((e) => e.quote).join(' ')).toMatch(/adopted decision 96\/5/u);
  });

  it('says each Protocol of a list "supplementing the Convention" supplements it', () => {
    const said = statements(report);
    expect(said).toContain(
      'SUPPLEMENTS instrument/trafficking-in-persons-protocol > instrument/untoc: ',
    );
    expect(said).toContain(
      'SUPPLEMENTS instrument/smuggling-of-migrants-protocol > instrument/untoc: ',
    );
  });
});

describe('a report on a numbered meeting, more forms', () => {
  const report = [
    'United Nations                                          CTOC/COP/WG.6/2096/4',
    '',
    'Report on the one hundred and first meeting of the Working Group on Firearms, held in Vienna on 4 and 5 June 2096',
    '',
    '1. The Working Group on Firearms, which was established pursuant to resolution 5/4 and which the Conference made a constant element of its work by resolution 7/1, met in Vienna on 4 and 5 June 2096.',
  ].join('\n');

  it('is read as a report though its ordinal runs to four words', () => {
    const x = extract(report);
    expect(x.genre).toBe('MEETING_REPORT');
    // "met in Vienna on 4 and 5 June" is the report's own meeting, known by its number.
    expect([...new Set(x.meetings.map((m) => m.id))]).toEqual(['meeting/wg-firearms/101']);
  });

  it('reads two relative clauses joined by "and which", each for its own text', () => {
    const said = statements(report);
    expect(said).toContain('CREATES resolution/5/4 > body/wg-firearms: established');
    expect(said).toContain('GOVERNS resolution/7/1 > body/wg-firearms: made a constant element');
  });
});

describe('a working group’s page, more forms', () => {
  it('takes no "Last updated:" line for its meeting, and reads ", and by its decision …" apart', async () => {
    const x = await extractFile(
      Buffer.from(
        [
          '<html><body><main><h1>Working Group on Firearms</h1><p>Last updated: 15 April 2096</p>',
          '<p>By its resolution 96/1, the Conference asked the Working Group to study the marking of firearms, and by its decision 96/5 it decided that each meeting of the Working Group should last three days.</p>',
          '<h2>One hundred and tenth meeting</h2>',
          '<p>The one hundred and tenth meeting of the Working Group will take place in Vienna on 3 and 4 June 2096.</p>',
          '<h2>Documents</h2><p>Annotated provisional agenda (CTOC/COP/WG.6/2096/1)</p>',
          '</main></body></html>',
        ].join(''),
      ),
      'page.html',
    );
    const said = x.relations.map((r) => `${r.type} ${r.from} > ${r.to}: ${r.action ?? ''}`);
    expect(x.meetings.map((m) => m.id)).toEqual(['meeting/wg-firearms/110']);
    expect(said).toContain('SUBMITTED_TO CTOC/COP/WG.6/2096/1 > meeting/wg-firearms/110: ');
    expect(said).toContain('GOVERNS resolution/96/1 > body/wg-firearms: requested');
    expect(said).toContain('GOVERNS decision/96/5 > body/wg-firearms: decided');
  });
});

describe('a body’s page with a section per meeting', () => {
  it('"Сто тринадцатое совещание (Вена, 14–16 июня 2096 года)" heads that meeting’s documents and report', async () => {
    const x = await extractFile(
      Buffer.from(
        [
          '<html><body><main><h1>Рабочая группа по незаконному ввозу мигрантов</h1>',
          '<p>Последнее обновление: 1 июля 2096 года</p>',
          '<p>Рабочая группа создана во исполнение резолюции 5/3 Конференции участников.</p>',
          '<h2>Сто тринадцатое совещание (Вена, 14–16 июня 2096 года)</h2>',
          '<p>Аннотированная предварительная повестка дня – CTOC/COP/WG.7/2096/1</p>',
          '<p>Доклад о работе совещания: CTOC/COP/WG.7/2096/4</p>',
          '<h2>Сто четырнадцатое совещание (Вена, 6–8 октября 2096 года)</h2>',
          '<p>Аннотированная предварительная повестка дня – CTOC/COP/WG.7/2096/5</p>',
          '</main></body></html>',
        ].join(''),
      ),
      'page.html',
    );
    const said = x.relations.map((r) => `${r.type} ${r.from} > ${r.to}`);
    expect(said).toContain(
      'SUBMITTED_TO CTOC/COP/WG.7/2096/1 > meeting/wg-smuggling-of-migrants/113',
    );
    expect(said).toContain('PRODUCES meeting/wg-smuggling-of-migrants/113 > CTOC/COP/WG.7/2096/4');
    expect(said).toContain(
      'SUBMITTED_TO CTOC/COP/WG.7/2096/5 > meeting/wg-smuggling-of-migrants/114',
    );
    expect(x.meetings.map((m) => `${m.id} ${m.status}`)).toEqual(
      expect.arrayContaining([
        'meeting/wg-smuggling-of-migrants/113 HELD',
        'meeting/wg-smuggling-of-migrants/114 PLANNED',
      ]),
    );
  });
});

describe('a Russian resolution as a report reproduces it', () => {
  const text = [
    'Конференция участников Конвенции Организации Объединенных Наций против транснациональной организованной преступности',
    'На своей девяносто шестой сессии, проходившей в Вене 12–16 октября 2096 года, Конференция приняла резолюцию 96/2 следующего содержания:',
    'Резолюция 96/2',
    'Механизм обзора',
    CONFERENCE_RU,
    'ссылаясь также на свое решение 95/4, в котором она просила межправительственную группу экспертов открытого состава, учрежденную в соответствии с резолюцией 9/1, продолжить рассмотрение вопросов обзора,',
    '1. просит группу экспертов представлять Конференции результаты своей работы;',
  ].join('\n\n');

  it('says where it was adopted, from the line above its title', () => {
    expect(statements(text)).toContain('ADOPTED_AT resolution/96/2 > session/96: ');
  });

  it('reads the creation inside a recalled text’s clause as its own text’s', () => {
    const said = statements(text);
    expect(said).toContain('CREATES resolution/9/1 > body/review-expert-group: established');
    expect(said).toContain('GOVERNS decision/95/4 > body/review-expert-group: requested');
    expect(said).not.toContain('CREATES decision/95/4 > body/review-expert-group: established');
  });

  it('"просит … представлять Конференции результаты" asks for results', () => {
    expect(statements(text)).toContain(
      'GOVERNS resolution/96/2 > body/review-expert-group: requested to present its results',
    );
  });

  it('«В распоряжении Рабочей группы имелись следующие документы:» sends them to its meeting', () => {
    const said = statements(
      [
        'Организация Объединенных Наций                        CTOC/COP/WG.7/2096/4',
        '',
        'Доклад о работе сто тринадцатого совещания Рабочей группы по незаконному ввозу мигрантов, проведенного в Вене 14–16 июня 2096 года',
        '',
        '1. Рабочая группа провела свое сто тринадцатое совещание в Вене 14–16 июня 2096 года.',
        '',
        '2. В распоряжении Рабочей группы имелись следующие документы:',
        '',
        'a) аннотированная предварительная повестка дня (CTOC/COP/WG.7/2096/1);',
        '',
        'b) справочный документ, подготовленный Секретариатом (CTOC/COP/WG.7/2096/2).',
      ].join('\n'),
    );
    expect(said).toContain(
      'SUBMITTED_TO CTOC/COP/WG.7/2096/1 > meeting/wg-smuggling-of-migrants/113: ',
    );
    expect(said).toContain(
      'SUBMITTED_TO CTOC/COP/WG.7/2096/2 > meeting/wg-smuggling-of-migrants/113: ',
    );
  });
});

describe('a Russian Conference report’s list of reports on meetings known by their dates', () => {
  it('«доклад о работе совещания …, проходившего в Вене 7–9 июля …» is that meeting’s, held', () => {
    const text = [
      'Организация Объединенных Наций                        CTOC/COP/2096/14',
      '',
      'Доклад Конференции участников Конвенции Организации Объединенных Наций против транснациональной организованной преступности о работе ее девяносто шестой сессии, проходившей в Вене 12–16 октября 2096 года',
      '',
      '1. Конференции были представлены следующие документы:',
      '',
      'a) доклад о работе совещания Рабочей группы по торговле людьми, проходившего в Вене 7–9 июля 2096 года (CTOC/COP/WG.4/2096/4).',
    ].join('\n');
    const x = extract(text);
    expect(x.meetings.map((m) => `${m.id} ${m.status}`)).toContain(
      'meeting/wg-trafficking-in-persons/2096-07-07 HELD',
    );
    expect(statements(text)).toContain(
      'PRODUCES meeting/wg-trafficking-in-persons/2096-07-07 > CTOC/COP/WG.4/2096/4: ',
    );
  });
});
