import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeDocument } from '../../server/src/ingest/decode.js';
import { detectLanguage, readMetadata } from '../../server/src/ingest/metadata.js';
import { segment, splitSentences } from '../../server/src/ingest/segment.js';
import { IngestInputError, type Block } from '../../server/src/ingest/types.js';
import { normalizeSymbol } from '../../server/src/services/symbols.js';

const SEED = new URL('../../data/seed/000_263e9a607d91b81c.txt', import.meta.url);
const GOLD = new URL('../../data/seed/000_263e9a607d91b81c.gold.json', import.meta.url);
const fixture = (name: string): Buffer =>
  readFileSync(new URL(`../fixtures/ingest/${name}`, import.meta.url));
const seedText = readFileSync(SEED, 'utf8');
const enText = fixture('seed-en.txt').toString('utf8');
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function inputError(run: () => unknown): IngestInputError {
  try {
    run();
  } catch (e) {
    if (e instanceof IngestInputError) return e;
    throw e;
  }
  throw new Error('expected an IngestInputError');
}

const paragraphs = (blocks: Block[]) => blocks.filter((b) => b.kind === 'paragraph');
const paragraph = (blocks: Block[], n: number): string =>
  paragraphs(blocks).find((b) => b.number === n)?.text ?? '';

interface GoldQuote {
  paragraph: number | null;
  context: string | null;
  quote: string;
}

function goldQuotes(node: unknown, out: GoldQuote[] = []): GoldQuote[] {
  if (Array.isArray(node)) for (const item of node) goldQuotes(item, out);
  else if (node !== null && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.quote === 'string') {
      out.push({
        paragraph: typeof o.paragraph === 'number' ? o.paragraph : null,
        context: typeof o.context === 'string' ? o.context : null,
        quote: o.quote,
      });
    }
    for (const value of Object.values(o)) goldQuotes(value, out);
  }
  return out;
}

describe('decodeDocument', () => {
  it.each([
    ['empty.txt', /empty/],
    ['binary.bin', /binary file \(it contains NUL bytes\)/],
  ])('refuses %s, naming the file and the problem', (name, problem) => {
    const error = inputError(() => decodeDocument(fixture(name), name));
    expect(error.message).toContain(name);
    expect(error.message).toMatch(problem);
  });

  it('refuses white space only, control characters, UTF-16 and undecodable bytes', () => {
    expect(inputError(() => decodeDocument(utf8(' \n\t\r\n '), 'a.txt')).message).toMatch(
      /^a\.txt: .*only white space/,
    );
    const controls = Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    expect(inputError(() => decodeDocument(controls, 'b.dat')).message).toMatch(
      /^b\.dat: a binary file \(.*control characters\)/,
    );
    const utf16 = Uint8Array.from([0xff, 0xfe, 0x41, 0x00]);
    expect(inputError(() => decodeDocument(utf16, 'c.txt')).message).toMatch(/^c\.txt: UTF-16/);
    const latin1 = Uint8Array.from(
      Buffer.from('Le café de la Conférence à Genève. '.repeat(5), 'latin1'),
    );
    expect(inputError(() => decodeDocument(latin1, 'd.txt')).message).toBe(
      'd.txt: not UTF-8 text; if it is in another encoding, convert it to UTF-8',
    );
  });

  it('never returns mojibake', () => {
    // UTF-8 with one broken byte is not Windows-1251 either: decoding it so gives "РљРѕ…".
    const broken = Uint8Array.from([...readFileSync(SEED), 0xff]);
    expect(inputError(() => decodeDocument(broken, 'e.txt')).message).toMatch(/not UTF-8 text/);
    const saved = utf8(new TextDecoder('windows-1251').decode(readFileSync(SEED)));
    expect(inputError(() => decodeDocument(saved, 'f.txt')).message).toMatch(/^f\.txt: .*mojibake/);
  });

  it('strips the BOM, normalises line endings and composes to NFC', () => {
    const decoded = decodeDocument(utf8('\uFEFF1. Пункт И\u0306\r\n2. Ещё\rконец'), 'g.txt');
    expect(decoded).toEqual({ text: '1. Пункт Й\n2. Ещё\nконец', encoding: 'utf-8', warnings: [] });
  });

  it('decodes the Windows-1251 copy of paragraphs 1–6 to the seed text, with a warning', () => {
    const decoded = decodeDocument(fixture('cp1251.txt'), 'cp1251.txt');
    const lines = seedText.split('\n');
    const first = lines.findIndex((l) => l.startsWith('1. '));
    const last = lines.findIndex((l) => l.startsWith('6. '));
    expect(decoded.text).toBe(lines.slice(first, last + 1).join('\n') + '\n');
    expect(decoded.encoding).toBe('windows-1251');
    expect(decoded.warnings).toEqual(['cp1251.txt: decoded as Windows-1251 (not UTF-8)']);
    const seedBlocks = segment(seedText);
    for (const p of paragraphs(segment(decoded.text))) {
      expect(p.text).toBe(paragraph(seedBlocks, p.number));
    }
  });
});

describe('segment', () => {
  const blocks = segment(decodeDocument(readFileSync(SEED), 'seed.txt').text);

  it('finds paragraphs 1–18 of the seed, in order, as verbatim slices', () => {
    expect(paragraphs(blocks).map((p) => p.number)).toEqual(
      Array.from({ length: 18 }, (_, i) => i + 1),
    );
    for (const block of blocks) expect(seedText).toContain(block.text);
    expect(paragraph(blocks, 1)).toMatch(/^В резолюции 9\/1 «Создание/);
    expect(paragraph(blocks, 2)).toMatch(/^В этой же резолюции/);
  });

  it('keeps the page break inside paragraph 10', () => {
    expect(paragraph(blocks, 10)).toContain('изготовления и оборота\n\nогнестрельного оружия');
    expect(paragraph(blocks, 10)).toMatch(/организованной преступности\.$/);
  });

  it('finds the footnote between paragraphs 2 and 3', () => {
    const at = blocks.findIndex((b) => b.kind === 'footnote');
    expect(blocks[at]).toEqual({ kind: 'footnote', marker: '*', text: '* СТОС/COP/2020/1.' });
    expect(blocks[at - 1]).toMatchObject({ kind: 'paragraph', number: 2 });
    expect(blocks[at + 1]).toMatchObject({ kind: 'paragraph', number: 3 });
  });

  it('keeps a bold heading as one block without its markers', () => {
    expect(blocks).toContainEqual({
      kind: 'heading',
      text: 'Обзор хода осуществления Конвенции Организации\nОбъединенных Наций против транснациональной\nорганизованной преступности и протоколов к ней',
    });
    expect(blocks.some((b) => b.text.includes('**'))).toBe(false);
  });

  it('puts every gold quote in a block of the right kind', () => {
    const kinds = { HEADER: 'header', HEADING: 'heading', FOOTNOTE: 'footnote' } as const;
    const quotes = goldQuotes(JSON.parse(readFileSync(GOLD, 'utf8')));
    expect(quotes.length).toBeGreaterThan(50);
    for (const { paragraph: n, context, quote } of quotes) {
      const where =
        n !== null
          ? paragraphs(blocks).filter((b) => b.number === n)
          : blocks.filter((b) => context && b.kind === kinds[context as keyof typeof kinds]);
      expect(
        where.some((b) => b.text.includes(quote)),
        `${String(n ?? context)}: ${quote}`,
      ).toBe(true);
    }
  });

  it('segments the English version the same way', () => {
    const en = segment(enText);
    expect(paragraphs(en).map((p) => p.number)).toEqual(paragraphs(blocks).map((p) => p.number));
    expect(paragraph(en, 10)).toContain('Ammunition,\n\nsupplementing');
    expect(en.filter((b) => b.kind === 'footnote')).toEqual([
      { kind: 'footnote', marker: '*', text: '* CTOC/COP/2020/1.' },
    ]);
    expect(en.filter((b) => b.kind === 'heading').map((b) => b.text)).toContain(
      'Note by the Secretariat',
    );
  });

  it('continues a hard-wrapped paragraph and does not take a year for a number', () => {
    const wrapped = segment('1. The Conference met in\n2020. It decided.\n2. Next one.');
    expect(paragraphs(wrapped)).toEqual([
      { kind: 'paragraph', number: 1, text: 'The Conference met in\n2020. It decided.' },
      { kind: 'paragraph', number: 2, text: 'Next one.' },
    ]);
  });

  it('reads a text without numbered paragraphs (a web page) as unnumbered paragraphs in order', () => {
    const name = 'no-paragraphs.txt';
    const blocks = segment(decodeDocument(fixture(name), name).text, name);
    const paragraphs = blocks.filter((b) => b.kind === 'paragraph');
    expect(paragraphs.length).toBeGreaterThan(3);
    paragraphs.forEach((b, i) => {
      expect(b.number).toBe(i + 1);
      expect(b.numbered).toBe(false);
    });
  });

  it('refuses a text with no paragraph at all, naming it', () => {
    expect(inputError(() => segment('A title\n\nAnother title\n', 'titles.txt')).message).toMatch(
      /^titles\.txt has no paragraphs/,
    );
  });

  it('keeps a malformed symbol verbatim for the later stages to reject', () => {
    const bad = segment(decodeDocument(fixture('bad-symbol.txt'), 'bad-symbol.txt').text);
    expect(paragraph(bad, 2)).toContain('(СТОС/СОР/WG.4//2020/)');
    expect(normalizeSymbol('(СТОС/СОР/WG.4//2020/)')).toBeNull();
  });
});

describe('splitSentences', () => {
  const blocks = segment(seedText);

  function expectRebuilds(text: string): void {
    const sentences = splitSentences(text);
    let at = 0;
    for (const s of sentences) {
      expect(text.slice(at, s.start)).toMatch(/^\s*$/);
      expect(text.slice(s.start, s.start + s.text.length)).toBe(s.text);
      at = s.start + s.text.length;
    }
    expect(text.slice(at)).toMatch(/^\s*$/);
  }

  it('splits the seed paragraph 3 in two and keeps paragraph 10 whole', () => {
    const p3 = splitSentences(paragraph(blocks, 3));
    expect(p3.map((s) => s.text)).toEqual([
      'Первое совещание межправительственной группы экспертов открытого состава было проведено в Вене 9–11 октября 2019 года, а второе совещание планируется провести 13–15 июля 2020 года там же.',
      'В соответствии с резолюцией 9/1 доклады о работе этих совещаний (СТОС/СОР/WG.10/2019/5 и СТОС/СОР/WG.10/2020/6 соответственно) будут представлены Конференции на десятой сессии.',
    ]);
    expect(p3[1]?.start).toBe((p3[0]?.text.length ?? 0) + 1);
    expect(splitSentences(paragraph(blocks, 10))).toHaveLength(1);
  });

  it('does not split inside symbols, after abbreviations or inside brackets and quotes', () => {
    const one = (text: string): void => {
      expect(splitSentences(text).map((s) => s.text)).toEqual([text]);
    };
    one('See CTOC/COP/WG.4/2020/4 and CTOC/COP/2020/L.1 for details.');
    one('As stated in para. 5 of the report, e.g. Austria and Mr. Smith agreed.');
    one('См. п. 5 и пп. 2–3, т.е. Рабочая группа согласилась.');
    one('The group (It met twice. It will meet again.) reported.');
    one('Резолюция «Создание механизма. Процедуры» принята.');
    expect(splitSentences('Он процитировал: «Это конец.» Далее текст? Да! «Новая» фраза.')).toEqual(
      [
        { text: 'Он процитировал: «Это конец.»', start: 0 },
        { text: 'Далее текст?', start: 30 },
        { text: 'Да!', start: 43 },
        { text: '«Новая» фраза.', start: 47 },
      ],
    );
  });

  it('rebuilds every paragraph of both versions from its sentences', () => {
    for (const p of [...paragraphs(blocks), ...paragraphs(segment(enText))]) expectRebuilds(p.text);
    expectRebuilds('  One. Two.\n\nThree.  ');
    expect(splitSentences('  ')).toEqual([]);
  });
});

describe('readMetadata', () => {
  const expected = (printed: string, quotes: string[]) => ({
    date: { value: '2020-07-01', quote: '1 July 2020', context: 'HEADER' },
    symbol: null,
    originalLang: { value: 'en', quote: 'Original: English', context: 'HEADER' },
    session: { value: 10, quote: quotes[0], context: 'HEADER' },
    sessionPlace: {
      value: { place: 'Vienna', start: '2020-10-12', end: '2020-10-16' },
      quote: quotes[1],
      context: 'HEADER',
    },
    agendaItems: { value: [2, 4, 5], quote: quotes[2], context: 'HEADER' },
    agendaSymbol: {
      value: { symbol: 'CTOC/COP/2020/1', printed },
      quote: `* ${printed}.`,
      context: 'FOOTNOTE',
    },
  });

  it('reads the Russian seed', () => {
    const blocks = segment(seedText);
    const lang = detectLanguage(
      paragraphs(blocks)
        .map((p) => p.text)
        .join('\n'),
    );
    const meta = readMetadata(blocks, lang);
    expect(meta).toMatchObject({
      lang: 'ru',
      ...expected('СТОС/COP/2020/1', [
        'Десятая сессия',
        'Вена, 12–16 октября 2020 года',
        'Пункты 2, 4 и 5 предварительной повестки дня*',
      ]),
    });
    expect(meta.title?.context).toBe('HEADING');
    expect(meta.title?.value).toMatch(/^Доклады совещаний вспомогательных органов Конференции/);
  });

  it('reads the English version to the same values', () => {
    const blocks = segment(enText);
    const meta = readMetadata(blocks, detectLanguage(enText));
    expect(meta).toMatchObject({
      lang: 'en',
      ...expected('CTOC/COP/2020/1', [
        'Tenth session',
        'Vienna, 12–16 October 2020',
        'Items 2, 4 and 5 of the provisional agenda*',
      ]),
    });
    expect(meta.title?.value).toMatch(/^Reports of the meetings of the subsidiary bodies/);
  });

  it('reads other forms: Russian dates and ordinals, a printed symbol, other places', () => {
    const header = (...lines: string[]): Block[] => [
      ...lines.map((text) => ({ kind: 'header' as const, text })),
      { kind: 'paragraph', number: 1, text: 'Текст.' },
    ];
    const meta = readMetadata(
      header('СТОС/СОР/2020/2', '1 июля 2020 года', 'Original: Russian', 'третьей сессии'),
      'ru',
    );
    expect(meta.symbol).toEqual({
      value: 'CTOC/COP/2020/2',
      quote: 'СТОС/СОР/2020/2',
      context: 'HEADER',
    });
    expect(meta.date?.value).toBe('2020-07-01');
    expect(meta.originalLang?.value).toBe('ru');
    expect(meta.session?.value).toBe(3);
    const other = readMetadata(
      header('Twentieth session', 'Нью-Йорк, 30 сентября – 4 октября 2019 года'),
      'en',
    );
    expect(other.session?.value).toBe(20);
    expect(other.sessionPlace?.value).toEqual({
      place: 'New York',
      start: '2019-09-30',
      end: '2019-10-04',
    });
    expect(readMetadata(header('Двадцатую сессию'), 'ru').session?.value).toBe(20);
    expect(readMetadata(header('Distr.: General'), 'en')).toMatchObject({
      symbol: null,
      date: null,
      title: null,
    });
  });
});

describe('detectLanguage', () => {
  it('counts words, so Latin symbols in Russian text do not make it English', () => {
    expect(detectLanguage(seedText)).toBe('ru');
    expect(detectLanguage(enText)).toBe('en');
    expect(
      detectLanguage('Доклады (CTOC/COP/WG.4/2019/6 и CTOC/COP/WG.4/2020/4) представлены'),
    ).toBe('ru');
  });
});
