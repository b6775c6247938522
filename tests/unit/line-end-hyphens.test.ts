// Line-end hyphens of every kind (U+002D, U+2010 as Chromium and many typesetters print them,
// U+2011, U+00AD) are undone where a word was split across lines, in a PDF's lines and in
// pasted plain text; a compound keeps its hyphen.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../server/src/ingest/extract.js';
import { hyphenStays, joinHyphenated } from '../../server/src/ingest/formats/furniture.js';
import { readDocument } from '../../server/src/ingest/formats/index.js';
import { layoutPages, type TextItem } from '../../server/src/ingest/formats/pdf-layout.js';
import { reflow } from '../../server/src/ingest/formats/reflow.js';

const HYPHENS = { 'U+002D': '-', 'U+2010': '\u2010', 'U+2011': '\u2011' } as const;

describe('a line-end hyphen of any kind', () => {
  for (const [name, h] of Object.entries(HYPHENS)) {
    it(`${name}: goes inside a word, stays in a compound`, () => {
      expect(joinHyphenated(`осущес${h}`, 'твления', '')).toBe('осуществления');
      expect(joinHyphenated(`organi${h}`, 'zation', '')).toBe('organization');
      // A compound the document writes elsewhere, with any of the hyphens.
      expect(joinHyphenated(`an open${h}`, 'ended group', 'an open-ended group')).toBe(
        `an open${h}ended group`,
      );
      expect(joinHyphenated(`a high${h}`, 'level meeting', 'the high\u2010level segment')).toBe(
        `a high${h}level meeting`,
      );
      // A capital after the break, a particle, a prefix the UN always hyphenates.
      expect(joinHyphenated(`Санкт${h}`, 'Петербург', '')).toBe(`Санкт${h}Петербург`);
      expect(joinHyphenated(`Trafficking${h}`, 'in-Persons', '')).toBe(`Trafficking${h}in-Persons`);
      expect(joinHyphenated(`какой${h}`, 'либо', '')).toBe(`какой${h}либо`);
      expect(joinHyphenated(`State-by${h}`, 'state', '')).toBe(`State-by${h}state`);
      expect(joinHyphenated(`non${h}`, 'governmental', '')).toBe(`non${h}governmental`);
    });
  }

  it('U+00AD: always goes (it marks only where a word may break)', () => {
    expect(joinHyphenated('осущес\u00AD', 'твления', '')).toBe('осуществления');
    expect(hyphenStays('open\u00AD', 'ended', 'open-ended')).toBe(false);
  });

  it('keeps a hyphen that is not at a line end, of any kind', () => {
    const text =
      'An open\u2010ended, high-level and non\u2011governmental meeting in Санкт-Петербург.';
    expect(reflow(text)).toBe(text);
  });
});

const item = (str: string, y: number, x = 72, size = 10): TextItem => ({
  str,
  x,
  y,
  width: str.length * size * 0.5,
  size,
});

describe('PDF lines', () => {
  it('are joined at U+2010, U+2011 and U+00AD as at U+002D, a compound keeping its hyphen', () => {
    // A column of justified lines 200 characters wide (the longest line sets the right edge).
    const lines = [
      '1. The Conference decided to establish an open\u2010ended working group for the implemen\u2010',
      'tation of its mandate, at a high-level segment and with an open\u2010',
      'ended group, on the organi\u2011',
      'zation of its work and the coor\u00AD',
      'dination with Санкт-',
      'Петербург and other non-governmental partners of the Conference of the Parties.',
    ];
    const width = Math.max(...lines.map((l) => l.length)) * 5 + 72;
    const items = lines.map((l, i) => ({ ...item(l, 700 - i * 12), width: width - 72 }));
    const text = layoutPages([{ width: 595, height: 842, items }]);
    expect(text).toBe(
      '1. The Conference decided to establish an open‐ended working group for the implementation of its mandate, at a high-level segment and with an open\u2010ended group, on the organization of its work and the coordination with Санкт-Петербург and other non-governmental partners of the Conference of the Parties.\n',
    );
  });

  it('a PDF printed with U+2010 line-end hyphens reads as its text, no hyphen left inside a word', async () => {
    const pdf = readFileSync('tests/fixtures/formats/note-ru-u2010.pdf');
    const { text } = await readDocument(pdf, 'note-ru-u2010.pdf');
    expect(text).not.toMatch(/\p{L}[\u2010\u2011\u00AD]\s/u);
    expect(text).toContain('осуществления');
    expect(text).toContain('Организации Объединенных Наций');
    const fromPdf = await extractFile(pdf, 'note-ru-u2010.pdf');
    const fromText = await extractFile(readFileSync('data/seed/000_263e9a607d91b81c.txt'), 'x.txt');
    expect(fromPdf.relations.length).toBe(fromText.relations.length);
  });
});

describe('pasted plain text', () => {
  it('joins a word split at a line end with any hyphen, in a clean layout too', async () => {
    const text =
      'Resolution 9/1\n\nThe Conference of the Parties,\n\n1. Decides to continue the implemen\u2010\ntation of the open-ended working group on the organi\u00AD\nzation of its work, in Санкт-\nПетербург;\n';
    const read = (await readDocument(new TextEncoder().encode(text), 'x.txt')).text;
    expect(read).toContain(
      '1. Decides to continue the implementation of the open-ended working group on the organization of its work, in Санкт-Петербург;',
    );
  });
});
