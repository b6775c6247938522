// The lexicon on the seed note's real sentences (split on its paragraph numbers) and on
// English and variant sentences: mandates, symbols, ordinals, dates, entities.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findDateRanges } from '../../server/src/ingest/lexicon/dates.js';
import {
  buildMatcher,
  findEntities,
  referenceNames,
} from '../../server/src/ingest/lexicon/entities.js';
import { findMandates } from '../../server/src/ingest/lexicon/mandates.js';
import { findOrdinals } from '../../server/src/ingest/lexicon/ordinals.js';
import {
  findMalformedSymbols,
  findSymbols,
  pairRespectively,
} from '../../server/src/ingest/lexicon/symbols.js';
import type { Span } from '../../server/src/ingest/types.js';
import { repoPath } from '../../server/src/paths.js';

const seed = readFileSync(repoPath('data/seed/000_263e9a607d91b81c.txt'), 'utf8');
// Everything before paragraph 1: the header, title and the first heading.
const header = seed.split(/\n(?=1\. )/)[0] ?? '';
const footnote = /^\* .*$/mu.exec(seed)?.[0] ?? '';
const paragraphs = new Map<number, string>();
for (const chunk of seed.split(/\n(?=\d{1,2}\. )/u).slice(1)) {
  // A paragraph ends at the next heading ("Доклад…") or the footnote; a page break inside
  // it (paragraph 10) stays.
  const text = chunk.split(/\n\n(?=Доклад|\* )/u)[0] ?? '';
  paragraphs.set(Number(/^\d+/.exec(text)?.[0]), text);
}
function para(n: number): string {
  const text = paragraphs.get(n);
  if (text === undefined) throw new Error(`no paragraph ${n} in the seed`);
  return text;
}
const ALL = [...paragraphs.keys()];

/** Every span is verbatim: its text is the input between its offsets. */
function expectVerbatim(s: string, spans: Span[]): void {
  for (const sp of spans) expect(s.slice(sp.start, sp.end)).toBe(sp.text);
}

describe('the seed as the tests split it', () => {
  it('has 18 paragraphs, a header and a footnote', () => {
    expect(ALL).toEqual(Array.from({ length: 18 }, (_, i) => i + 1));
    expect(header).toContain('Записка Секретариата');
    expect(footnote).toBe('* СТОС/COP/2020/1.');
    expect(para(10)).toContain('оборота\n\nогнестрельного');
  });
});

describe('findMandates', () => {
  const numbered: [number, string[]][] = [
    [1, ['resolution/9/1']],
    [2, []],
    [3, ['resolution/9/1']],
    [4, ['decision/4/4']],
    [5, ['resolution/7/1']],
    [6, ['resolution/7/1']],
    [7, ['resolution/5/3']],
    [8, ['resolution/7/1']],
    [9, ['resolution/7/1']],
    [10, ['resolution/5/4']],
    [11, ['resolution/7/1']],
    [12, ['resolution/7/1']],
    [13, ['decision/3/2']],
    [14, ['resolution/7/1']],
    [15, []],
    [16, ['decision/2/6']],
    [17, ['resolution/7/1']],
    [18, []],
  ];
  it.each(numbered)('paragraph %i names %j', (n, ids) => {
    const found = findMandates(para(n));
    expect(found.filter((m) => m.number !== null).map((m) => m.id)).toEqual(ids);
    expectVerbatim(para(n), found);
  });

  it('reads the printed forms of the seed', () => {
    expect(findMandates(para(4))[0]).toMatchObject({ text: 'решением 4/4', type: 'DECISION' });
    expect(findMandates(para(16))[0]).toMatchObject({ text: 'решении 2/6', number: '2/6' });
    expect(findMandates(para(7))[0]).toMatchObject({ text: 'резолюции 5/3', type: 'RESOLUTION' });
    expect(findMandates(para(12))[0]?.text).toBe('резолюцией 7/1');
  });

  it('finds the back-references of paragraphs 1, 2 and 13', () => {
    const back = (n: number) =>
      findMandates(para(n))
        .filter((m) => m.number === null)
        .map((m) => [m.text, m.type, m.id]);
    expect(back(1)).toEqual([['этой же резолюции', 'RESOLUTION', null]]);
    expect(back(2)).toEqual([['этой же резолюции', 'RESOLUTION', null]]);
    expect(back(13)).toEqual([['Это решение', 'DECISION', null]]);
  });

  it.each([
    ['решение 4/4', 'decision/4/4'],
    ['решения 4/4', 'decision/4/4'],
    ['решению 4/4', 'decision/4/4'],
    ['решением 4/4', 'decision/4/4'],
    ['решении 4/4', 'decision/4/4'],
    ['Резолюция 7/1', 'resolution/7/1'],
    ['резолюции 7/1', 'resolution/7/1'],
    ['резолюцию 7/1', 'resolution/7/1'],
    ['резолюцией 7/1', 'resolution/7/1'],
    ['resolution 7/1', 'resolution/7/1'],
    ['Decision 2/6', 'decision/2/6'],
  ])('%s -> %s', (s, id) => {
    expect(findMandates(`См. ${s}.`).map((m) => [m.text, m.id])).toEqual([[s, id]]);
  });

  it('reads lists sharing one keyword, one mention per number', () => {
    const ru = 'В резолюциях 5/3 и 5/4 Конференция учредила рабочие группы.';
    expect(findMandates(ru).map((m) => [m.text, m.id])).toEqual([
      ['резолюциях 5/3', 'resolution/5/3'],
      ['5/4', 'resolution/5/4'],
    ]);
    const en = 'In its resolutions 5/3 and 5/4 and decisions 2/6, 3/2, and 4/4, the Conference…';
    const found = findMandates(en);
    expect(found.map((m) => m.id)).toEqual([
      'resolution/5/3',
      'resolution/5/4',
      'decision/2/6',
      'decision/3/2',
      'decision/4/4',
    ]);
    expectVerbatim(en, found);
  });

  it('reads English mentions and back-references', () => {
    const s =
      'In Conference resolution 9/1, the Conference established the Mechanism. In the same ' +
      'resolution, it requested… This resolution and that decision, and those decisions too.';
    expect(findMandates(s).map((m) => [m.text, m.id])).toEqual([
      ['resolution 9/1', 'resolution/9/1'],
      ['the same resolution', null],
      ['This resolution', null],
      ['that decision', null],
      ['those decisions', null],
    ]);
  });

  it('reads the other Russian back-references', () => {
    const s = 'В той же резолюции… В этом решении… Согласно указанной резолюции…';
    expect(findMandates(s).map((m) => [m.text, m.type])).toEqual([
      ['той же резолюции', 'RESOLUTION'],
      ['этом решении', 'DECISION'],
      ['указанной резолюции', 'RESOLUTION'],
    ]);
  });

  it('ignores bare nouns, symbols and other organs’ resolutions', () => {
    expect(findMandates('в приложении к резолюции и в последующих резолюциях')).toEqual([]);
    expect(findMandates('принятие решения о создании группы; CTOC/COP/2020/1')).toEqual([]);
    expect(findMandates('General Assembly resolution 55/25 of 15 November 2000')).toEqual([]);
    expect(findMandates('резолюцией 55/25 Генеральной Ассамблеи')).toEqual([]);
    expect(findMandates('the resolution of disputes')).toEqual([]);
  });
});

describe('findSymbols', () => {
  const expected: [string, () => string, string[][]][] = [
    [
      '3',
      () => para(3),
      [
        ['СТОС/СОР/WG.10/2019/5', 'CTOC/COP/WG.10/2019/5'],
        ['СТОС/СОР/WG.10/2020/6', 'CTOC/COP/WG.10/2020/6'],
      ],
    ],
    [
      '6',
      () => para(6),
      [
        ['СТОС/СОР/WG.4/2019/6', 'CTOC/COP/WG.4/2019/6'],
        ['СТОС/СОР/WG.4/2020/4', 'CTOC/COP/WG.4/2020/4'],
      ],
    ],
    [
      '9',
      () => para(9),
      [
        ['СТОС/СОР/WG.7/2019/6', 'CTOC/COP/WG.7/2019/6'],
        ['СТОС/СОР/WG.7/2020/4', 'CTOC/COP/WG.7/2020/4'],
      ],
    ],
    ['12', () => para(12), [['СТОС/СОР/WG.6/2020/4', 'CTOC/COP/WG.6/2020/4']]],
    ['15', () => para(15), [['СТОС/СОР/WG.3/2020/4', 'CTOC/COP/WG.3/2020/4']]],
    ['18', () => para(18), [['СТОС/СОР/WG.2/2020/3', 'CTOC/COP/WG.2/2020/3']]],
    ['the footnote', () => footnote, [['СТОС/COP/2020/1', 'CTOC/COP/2020/1']]],
  ];
  it.each(expected)('paragraph %s', (_, text, symbols) => {
    const found = findSymbols(text());
    expect(found.map((m) => [m.printed, m.symbol])).toEqual(symbols);
    for (const m of found) {
      expect(m.text).toBe(m.printed);
      expect(m.printed).toMatch(/[\u0400-\u04FF]/u); // printed with Cyrillic look-alikes
    }
    expectVerbatim(text(), found);
    expect(findMalformedSymbols(text())).toEqual([]);
  });

  it('keeps parentheses and the final period out of the span', () => {
    const [m] = findSymbols(para(12));
    expect(para(12).slice((m?.start ?? 0) - 1, (m?.end ?? 0) + 1)).toBe('(СТОС/СОР/WG.6/2020/4)');
    expect(findSymbols(footnote)[0]?.text).toBe('СТОС/COP/2020/1');
  });

  it('finds nothing in the paragraphs without symbols (mandate numbers are not symbols)', () => {
    for (const n of [1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17]) {
      expect(findSymbols(para(n))).toEqual([]);
      expect(findMalformedSymbols(para(n))).toEqual([]);
    }
  });

  it('reads English lists around "and" and before commas', () => {
    const s =
      'The reports (CTOC/COP/WG.4/2019/6 and CTOC/COP/WG.4/2020/4, respectively) and ' +
      'CTOC/COP/2020/1, CTOC/COP/2020/L.1/Add.1 and ctoc/cop/2020/2.';
    const found = findSymbols(s);
    expect(found.map((m) => m.symbol)).toEqual([
      'CTOC/COP/WG.4/2019/6',
      'CTOC/COP/WG.4/2020/4',
      'CTOC/COP/2020/1',
      'CTOC/COP/2020/L.1/Add.1',
    ]);
    expectVerbatim(s, found);
  });

  it('reports malformed symbols instead of reading them', () => {
    const s = 'См. СТОС/СОР//2020/4, CTOC/COP/2020/ и СТОЦ/COP/2020/1.';
    expect(findSymbols(s)).toEqual([]);
    expect(findMalformedSymbols(s).map((m) => m.text)).toEqual([
      'СТОС/СОР//2020/4',
      'CTOC/COP/2020/',
      'СТОЦ/COP/2020/1',
    ]);
  });

  it('leaves words joined by a slash alone', () => {
    const s = 'и/или, and/or, 7/1, УНП/ООН';
    expect(findSymbols(s)).toEqual([]);
    expect(findMalformedSymbols(s)).toEqual([]);
  });

  it('pairRespectively: a list followed by "соответственно"/"respectively"', () => {
    for (const n of [3, 6, 9]) expect(pairRespectively(findSymbols(para(n)), para(n))).toBe(true);
    for (const n of [12, 15, 18])
      expect(pairRespectively(findSymbols(para(n)), para(n))).toBe(false);
    const en = '(CTOC/COP/WG.4/2019/6 and CTOC/COP/WG.4/2020/4, respectively)';
    expect(pairRespectively(findSymbols(en), en)).toBe(true);
    const before = 'Respectively, CTOC/COP/2020/1 and CTOC/COP/2020/2.';
    expect(pairRespectively(findSymbols(before), before)).toBe(false);
  });
});

describe('findOrdinals', () => {
  const expected: [number, [string, number, string | null][]][] = [
    [
      3,
      [
        ['Первое', 1, 'meeting'],
        ['второе', 2, 'meeting'],
        ['десятой', 10, 'session'],
      ],
    ],
    [
      6,
      [
        ['девятое', 9, 'meeting'],
        ['десятое', 10, 'meeting'],
        ['десятой', 10, 'session'],
      ],
    ],
    [
      9,
      [
        ['шестое', 6, 'meeting'],
        ['седьмое', 7, 'meeting'],
        ['десятой', 10, 'session'],
      ],
    ],
    [
      12,
      [
        ['Седьмое', 7, 'meeting'],
        ['десятой', 10, 'session'],
      ],
    ],
    [
      15,
      [
        ['Одиннадцатое', 11, 'meeting'],
        ['двенадцатым', 12, 'meeting'],
        ['одиннадцатого', 11, 'meeting'],
        ['десятой', 10, 'session'],
      ],
    ],
    [
      18,
      [
        ['Двенадцатое', 12, 'meeting'],
        ['одиннадцатого', 11, 'meeting'],
        ['двенадцатого', 12, 'meeting'],
        ['десятой', 10, 'session'],
      ],
    ],
  ];
  it.each(expected)('paragraph %i', (n, ordinals) => {
    const found = findOrdinals(para(n));
    expect(found.map((o) => [o.text, o.value, o.noun])).toEqual(ordinals);
    expectVerbatim(para(n), found);
  });

  it('reads the header’s session', () => {
    expect(findOrdinals(header)[0]).toMatchObject({ text: 'Десятая', value: 10, noun: 'session' });
  });

  it.each([
    ['первое', 1],
    ['первого', 1],
    ['первым', 1],
    ['второе', 2],
    ['третьего', 3],
    ['третья', 3],
    ['четвертой', 4],
    ['пятую', 5],
    ['шестом', 6],
    ['седьмого', 7],
    ['восьмое', 8],
    ['девятое', 9],
    ['десятое', 10],
    ['десятой', 10],
    ['десятую', 10],
    ['одиннадцатое', 11],
    ['одиннадцатого', 11],
    ['двенадцатое', 12],
    ['двенадцатым', 12],
    ['тринадцатая', 13],
    ['четырнадцатое', 14],
    ['пятнадцатой', 15],
    ['шестнадцатое', 16],
    ['семнадцатого', 17],
    ['восемнадцатую', 18],
    ['девятнадцатом', 19],
    ['двадцатое', 20],
    ['двадцать первое', 21],
    ['двадцать третьей', 23],
    ['двадцать девятое', 29],
    ['тридцатое', 30],
    ['first', 1],
    ['Second', 2],
    ['third', 3],
    ['ninth', 9],
    ['twelfth', 12],
    ['nineteenth', 19],
    ['twentieth', 20],
    ['twenty-first', 21],
    ['twenty second', 22],
    ['thirtieth', 30],
    ['1st', 1],
    ['2nd', 2],
    ['3rd', 3],
    ['9th', 9],
    ['11th', 11],
    ['23rd', 23],
    ['10-е', 10],
    ['5-й', 5],
  ])('%s = %i', (word, value) => {
    expect(findOrdinals(`the ${word} meeting`)).toEqual([
      { start: 4, end: 4 + word.length, text: word, value, noun: 'meeting' },
    ]);
  });

  it.each([
    ['девятое совещание', 'meeting'],
    ['девятого совещания', 'meeting'],
    ['девятому совещанию', 'meeting'],
    ['девятым совещанием', 'meeting'],
    ['девятом совещании', 'meeting'],
    ['девятое очередное совещание', 'meeting'],
    ['the ninth meetings', 'meeting'],
    ['the tenth regular session', 'session'],
    ['десятая сессия', 'session'],
    ['десятую сессию', 'session'],
    ['the 10th sessions', 'session'],
    ['в первую очередь', null],
    ['the first time', null],
  ])('%s: %s', (s, noun) => {
    expect(findOrdinals(s)[0]?.noun).toBe(noun);
  });

  it('shares the noun across a coordination', () => {
    const nouns = (s: string) => findOrdinals(s).map((o) => [o.value, o.noun]);
    expect(nouns('девятое и десятое совещания')).toEqual([
      [9, 'meeting'],
      [10, 'meeting'],
    ]);
    expect(nouns('the ninth, tenth and eleventh sessions')).toEqual([
      [9, 'session'],
      [10, 'session'],
      [11, 'session'],
    ]);
  });

  it('rejects words that only start like ordinals and wrong suffixes', () => {
    expect(findOrdinals('первоначальный пятилетний 11st 2th шест')).toEqual([]);
  });
});

describe('findDateRanges', () => {
  const expected: [number, [string, string][]][] = [
    [
      3,
      [
        ['2019-10-09', '2019-10-11'],
        ['2020-07-13', '2020-07-15'],
      ],
    ],
    [
      6,
      [
        ['2019-09-09', '2019-09-11'],
        ['2020-09-10', '2020-09-11'],
      ],
    ],
    [
      9,
      [
        ['2019-09-11', '2019-09-13'],
        ['2020-09-08', '2020-09-09'],
      ],
    ],
    [12, [['2020-07-16', '2020-07-17']]],
    [15, [['2020-07-07', '2020-07-08']]],
    [18, [['2020-07-09', '2020-07-10']]],
  ];
  it.each(expected)('paragraph %i', (n, ranges) => {
    const found = findDateRanges(para(n));
    expect(found.map((d) => [d.startDate, d.endDate])).toEqual(ranges);
    expectVerbatim(para(n), found);
  });

  it('reads the header, including a range broken over two lines', () => {
    const found = findDateRanges(header);
    expect(found.map((d) => [d.text, d.startDate, d.endDate])).toEqual([
      ['1 July 2020', '2020-07-01', '2020-07-01'],
      ['12–16 октября 2020 года', '2020-10-12', '2020-10-16'],
      ['9–11 октября 2019 года', '2019-10-09', '2019-10-11'],
      ['13–15 июля\n2020 года', '2020-07-13', '2020-07-15'],
    ]);
  });

  it.each([
    ['9–11 сентября 2019 года', '2019-09-09', '2019-09-11'],
    ['9-11 сентября 2019 года', '2019-09-09', '2019-09-11'],
    ['9—11 сентября 2019 г.', '2019-09-09', '2019-09-11'],
    ['13–15 июля 2020 года', '2020-07-13', '2020-07-15'],
    ['30 сентября – 2 октября 2020 года', '2020-09-30', '2020-10-02'],
    ['с 9 по 11 сентября 2019 года', '2019-09-09', '2019-09-11'],
    ['10 сентября 2020 года', '2020-09-10', '2020-09-10'],
    ['9–11 September 2019', '2019-09-09', '2019-09-11'],
    ['9 to 11 September 2019', '2019-09-09', '2019-09-11'],
    ['from 9 to 11 September 2019', '2019-09-09', '2019-09-11'],
    ['30 September to 2 October 2020', '2020-09-30', '2020-10-02'],
    ['30 September – 2 October 2020', '2020-09-30', '2020-10-02'],
    ['30 December 2019 - 2 January 2020', '2019-12-30', '2020-01-02'],
    ['10 September 2020', '2020-09-10', '2020-09-10'],
    ['September 9–11, 2019', '2019-09-09', '2019-09-11'],
    ['29 February 2020', '2020-02-29', '2020-02-29'],
  ])('%s', (phrase, start, end) => {
    const s = `Held ${phrase}, in Vienna.`;
    expect(findDateRanges(s)).toEqual([
      { start: 5, end: 5 + phrase.length, text: phrase, startDate: start, endDate: end },
    ]);
  });

  it.each([
    '31 June 2020',
    '30–31 June 2020',
    '31 июня 2020 года',
    '29 February 2019',
    '11–9 May 2020',
  ])('does not match the impossible %s', (phrase) => {
    expect(findDateRanges(`Held ${phrase}.`)).toEqual([]);
  });
});

describe('findEntities', () => {
  const matcher = buildMatcher(referenceNames());
  const ids = (s: string) => [...new Set(findEntities(s, matcher).matched.map((m) => m.id))].sort();
  const COP = 'body/cop';
  const UNTOC = 'instrument/untoc';
  const TIP = 'body/wg-trafficking-in-persons';
  const SOM = 'body/wg-smuggling-of-migrants';
  const FA = 'body/wg-firearms';
  const IC = 'body/wg-international-cooperation';
  const TA = 'body/wg-technical-assistance';
  const expected: [number, string[]][] = [
    [1, [COP, 'body/review-mechanism']],
    [2, [COP, 'body/review-expert-group', 'body/unodc']],
    [3, [COP, 'body/review-expert-group']],
    [4, [COP, 'instrument/trafficking-in-persons-protocol', UNTOC]],
    [5, [COP, TIP, UNTOC]],
    [6, [COP, TIP]],
    [7, [COP, SOM, 'instrument/smuggling-of-migrants-protocol', UNTOC]],
    [8, [COP, SOM]],
    [9, [COP, SOM]],
    [10, [COP, FA, 'instrument/firearms-protocol', UNTOC]],
    [11, [COP, FA]],
    [12, [COP, FA]],
    [13, [COP, IC, UNTOC]],
    [14, [COP, IC, TA]],
    [15, [COP, IC, TA]],
    [16, [COP, TA]],
    [17, [COP, IC, TA]],
    [18, [COP, IC, TA]],
  ];
  it.each(expected)('paragraph %i names %j', (n, entityIds) => {
    expect(ids(para(n))).toEqual([...entityIds].sort());
    const found = findEntities(para(n), matcher);
    expect(found.unmatched).toEqual([]);
    expectVerbatim(para(n), found.matched);
  });

  it('reads the header', () => {
    expect(ids(header)).toEqual([COP, 'body/review-expert-group', 'body/unodc', UNTOC].sort());
    expect(findEntities(header, matcher).unmatched).toEqual([]);
  });

  const phrases: [number, string, string][] = [
    [14, 'Рабочей группе по вопросам международного сотрудничества', IC],
    [18, 'Рабочей группы по международному сотрудничеству', IC],
    [
      16,
      'временную рабочую группу правительственных экспертов открытого состава по технической помощи',
      TA,
    ],
    [2, 'межправительственной группы экспертов открытого состава', 'body/review-expert-group'],
    [2, 'Управление Организации Объединенных Наций по наркотикам и преступности', 'body/unodc'],
    [
      4,
      'Протокола о предупреждении и пресечении торговли людьми, особенно женщинами и детьми, и наказании за нее',
      'instrument/trafficking-in-persons-protocol',
    ],
    [
      10,
      'Протокола против незаконного изготовления и оборота\n\nогнестрельного оружия, его составных частей и компонентов, а также боеприпасов к нему',
      'instrument/firearms-protocol',
    ],
    [
      4,
      'Конвенцию Организации Объединенных Наций против транснациональной организованной преступности',
      UNTOC,
    ],
    [
      1,
      'Конференция участников Конвенции Организации Объединенных Наций против транснациональной организованной преступности',
      COP,
    ],
    [1, 'Механизм обзора хода осуществления', 'body/review-mechanism'],
    [
      7,
      'временная межправительственная рабочая группа открытого состава по незаконному ввозу мигрантов',
      SOM,
    ],
    [7, 'Протокола о незаконном ввозе мигрантов', 'instrument/smuggling-of-migrants-protocol'],
    [13, 'рабочая группа открытого состава по вопросам международного сотрудничества', IC],
  ];
  it.each(phrases)('paragraph %i: %s', (n, text, id) => {
    expect(findEntities(para(n), matcher).matched).toContainEqual(
      expect.objectContaining({ text, id }),
    );
  });

  it('gives an overlap to the longest name: the Conference of the Parties to the Convention', () => {
    const s =
      'Конференция участников Конвенции Организации Объединенных Наций против транснациональной ' +
      'организованной преступности рассмотрела Конвенцию Организации Объединенных Наций против ' +
      'транснациональной организованной преступности.';
    const found = findEntities(s, matcher).matched;
    expect(found.map((m) => m.id)).toEqual([COP, UNTOC]);
    expect(found[0]?.text).toMatch(/^Конференция участников Конвенции .*преступности$/u);
    expect(found[1]?.text).toMatch(/^Конвенцию /u);
  });

  it('reads English names, with and without the article', () => {
    const s =
      'The Conference of the Parties to the United Nations Convention against Transnational ' +
      'Organized Crime asked the Working Group on the Smuggling of Migrants, the Working Group ' +
      'on Smuggling of Migrants, UNODC and the Review Mechanism to consider the Firearms ' +
      'Protocol and the Trafficking in Persons Protocol.';
    const found = findEntities(s, matcher);
    expect(found.matched.map((m) => [m.text, m.id])).toEqual([
      [
        'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
        COP,
      ],
      ['Working Group on the Smuggling of Migrants', SOM],
      ['Working Group on Smuggling of Migrants', SOM],
      ['UNODC', 'body/unodc'],
      ['Review Mechanism', 'body/review-mechanism'],
      ['Firearms Protocol', 'instrument/firearms-protocol'],
      ['Trafficking in Persons Protocol', 'instrument/trafficking-in-persons-protocol'],
    ]);
    expect(found.unmatched).toEqual([]);
  });

  it('does not read the parts of a document symbol as words', () => {
    expect(ids('CTOC/COP/2020/1')).toEqual([]);
  });

  it.each([
    [
      'Рабочие группы по торговле людьми, по незаконному ввозу мигрантов и по огнестрельному оружию провели совещания.',
      [
        'Рабочие группы по торговле людьми',
        'по незаконному ввозу мигрантов',
        'по огнестрельному оружию',
      ],
      [TIP, SOM, FA],
    ],
    [
      'Конференция предложила рабочим группам по торговле людьми, по незаконному ввозу мигрантов и по огнестрельному оружию…',
      [
        'Конференция',
        'рабочим группам по торговле людьми',
        'по незаконному ввозу мигрантов',
        'по огнестрельному оружию',
      ],
      [COP, TIP, SOM, FA],
    ],
    [
      'The working groups on trafficking in persons, on the smuggling of migrants and on firearms met.',
      ['working groups on trafficking in persons', 'on the smuggling of migrants', 'on firearms'],
      [TIP, SOM, FA],
    ],
    [
      'The Working Groups on International Cooperation and on Technical Assistance met.',
      ['Working Groups on International Cooperation', 'on Technical Assistance'],
      [IC, TA],
    ],
    [
      'Рабочие группы по международному сотрудничеству и по технической помощи.',
      ['Рабочие группы по международному сотрудничеству', 'по технической помощи'],
      [IC, TA],
    ],
  ])('coordinated list: %s', (s, texts, entityIds) => {
    const found = findEntities(s, matcher);
    expect(found.matched.map((m) => m.text)).toEqual(texts);
    expect(found.matched.map((m) => m.id)).toEqual(entityIds);
    expect(found.unmatched).toEqual([]);
    expectVerbatim(s, found.matched);
  });

  it.each([
    [
      'Рабочая группа по космическому мусору провела совещание.',
      'Рабочая группа по космическому мусору',
    ],
    [
      'Конференция учредила рабочую группу по вопросам кибербезопасности в Вене.',
      'рабочую группу по вопросам кибербезопасности',
    ],
    [
      'доклад рабочей группы экспертов по вопросам торговли, учрежденной…',
      'рабочей группы экспертов по вопросам торговли',
    ],
    ['The Working Group on Space Debris met in Vienna.', 'Working Group on Space Debris'],
    ['An expert group on cybercrime will meet.', 'expert group on cybercrime'],
    [
      'Рабочие группы по торговле людьми и по космическому мусору провели совещания.',
      'по космическому мусору',
    ],
  ])('reports an unknown body: %s', (s, text) => {
    const found = findEntities(s, matcher);
    expect(found.unmatched.map((u) => u.text)).toEqual([text]);
    expectVerbatim(s, found.unmatched);
  });

  it('does not report a working group that is not named ("рабочая группа открытого состава для …")', () => {
    expect(findEntities(para(4), matcher).unmatched).toEqual([]);
    expect(findEntities('The working group met twice.', matcher).unmatched).toEqual([]);
  });

  it('matches any case, "ё" as "е", and a custom reference list', () => {
    const m = buildMatcher([
      { id: 'body/x', kind: 'BODY', names: ['Совет по вопросам её деятельности', 'Board of X'] },
    ]);
    const found = findEntities('Совету по вопросам ее деятельности и BOARD OF X', m).matched;
    expect(found.map((e) => e.id)).toEqual(['body/x', 'body/x']);
  });
});

describe('referenceNames', () => {
  it('lists every body and instrument with all names and aliases in both languages', () => {
    const refs = referenceNames();
    expect(refs.every((r) => /^(body|instrument)\//u.test(r.id))).toBe(true);
    expect(refs.find((r) => r.id === 'instrument/firearms-protocol')).toMatchObject({
      kind: 'INSTRUMENT',
      names: expect.arrayContaining(['Firearms Protocol', 'Протокол об огнестрельном оружии']),
    });
    expect(refs.find((r) => r.id === 'body/wg-international-cooperation')?.names).toEqual(
      expect.arrayContaining([
        'Working Group on International Cooperation',
        'Рабочая группа по вопросам международного сотрудничества',
        'Рабочая группа по международному сотрудничеству',
      ]),
    );
    expect(refs.filter((r) => r.kind === 'BODY').length).toBeGreaterThanOrEqual(9);
  });
});
