// Shapes a held-out set of documents (written by someone who never read the rules) was read
// wrongly in: a decision recalled "в котором она постановила …", several bodies asked in one
// list, "образовала", a listed title naming a Protocol, the review mechanism's name around the
// Convention, a report "before the Conference" and "the reports on both meetings".
import { describe, expect, it } from 'vitest';
import { CONFERENCE_EN, CONFERENCE_RU, extract, statements } from '../support/extract.js';
import { extractFile } from '../../server/src/ingest/extract.js';

/** A note of UNTOC's Conference: its masthead, the lines under it, then numbered paragraphs. */
const untocNote = (symbol: string, under: string[], paragraphs: string[], date = '3 August 2096') =>
  [
    `United Nations                                          ${symbol}`,
    'Conference of the Parties to the                        Distr.: General',
    `United Nations Convention against                       ${date}`,
    'Transnational Organized Crime',
    '',
    ...under.flatMap((l) => [l, '']),
    paragraphs.map((p, i) => `${String(i + 1)}. ${p}`).join('\n\n'),
  ].join('\n');

describe('a recalled decision that created a group, in Russian', () => {
  it('"ссылаясь на свое решение 4/4, в котором она постановила учредить …" is what 4/4 did', () => {
    const said = statements(
      [
        'Резолюция 96/4',
        'Работа группы',
        CONFERENCE_RU,
        'ссылаясь на свое решение 4/4, в котором она постановила учредить временную рабочую группу открытого состава по торговле людьми,',
        '1. постановляет, что Рабочая группа по торговле людьми продолжит свою работу;',
      ].join('\n\n'),
    );
    expect(said).toContain('CITES resolution/96/4 > decision/4/4: ');
    expect(said).toContain('CREATES decision/4/4 > body/wg-trafficking-in-persons: established');
    expect(said).not.toContain(
      'CREATES resolution/96/4 > body/wg-trafficking-in-persons: established',
    );
  });

  it('"образовала … рабочую группу" creates it', () => {
    const said = statements(
      [
        'Решение 96/9',
        'Техническая помощь',
        CONFERENCE_RU,
        '1. образует временную рабочую группу правительственных экспертов открытого состава по технической помощи.',
      ].join('\n\n'),
    );
    expect(said).toContain('CREATES decision/96/9 > body/wg-technical-assistance: established');
  });
});

describe('several bodies asked in one list', () => {
  it('"Invites the Working Group on X and the Working Group on Y to …" asks both', () => {
    const said = statements(
      [
        'Resolution 96/3',
        'Joint work',
        CONFERENCE_EN,
        'Recalling its resolution 7/1,',
        '1. Invites the Working Group on Firearms and the Working Group on Trafficking in Persons to exchange their findings on routes;',
      ].join('\n\n'),
    );
    expect(said).toContain('GOVERNS resolution/96/3 > body/wg-firearms: requested');
    expect(said).toContain('GOVERNS resolution/96/3 > body/wg-trafficking-in-persons: requested');
  });

  it('a body the task names after "with" is not asked', () => {
    const said = statements(
      [
        'Resolution 96/3',
        'Joint work',
        CONFERENCE_EN,
        '1. Requests the Working Group on Firearms to meet back to back with the Working Group on Trafficking in Persons;',
      ].join('\n\n'),
    );
    expect(said).toContain('GOVERNS resolution/96/3 > body/wg-firearms: requested');
    expect(said).not.toContain(
      'GOVERNS resolution/96/3 > body/wg-trafficking-in-persons: requested',
    );
  });
});

describe('what a title says a text concerns', () => {
  const page = (title: string) =>
    [
      '<html><body><nav>Home | Treaties</nav><main>',
      '<p>At its ninety-sixth session, held in Vienna from 12 to 16 October 2096, the Conference of the Parties to the United Nations Convention against Transnational Organized Crime adopted the resolutions listed below.</p>',
      `<ul><li>Resolution 96/2 ${title}</li><li>Resolution 96/4 Dates of the next session</li></ul>`,
      '</main><footer>Contact us</footer></body></html>',
    ].join('\n');

  it('a listed title naming a Protocol gives CONCERNS, cited by the list line', async () => {
    const x = await extractFile(
      new TextEncoder().encode(
        page(
          'Implementation of the Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition',
        ),
      ),
      'page.html',
    );
    const concerns = x.relations.find((r) => r.type === 'CONCERNS' && r.from === 'resolution/96/2');
    expect(concerns?.to).toBe('instrument/firearms-protocol');
    expect(concerns?.evidence[0]?.quote).toMatch(/^Resolution 96\/2 Implementation/);
    expect(
      x.relations.filter((r) => r.from === 'resolution/96/4' && r.type === 'CONCERNS'),
    ).toEqual([]);
  });

  it("the Convention inside the review mechanism's name is not what a UNCAC text concerns", () => {
    const said = statements(
      [
        'United Nations                                          CAC/COSP/IRG/2096/3',
        'Conference of the States Parties to the',
        'United Nations Convention against Corruption',
        '',
        'Report of the Implementation Review Group on its fiftieth session, held in Vienna from 2 to 4 June 2096',
        '',
        '1. By its resolution 3/1, the Conference adopted the terms of reference of the Mechanism for the Review of Implementation of the United Nations Convention against Corruption.',
      ].join('\n'),
    );
    expect(said.filter((s) => s.startsWith('CONCERNS'))).toEqual([]);
  });
});

describe('reports sent to the Conference without a symbol or a session in the sentence', () => {
  const note = (paragraphs: string[]) =>
    untocNote(
      'CTOC/COP/2096/4',
      ['Ninety-sixth session\nVienna, 12–16 October 2096', 'Note by the Secretariat'],
      paragraphs,
    );

  it('"…, which is before the Conference" goes to the session the note is for', () => {
    const said = statements(
      note([
        'The Working Group on Firearms held its fortieth meeting in Vienna from 4 to 6 May 2096.',
        'Its report (CTOC/COP/WG.6/2096/2), which is before the Conference, sets out its recommendations.',
      ]),
    );
    expect(said).toContain('SUBMITTED_TO CTOC/COP/WG.6/2096/2 > session/96: ');
  });

  it('"the reports on both meetings" are the two reports named before', () => {
    const said = statements(
      note([
        'The Working Group on Firearms held its fortieth and forty-first meetings in Vienna from 4 to 6 May 2095 and from 3 to 5 May 2096, respectively (reports CTOC/COP/WG.6/2095/2 and CTOC/COP/WG.6/2096/2, respectively).',
        'The reports on both meetings are submitted to the Conference at its ninety-sixth session.',
      ]),
    );
    expect(said).toContain('SUBMITTED_TO CTOC/COP/WG.6/2095/2 > session/96: ');
    expect(said).toContain('SUBMITTED_TO CTOC/COP/WG.6/2096/2 > session/96: ');
  });

  it('a report with no session anywhere is sent nowhere', () => {
    const said = statements(
      note([
        'The Working Group on Firearms held its fortieth meeting in Vienna from 4 to 6 May 2096.',
        'Its report (CTOC/COP/WG.6/2096/2) sets out its recommendations.',
      ]),
    );
    expect(said.filter((s) => s.startsWith('SUBMITTED_TO CTOC/COP/WG.6'))).toEqual([]);
  });
});

describe('a session page that lists its texts in a table under a heading', () => {
  it('reads each row as a listed text, the heading as the list’s lead', async () => {
    const html = [
      '<html><body><div id="top-bar"><ul class="lang-switch"><li>English</li><li>Français</li></ul></div>',
      '<div id="content"><h1>Девяносто шестая сессия Конференции участников</h1>',
      '<h2>Резолюции и решения, принятые Конференцией на ее девяносто шестой сессии</h2>',
      '<table><tr><td><a href="r1.pdf">Резолюция 96/1</a></td><td>Укрепление работы Рабочей группы по огнестрельному оружию</td></tr>',
      '<tr><td>Решение 96/2</td><td>Сроки проведения следующей сессии</td></tr></table>',
      '</div></body></html>',
    ].join('\n');
    const x = await extractFile(new TextEncoder().encode(html), 'page.html');
    const adopted = x.relations.filter((r) => r.type === 'ADOPTED_AT');
    expect(adopted.map((r) => `${r.from} > ${r.to}`)).toEqual([
      'resolution/96/1 > session/96',
      'decision/96/2 > session/96',
    ]);
    expect(adopted[0]?.evidence[0]?.quote).toBe(
      'Резолюция 96/1 Укрепление работы Рабочей группы по огнестрельному оружию',
    );
    expect(x.text.map((p) => p.text).join('\n')).not.toMatch(/Français/);
  });
});

describe('a Conference report whose contents print dot leaders and page numbers', () => {
  it('lists each text of the contents under its kind, quoted without the leader', () => {
    const x = extract(
      [
        'United Nations                                                CTOC/COP/2096/14',
        '',
        'Report of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime on its ninety-sixth session, held in Vienna from 8 to 12 October 2096',
        '',
        'Contents',
        '                                                                   Page',
        'I.   Resolutions and decisions adopted by the Conference ........  3',
        '     A. Resolutions .............................................  3',
        '        96/1. Firearms and their parts ..........................  3',
        '     B. Decision ................................................  7',
        '        96/2. Dates of the next session .........................  7',
        '',
        'II. Introduction',
        '',
        '1. The Conference held its ninety-sixth session in Vienna from 8 to 12 October 2096.',
      ].join('\n'),
    );
    const adopted = x.relations.filter((r) => r.type === 'ADOPTED_AT');
    expect(adopted.map((r) => `${r.from} ${r.evidence[0]?.quote ?? ''}`)).toEqual([
      'resolution/96/1 96/1. Firearms and their parts',
      'decision/96/2 96/2. Dates of the next session',
    ]);
  });
});

describe('a UNCAC note in Russian', () => {
  const note = [
    'Организация Объединенных Наций                              CAC/COSP/2096/4',
    'Конференция государств – участников Конвенции               Distr.: General',
    'Организации Объединенных Наций против коррупции             1 October 2096',
    '',
    'Девяносто шестая сессия',
    '',
    'Записка Секретариата',
    '',
    '1. Группа по обзору хода осуществления провела свою пятьдесят первую сессию в Вене 10–12 июня 2096 года, а ее пятьдесят вторую сессию планируется провести там же 2–4 сентября 2096 года.',
    '',
    '2. Доклады о работе этих сессий (CAC/COSP/IRG/2096/3 и CAC/COSP/IRG/2096/7 соответственно) будут представлены Конференции на ее девяносто шестой сессии.',
    '',
    '3. На девяносто пятой сессии Конференции участников Конвенции Организации Объединенных Наций против транснациональной организованной преступности эта Конференция постановила продолжить работу своих рабочих групп.',
  ].join('\n');

  it('names the Implementation Review Group the registry knows, not a proposal under its Russian words', () => {
    const said = statements(note);
    expect(said).toContain(
      'HOLDS uncac/body/implementation-review-group > uncac/meeting/implementation-review-group/51: ',
    );
    expect(extract(note).newBodies ?? []).toEqual([]);
  });

  it('pairs "доклады о работе этих сессий" with the sessions of the paragraph before', () => {
    const said = statements(note);
    expect(said).toContain(
      'PRODUCES uncac/meeting/implementation-review-group/51 > CAC/COSP/IRG/2096/3: ',
    );
    expect(said).toContain(
      'PRODUCES uncac/meeting/implementation-review-group/52 > CAC/COSP/IRG/2096/7: ',
    );
  });

  it('lists what another conference decided, states nothing of it', () => {
    const x = extract(note);
    expect(x.unmatched.map((u) => u.paragraph)).toContain(3);
    expect(x.relations.filter((r) => r.evidence.some((e) => e.paragraph === 3))).toEqual([]);
  });
});

describe('a resolution on a Protocol', () => {
  const text = [
    'Resolution 96/5',
    'Implementation of the Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the United Nations Convention against Transnational Organized Crime',
    CONFERENCE_EN,
    'Bearing in mind that, in its resolution 7/1, it decided that the Working Group on the Smuggling of Migrants would be a constant element of the Conference,',
    'Mindful that the Protocol against the Smuggling of Migrants by Land, Sea and Air, supplementing the Convention, is the main instrument in this field,',
    '1. Invites the Working Group on the Smuggling of Migrants to meet once a year.',
  ].join('\n\n');

  it('says the Protocol supplements the Convention, and cites or concerns only the Protocol', () => {
    const said = statements(text);
    expect(said).toContain(
      'SUPPLEMENTS instrument/smuggling-of-migrants-protocol > instrument/untoc: ',
    );
    expect(said).toContain(
      'CONCERNS resolution/96/5 > instrument/smuggling-of-migrants-protocol: ',
    );
    expect(said).toContain('CITES resolution/96/5 > instrument/smuggling-of-migrants-protocol: ');
    expect(
      said.filter((s) => s.endsWith('> instrument/untoc: ') && !s.startsWith('SUPPLEMENTS')),
    ).toEqual([]);
  });

  it('reads "in its resolution 7/1, it decided that …" in the preamble as what 7/1 did', () => {
    expect(statements(text)).toContain(
      'GOVERNS resolution/7/1 > body/wg-smuggling-of-migrants: made a constant element',
    );
  });
});

describe('a constant element made by the text that created the group', () => {
  it('decision 3/2 "decided that an open-ended working group … would be a constant element" created it', () => {
    const said = statements(
      [
        'Resolution 96/6',
        'International cooperation',
        CONFERENCE_EN,
        'Recalling its decision 3/2, by which it decided that an open-ended working group on international cooperation would be a constant element of the Conference,',
        '1. Requests the Working Group on International Cooperation to meet in 2097.',
      ].join('\n\n'),
    );
    expect(said).toContain(
      'CREATES decision/3/2 > body/wg-international-cooperation: established as a constant element',
    );
  });

  it('resolution 7/1 making the Firearms group a constant element did not create it', () => {
    const said = statements(
      [
        'Resolution 96/6',
        'Firearms',
        CONFERENCE_EN,
        'Recalling its resolution 7/1, by which it decided that the Working Group on Firearms would be a constant element of the Conference,',
        '1. Requests the Working Group on Firearms to meet in 2097.',
      ].join('\n\n'),
    );
    expect(said).toContain('GOVERNS resolution/7/1 > body/wg-firearms: made a constant element');
  });
});

describe('a decision of one sentence that opens with the meeting that took it', () => {
  const text = [
    'Decision 96/8',
    'Meetings of the Working Group on International Cooperation',
    'At its 7th meeting, on 14 October 2096, the Conference of the Parties to the United Nations Convention against Transnational Organized Crime, recalling its decision 3/2, by which it had decided that an open-ended working group on international cooperation would be a constant element of the Conference, agreed that the Working Group on International Cooperation shall meet twice before its next session, back to back with the Working Group of Government Experts on Technical Assistance.',
  ].join('\n\n');

  it('is read as the text of the decision, citing what it recalls', () => {
    const x = extract(text);
    expect(x.documentId).toBe('document/decision-96-8');
    expect(statements(text)).toContain('CITES decision/96/8 > decision/3/2: ');
  });

  it('gives the recalled decision what it did and the decision its own clause, about the body after its verb', () => {
    const said = statements(text);
    expect(said).toContain(
      'CREATES decision/3/2 > body/wg-international-cooperation: established as a constant element',
    );
    expect(said).toContain('GOVERNS decision/96/8 > body/wg-international-cooperation: decided');
    expect(said.filter((s) => s.includes('wg-technical-assistance'))).toEqual([]);
  });
});

describe('a list of texts that did things "respectively"', () => {
  it('pairs each text of the list with its own body', () => {
    const said = statements(
      [
        'Resolution 96/9',
        'Technical assistance and international cooperation',
        CONFERENCE_EN,
        'Recalling its decisions 2/6 and 3/2, by which it established, respectively, an open-ended interim working group of government experts on technical assistance and an open-ended working group on international cooperation as a constant element of the Conference,',
        '1. Invites both working groups to meet back to back.',
      ].join('\n\n'),
    );
    expect(said).toContain('CREATES decision/2/6 > body/wg-technical-assistance: established');
    expect(said).toContain(
      'CREATES decision/3/2 > body/wg-international-cooperation: established as a constant element',
    );
    expect(said.filter((s) => s.startsWith('CREATES decision/3/2 > body/wg-technical'))).toEqual(
      [],
    );
  });
});

describe('a clause between commas that says which text created the body before it', () => {
  const note = (paragraphs: string[]) =>
    untocNote('CTOC/COP/2096/5', ['Ninety-sixth session', 'Note by the Secretariat'], paragraphs);

  it('", which the Conference established by its resolution 5/4," is 5/4’s; the rest is 7/1’s', () => {
    const said = statements(
      note([
        'The Working Group on Firearms, which the Conference established by its resolution 5/4, is a constant element of the Conference pursuant to resolution 7/1.',
      ]),
    );
    expect(said).toContain('CREATES resolution/5/4 > body/wg-firearms: established');
    expect(said).toContain('GOVERNS resolution/7/1 > body/wg-firearms: made a constant element');
    expect(
      said.filter((s) => s.includes('resolution/5/4 > body/wg-firearms: established as')),
    ).toEqual([]);
  });

  it('"группу экспертов …, учрежденную в соответствии с резолюцией 9/1," was created by 9/1', () => {
    const said = statements(
      [
        'Резолюция 96/7',
        'Механизм обзора',
        CONFERENCE_RU,
        '1. просит межправительственную группу экспертов открытого состава, учрежденную в соответствии с резолюцией 9/1, продолжить свою работу.',
      ].join('\n\n'),
    );
    expect(said).toContain('CREATES resolution/9/1 > body/review-expert-group: established');
    expect(said).toContain('GOVERNS resolution/96/7 > body/review-expert-group: requested');
  });

  it('"Resolution 5/3 provided for the establishment of an interim … working group" created it', () => {
    const said = statements(
      note([
        'Resolution 5/3 provided for the establishment of an interim open-ended intergovernmental working group on the smuggling of migrants.',
      ]),
    );
    expect(said).toContain('CREATES resolution/5/3 > body/wg-smuggling-of-migrants: established');
  });
});

describe('a draft report of the session', () => {
  const report = [
    'United Nations                                                CTOC/COP/2096/L.4',
    'Conference of the Parties to the                              Distr.: Limited',
    'United Nations Convention against                             15 October 2096',
    'Transnational Organized Crime',
    '',
    'Ninety-sixth session',
    'Vienna, 12-16 October 2096',
    '',
    'Draft report',
    '',
    '1. For its consideration of the item, the Conference had before it the report on the meeting of the Working Group on Firearms held in Vienna on 2 and 3 June 2096 (CTOC/COP/WG.6/2096/4).',
    '',
    '2. At its 6th meeting, on 15 October 2096, the Conference adopted a draft resolution. (For the text, see chapter I, section A, resolution 96/2.)',
  ].join('\n');

  it('sends the report it had before it to its session, produced by the meeting named', () => {
    const said = statements(report);
    expect(said).toContain('SUBMITTED_TO CTOC/COP/WG.6/2096/4 > session/96: ');
    expect(said).toContain('HOLDS body/wg-firearms > meeting/wg-firearms/2096-06-02: ');
    expect(said).toContain('PRODUCES meeting/wg-firearms/2096-06-02 > CTOC/COP/WG.6/2096/4: ');
  });

  it('"(For the text, see … resolution 96/2.)" says the text was adopted at this session', () => {
    expect(statements(report)).toContain('ADOPTED_AT resolution/96/2 > session/96: ');
  });
});

describe('a meeting no ordinal numbers, named by its noun', () => {
  it('"The meeting of the Working Group on Firearms will take place in Vienna on …" is planned', () => {
    const x = extract(
      untocNote(
        'CTOC/COP/2096/6',
        ['Note by the Secretariat'],
        [
          'The meeting of the Working Group on Firearms will take place in Vienna on 6 and 7 June 2096.',
        ],
        '3 February 2096',
      ),
    );
    expect(x.meetings.map((m) => `${m.id} ${m.status} ${m.startDate}..${m.endDate}`)).toEqual([
      'meeting/wg-firearms/2096-06-06 PLANNED 2096-06-06..2096-06-07',
    ]);
  });
});

describe('a recalled text’s own words in a preamble', () => {
  it('the Protocol "with regard to" which 4/4 set up a group is what 4/4 concerns, not what the text cites', () => {
    const said = statements(
      [
        'Resolution 96/8',
        'Trafficking in persons',
        CONFERENCE_EN,
        'Recalling its decision 4/4, by which it decided to establish an open-ended interim working group to advise it on its mandate with regard to the Trafficking in Persons Protocol,',
        '1. Requests the Working Group on Trafficking in Persons to meet in 2097.',
      ].join('\n\n'),
    );
    expect(said).toContain('CONCERNS decision/4/4 > instrument/trafficking-in-persons-protocol: ');
    expect(said).not.toContain(
      'CITES resolution/96/8 > instrument/trafficking-in-persons-protocol: ',
    );
  });
});

describe('what a treaty’s article created', () => {
  it('"The Conference … was established pursuant to article 32 of the Convention" is the Convention’s creation', () => {
    const said = statements(
      untocNote(
        'CTOC/COP/2096/7',
        ['Note by the Secretariat'],
        [
          'The Conference of the Parties to the United Nations Convention against Transnational Organized Crime was established pursuant to article 32 of the Convention to improve the capacity of States parties to combat transnational organized crime.',
        ],
      ),
    );
    expect(said).toContain('CREATES instrument/untoc > body/cop: established');
    expect(said.filter((s) => s.startsWith('CONCERNS'))).toEqual([]);
  });
});

describe('a session page’s own sentence above its list', () => {
  it('is read as a paragraph, cited by its place on the page', async () => {
    const html = [
      '<html><body><main>',
      '<h1>Ninety-sixth session of the Conference of the Parties</h1>',
      '<p>At this session the Conference, among other things, decided to establish an open-ended intergovernmental working group on trafficking in cultural property (resolution 96/2).</p>',
      '<h2>Resolutions and decisions adopted by the Conference at its ninety-sixth session</h2>',
      '<ul><li>Resolution 96/1 Firearms</li><li>Resolution 96/2 Trafficking in cultural property</li></ul>',
      '</main></body></html>',
    ].join('\n');
    const x = await extractFile(new TextEncoder().encode(html), 'page.html');
    const created = x.relations.find((r) => r.type === 'CREATES' && r.from === 'resolution/96/2');
    expect(created?.to).toBe('body/working-group-on-trafficking-in-cultural-property');
    expect(created?.evidence[0]?.paragraph).toBe(1);
    // Its whole name, capitalised as the UN writes a body's.
    expect(x.newBodies?.map((b) => b.body.name)).toEqual([
      'Working Group on Trafficking in Cultural Property',
    ]);
  });
});

describe.each([
  {
    lang: 'en',
    text: [
      'Resolution 97/5',
      'Crimes that affect the environment',
      CONFERENCE_EN,
      'Recalling its resolutions 5/1 of 22 October 2010, 5/5 of 22 October 2010, 6/1 of 19 October 2012 and 7/1 of 10 October 2014,',
      '1. Decides that the open-ended intergovernmental working group on crimes that affect the environment shall be established to advise the Conference;',
      '2. Requests the working group to submit a report on its work to the Conference at its ninety-eighth session.',
    ],
    name: 'Working Group on Crimes that Affect the Environment',
  },
  {
    lang: 'ru',
    text: [
      'Резолюция 97/5',
      'Окружающая среда',
      CONFERENCE_RU,
      'ссылаясь на свои резолюции 5/1 от 22 октября 2010 года, 5/5 от 22 октября 2010 года, 6/1 от 19 октября 2012 года и 7/1 от 10 октября 2014 года,',
      '1. постановляет, что будет учреждена межправительственная рабочая группа открытого состава по преступлениям, наносящим ущерб окружающей среде, для консультирования Конференции;',
      '2. просит рабочую группу представить Конференции на ее девяносто восьмой сессии доклад о своей работе.',
    ],
    name: 'Рабочая группа открытого состава по преступлениям, наносящим ущерб окружающей среде',
  },
])(
  'a group a text decides "shall be established", named in lower case ($lang)',
  ({ text, name }) => {
    const x = extract(text.join('\n\n'));
    const body = x.newBodies?.[0]?.body;

    it('cites each text of a dated list', () => {
      const cited = x.relations.filter((r) => r.type === 'CITES').map((r) => r.to);
      expect(cited).toEqual([
        'resolution/5/1',
        'resolution/5/5',
        'resolution/6/1',
        'resolution/7/1',
      ]);
    });

    it('proposes the group under its whole name and says the text created it', () => {
      expect(body?.name).toBe(name);
      expect(
        x.relations.some(
          (r) => r.type === 'CREATES' && r.from === 'resolution/97/5' && r.to === body?.id,
        ),
      ).toBe(true);
    });

    it('reads "the working group" / "рабочую группу" asked next as that group', () => {
      expect(x.relations.find((r) => r.type === 'GOVERNS' && r.to === body?.id)?.action).toBe(
        'requested to present its results at the 98th session',
      );
      expect(x.unmatched).toEqual([]);
    });
  },
);

describe('a report pasted from a PDF viewer whose title runs over short lines', () => {
  it('reads the title as one, with its body and dates, whether the lines were reflowed or not', () => {
    const wrapped = [
      'Конференция участников Конвенции Организации Объединенных Наций против транснациональной организованной преступности',
      '',
      'Доклад о работе совещания Рабочей группы',
      'по огнестрельному оружию, состоявшегося',
      'в Вене 4 и 5 июня 2096 года',
      '',
      'I. Введение',
      '1. В резолюции 5/4 Конференция постановила учредить межправительственную',
      'рабочую группу открытого состава по огнестрельному оружию для оказания',
      'Конференции консультативной помощи в выполнении ее мандата в отношении',
      'Протокола об огнестрельном оружии.',
      '2. Рабочая группа провела свое совещание в Вене 4 и 5 июня 2096 года под',
      'руководством одного из членов Бюро Конференции и рассмотрела вопросы',
      'маркировки и отслеживания оружия в соответствии с Протоколом.',
    ].join('\n');
    const x = extract(wrapped);
    expect(x.documentId).toBe('document/report-wg-firearms-2096-06-04');
    expect(x.meetings.map((m) => `${m.id} ${m.status}`)).toContain(
      'meeting/wg-firearms/2096-06-04 HELD',
    );
    expect(statements(wrapped)).toContain(
      'PRODUCES meeting/wg-firearms/2096-06-04 > document/report-wg-firearms-2096-06-04: ',
    );
  });
});

describe('a report laid out with blank lines whose title is set over three lines', () => {
  it('reads the lines after the title that go on in lower case as the title', () => {
    const text = [
      'Report on the meeting of the Working Group',
      'on Firearms held in Vienna',
      'on 4 and 5 June 2096',
      '',
      '1. The Working Group discussed the marking of firearms.',
      '',
      '2. The Working Group adopted the present report at its closing meeting.',
    ].join('\n');
    const x = extract(text);
    expect(x.documentId).toBe('document/report-wg-firearms-2096-06-04');
    expect(x.text[0]?.text).toBe(
      'Report on the meeting of the Working Group\non Firearms held in Vienna\non 4 and 5 June 2096',
    );
  });
});

describe('a note pasted from a PDF viewer with its masthead in two columns', () => {
  it('keeps the masthead lines apart (the symbol is read) and makes "open -ended" whole in a name', () => {
    const text = [
      'United Nations                                                  CAC/COSP/2096/3',
      '          Conference of the States Parties                      Distr.: General',
      '                                                                2 September 2096',
      '          to the United Nations                                 Original: English',
      '          Convention against Corruption',
      '',
      'Ninety-sixth session',
      'Vienna, 6–10 December 2096',
      '',
      '          Work of the review mechanism',
      '          Note by the Secretariat',
      '',
      '          1.    In its resolution 96/1, the Conference decided to establish an open -ended',
      '          intergovernmental expert working group to make recommendations to the',
      '          Conference on the functioning of the review mechanism and its future.',
      '          2.    In its resolution 96/2, the Conference set out further principles that the',
      '          review of implementation should follow in its second phase of work.',
    ].join('\n');
    const x = extract(text);
    expect(x.documentId).toBe('CAC/COSP/2096/3');
    expect(x.newBodies?.map((b) => b.body.name)).toEqual([
      'Open-ended intergovernmental expert working group',
    ]);
  });
});

describe('a Conference report laid out as printed', () => {
  const report = [
    'United Nations                                          CTOC/COP/2096/15',
    '',
    'Conference of the Parties to the                        Distr.: General',
    'United Nations Convention against                       3 November 2096',
    'Transnational Organized Crime                           Original: English',
    '',
    '          Report of the Conference of the Parties to the United Nations',
    '          Convention against Transnational Organized Crime on its',
    '          ninety-sixth session, held in Vienna from 5 to 9 October 2096',
    '',
    'Contents',
    '                                                                   Page',
    '  I.  Resolutions adopted by the Conference .......................   3',
    '         96/1. Strengthening the implementation of the Protocol against',
    '               the Smuggling of Migrants by Land, Sea and Air .......   3',
    '         96/2. Continuing the work of the expert group ...............   5',
    '',
    '1. The Conference adopted two resolutions; resolution 96/2 reads as follows:',
    '',
    'Resolution 96/2',
    '',
    'Continuing the work of the expert group',
    '',
    'The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,',
    '',
    '1. Decides that the expert group shall meet once a year;',
    '',
    '2. Requests the expert group to report to it at its ninety-seventh session.',
    '',
    'II. Introduction',
    '',
    '2. The Conference of the Parties was established pursuant to article 32 of the Convention.',
  ].join('\n');

  it('reads the title set over three lines and the contents entry set over two', () => {
    const x = extract(report);
    expect(x.documentId).toBe('CTOC/COP/2096/15');
    const adopted = x.relations.filter((r) => r.type === 'ADOPTED_AT').map((r) => r.from);
    expect(adopted).toEqual(['resolution/96/1', 'resolution/96/2']);
    expect(statements(report)).toContain(
      'CONCERNS resolution/96/1 > instrument/smuggling-of-migrants-protocol: ',
    );
  });

  it('keeps its own paragraph 2 apart from the reproduced text’s paragraphs 1 and 2', () => {
    expect(statements(report)).toContain('CREATES instrument/untoc > body/cop: established');
    const x = extract(report);
    expect(x.text.find((p) => p.number === 2)?.text).toMatch(/^The Conference of the Parties was/);
  });
});

describe('the documents a Conference report says the Conference had before it', () => {
  const report = [
    'United Nations                                          CTOC/COP/2096/16',
    '',
    'Report of the Conference of the Parties to the United Nations Convention against Transnational Organized Crime on its ninety-sixth session, held in Vienna from 5 to 9 October 2096',
    '',
    'Contents',
    '  I.  Decisions adopted by the Conference .........................   3',
    '         96/1. Dates of the next session ............................   3',
    '',
    '1. For its consideration of item 2, the Conference had before it the following documents:',
    '',
    '   (a) Annotated provisional agenda (CTOC/COP/2096/1);',
    '',
    '   (b) Note by the Secretariat on the work of the subsidiary bodies (CTOC/COP/2096/3);',
    '',
    '   (c) Report on the sixty-second meeting of the Working Group on Firearms, held in Vienna on 2 and 3 June 2096 (CTOC/COP/WG.6/2096/4);',
    '',
    '   (d) Report on the sixty-fifth meeting of the Working Group on the Smuggling of Migrants (CTOC/COP/WG.7/2096/4).',
  ].join('\n');

  it('sends each to the session, as the kind of document it is', () => {
    const x = extract(report);
    const sent = x.relations
      .filter((r) => r.type === 'SUBMITTED_TO')
      .map((r) => `${r.from} > ${r.to}`);
    expect(sent).toEqual(
      expect.arrayContaining([
        'CTOC/COP/2096/1 > session/96',
        'CTOC/COP/2096/3 > session/96',
        'CTOC/COP/WG.6/2096/4 > session/96',
        'CTOC/COP/WG.7/2096/4 > session/96',
      ]),
    );
    expect(x.documents.map((d) => `${d.id} ${d.type}`)).toEqual(
      expect.arrayContaining([
        'CTOC/COP/2096/1 PROVISIONAL_AGENDA',
        'CTOC/COP/2096/3 NOTE',
        'CTOC/COP/WG.6/2096/4 REPORT',
      ]),
    );
  });

  it('gives the meeting each report is on, with its dates when the item gives them', () => {
    const x = extract(report);
    expect(x.meetings.map((m) => `${m.id} ${m.startDate ?? '-'} ${m.status}`)).toEqual([
      'meeting/wg-firearms/62 2096-06-02 HELD',
      'meeting/wg-smuggling-of-migrants/65 - HELD',
    ]);
    expect(statements(report)).toContain(
      'PRODUCES meeting/wg-smuggling-of-migrants/65 > CTOC/COP/WG.7/2096/4: ',
    );
  });
});

describe('a UNODC page about a working group’s meeting', () => {
  const page = [
    '<html><body><nav>Home | Treaties</nav><main>',
    '<h1>Working Group on Firearms</h1>',
    '<p>Sixty-second meeting, Vienna, 2 and 3 June 2096</p>',
    '<p>The Working Group on Firearms was established by resolution 5/4 of the Conference of the Parties.</p>',
    '<h2>Meeting documents</h2>',
    '<ul><li>Provisional agenda and annotations — CTOC/COP/WG.6/2096/1</li>',
    '<li>Background paper prepared by the Secretariat — CTOC/COP/WG.6/2096/2</li></ul>',
    '<h2>Earlier meetings</h2>',
    '<ul><li>Sixty-first meeting, Vienna, 16 and 17 May 2095 — report CTOC/COP/WG.6/2095/4</li></ul>',
    '</main><footer>Contact</footer></body></html>',
  ].join('\n');

  it('is no paper for the meeting; the documents it lists are, and an earlier meeting produced its report', async () => {
    const x = await extractFile(new TextEncoder().encode(page), 'page.html');
    const said = x.relations.map((r) => `${r.type} ${r.from} > ${r.to}`);
    expect(said).toEqual(
      expect.arrayContaining([
        'HOLDS body/wg-firearms > meeting/wg-firearms/62',
        'SUBMITTED_TO CTOC/COP/WG.6/2096/1 > meeting/wg-firearms/62',
        'SUBMITTED_TO CTOC/COP/WG.6/2096/2 > meeting/wg-firearms/62',
        'HOLDS body/wg-firearms > meeting/wg-firearms/61',
        'PRODUCES meeting/wg-firearms/61 > CTOC/COP/WG.6/2095/4',
      ]),
    );
    expect(said.filter((s) => s.startsWith(`SUBMITTED_TO ${x.documentId}`))).toEqual([]);
  });
});

describe('a working group’s report as printed', () => {
  const report = [
    'United Nations                                          CTOC/COP/WG.6/2096/4',
    '',
    'Working Group on Firearms',
    'Vienna, 4 and 5 June 2096',
    '',
    '          Report on the sixty-third meeting of the Working Group on',
    '          Firearms, held in Vienna on 4 and 5 June 2096',
    '',
    '1. In its resolution 96/3, the Conference decided that the Working Group should continue its work, asked the Secretariat to convene a meeting of the Group in 2096 and requested the Group to report on the results of its work to the Conference at its ninety-seventh session.',
    '',
    '2. The Working Group had before it the following:',
    '',
    '   (a) Provisional agenda and annotations (CTOC/COP/WG.6/2096/1);',
    '',
    '   (b) Background paper prepared by the Secretariat (CTOC/COP/WG.6/2096/2).',
  ].join('\n');

  it('reads a title whose line stops on "on" with the line after it', () => {
    const x = extract(report);
    expect(x.meetings.map((m) => m.id)).toContain('meeting/wg-firearms/63');
    expect(statements(report)).toContain(
      'PRODUCES meeting/wg-firearms/63 > CTOC/COP/WG.6/2096/4: ',
    );
  });

  it('reads each decision of a list set off by commas', () => {
    const said = statements(report);
    expect(said).toContain('GOVERNS resolution/96/3 > body/wg-firearms: decided');
    expect(said).toContain('GOVERNS resolution/96/3 > body/wg-firearms: requested to convene');
  });

  it('sends what the Working Group had before it to the meeting the report is of', () => {
    const said = statements(report);
    expect(said).toContain('SUBMITTED_TO CTOC/COP/WG.6/2096/1 > meeting/wg-firearms/63: ');
    expect(said).toContain('SUBMITTED_TO CTOC/COP/WG.6/2096/2 > meeting/wg-firearms/63: ');
  });
});

describe('a resolution whose lines were broken as a PDF prints them', () => {
  const text = [
    'Resolution 96/4',
    '',
    'Trafficking in persons',
    '',
    'The Conference of the Parties to the United Nations Convention',
    'against Transnational Organized Crime,',
    '',
    'Taking note of the report on the meeting of the Working Group on',
    'Trafficking in Persons held in Vienna from 3 to 5 July 2096,',
    '',
    '1. Requests the Secretariat to convene a meeting of the Working',
    'Group in 2097, within existing resources;',
    '',
    '2. Requests the Working Group to present the results of its work',
    'to the Conference at its ninety-seventh session.',
  ].join('\n');

  it('reads names and back-references across the line ends, quoting the lines as printed', () => {
    const x = extract(text);
    const convene = x.relations.find(
      (r) => r.type === 'GOVERNS' && r.action === 'requested to convene',
    );
    expect(convene?.to).toBe('body/wg-trafficking-in-persons');
    expect(convene?.evidence[0]?.quote).toContain('Working\nGroup in 2097');
  });

  it('reads the meeting a preambular clause takes note of', () => {
    expect(extract(text).meetings.map((m) => `${m.id} ${m.status}`)).toEqual([
      'meeting/wg-trafficking-in-persons/2096-07-03 HELD',
    ]);
  });
});

describe('a paper whose header gives no ordinal but whose text does', () => {
  it('numbers the meeting from "the present paper … at its sixty-fifth session"', () => {
    const x = extract(
      [
        'United Nations                                          CTOC/COP/WG.3/2096/2',
        '',
        'Conference of the Parties to the                        Distr.: General',
        'United Nations Convention against                       10 March 2096',
        'Transnational Organized Crime',
        '',
        'Working Group on International Cooperation',
        'Vienna, 23 and 24 May 2096',
        '',
        '          Background paper prepared by the Secretariat',
        '',
        '1. The present paper has been prepared to facilitate the discussions of the Working Group at its sixty-fifth session.',
      ].join('\n'),
    );
    expect(x.meetings.map((m) => `${m.id} ${m.startDate ?? ''} ${m.status}`)).toEqual([
      'meeting/wg-international-cooperation/65 2096-05-23 PLANNED',
    ]);
  });
});

describe('a decision of one sentence that recalls two texts, each with its relative clause', () => {
  const text = [
    'Decision 96/6',
    'Joint sessions',
    'The Conference of the Parties to the United Nations Convention against Transnational Organized Crime, recalling its decision 2/6, in which it set up an open-ended interim working group of government experts on technical assistance, and its decision 3/2, in which it agreed that an open-ended working group on international cooperation would be a constant element of the Conference, decides that the two working groups so established shall hold their sessions jointly.',
  ].join('\n\n');

  it('gives each recalled text its own group, cites both, and decides about both', () => {
    const said = statements(text);
    expect(said).toEqual(
      expect.arrayContaining([
        'CITES decision/96/6 > decision/2/6: ',
        'CITES decision/96/6 > decision/3/2: ',
        'CREATES decision/2/6 > body/wg-technical-assistance: established',
        'CREATES decision/3/2 > body/wg-international-cooperation: established as a constant element',
        'GOVERNS decision/96/6 > body/wg-technical-assistance: decided',
        'GOVERNS decision/96/6 > body/wg-international-cooperation: decided',
      ]),
    );
    expect(said).not.toContain(
      'CREATES decision/2/6 > body/wg-international-cooperation: established as a constant element',
    );
  });
});

describe('a Russian decision in lettered clauses that notes a meeting', () => {
  it('"на ее совещании, состоявшемся в Вене …" is the group’s meeting, held', () => {
    const x = extract(
      [
        'Решение 96/5',
        'Торговля людьми',
        CONFERENCE_RU,
        'а) сослалась на свою резолюцию 93/2;',
        'b) с удовлетворением отметила работу, проделанную Рабочей группой по торговле людьми на ее совещании, состоявшемся в Вене 3–5 июля 2096 года;',
      ].join('\n\n'),
    );
    expect(x.meetings.map((m) => `${m.id} ${m.status}`)).toEqual([
      'meeting/wg-trafficking-in-persons/2096-07-03 HELD',
    ]);
    expect(x.relations.map((r) => `${r.type} ${r.from} > ${r.to}`)).toContain(
      'CITES decision/96/5 > resolution/93/2',
    );
  });
});

describe('the expert group by its head alone, after a sentence about the Review Mechanism', () => {
  it('is the expert group, not the mechanism spoken of last', () => {
    const said = statements(
      untocNote(
        'CTOC/COP/2096/8',
        ['Note by the Secretariat'],
        [
          'The expert group was established pursuant to resolution 9/1, by which the Conference also established the Review Mechanism.',
          'In its resolution 96/5, the Conference decided that the expert group should meet once a year and requested it to present the results of its work to the Conference at its ninety-third session.',
        ],
      ),
    );
    expect(said).toEqual(
      expect.arrayContaining([
        'CREATES resolution/9/1 > body/review-expert-group: established',
        'CREATES resolution/9/1 > body/review-mechanism: established',
        'GOVERNS resolution/96/5 > body/review-expert-group: decided',
        'GOVERNS resolution/96/5 > body/review-expert-group: requested to present its results at the 93rd session',
      ]),
    );
    expect(
      said.filter((s) => s.startsWith('GOVERNS resolution/96/5 > body/review-mechanism')),
    ).toEqual([]);
  });
});

describe('the session a group is asked to report to, beside the one its text was adopted at', () => {
  it('"В резолюции 93/1, принятой на девяносто третьей сессии, … представить … на ее девяносто четвертой сессии"', () => {
    expect(
      statements(
        untocNote(
          'CTOC/COP/2096/9',
          ['Записка Секретариата'],
          [
            'В резолюции 93/1, принятой на девяносто третьей сессии, Конференция просила Рабочую группу по огнестрельному оружию представить Конференции на ее девяносто четвертой сессии результаты этой работы.',
          ],
        ),
      ),
    ).toContain(
      'GOVERNS resolution/93/1 > body/wg-firearms: requested to present its results at the 94th session',
    );
  });
});
