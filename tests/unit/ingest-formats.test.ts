// Documents as researchers get them: a PDF printed the UN way (job number, barcode, running
// head, page numbers, also on one footer line, the agenda's footnote, line-end hyphenation, a
// paragraph over a page break) and a Word file with list numbering (the paragraph's own or
// its style's) give the same statements as the plain text; a scanned, truncated or foreign
// file is refused with the reason. Fixtures: tests/fixtures/formats (made by
// scripts/fixtures/make-documents.ts).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractFile, type extractText } from '../../server/src/ingest/extract.js';
import { detectFormat } from '../../server/src/ingest/formats/detect.js';
import { joinHyphenated } from '../../server/src/ingest/formats/furniture.js';
import { readDocument } from '../../server/src/ingest/formats/index.js';
import { layoutPages, type TextItem } from '../../server/src/ingest/formats/pdf-layout.js';
import { segment } from '../../server/src/ingest/segment.js';
import { IngestInputError } from '../../server/src/ingest/types.js';
import { encryptedPdf } from '../../scripts/fixtures/encrypted-pdf.js';

type Extraction = ReturnType<typeof extractText>;
const file = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url));
const SEED_RU = 'data/seed/000_263e9a607d91b81c.txt';
const SEED_EN = 'tests/fixtures/ingest/seed-en.txt';
const extract = (path: string) => extractFile(file(path), path);
const statements = (x: Extraction) =>
  x.relations.map((r) => `${r.type} ${r.from} > ${r.to} ${r.action ?? ''}`).sort();
const numbered = (x: Extraction) =>
  x.text.filter((p) => p.number !== null).map((p) => p.text.replace(/\s+/g, ' '));

async function refusal(path: string, bytes: Uint8Array = file(path)): Promise<string> {
  try {
    await readDocument(bytes, path);
  } catch (e) {
    if (e instanceof IngestInputError) return e.message;
    throw e;
  }
  throw new Error(`${path} was read`);
}

describe('a PDF printed the UN way', () => {
  it.each([
    ['Russian', SEED_RU, 'tests/fixtures/formats/note-ru.pdf'],
    ['English', SEED_EN, 'tests/fixtures/formats/note-en.pdf'],
    ['English (a two-column first page)', SEED_EN, 'tests/fixtures/formats/note-en-columns.pdf'],
    [
      'English (the page number and the job number on one footer line)',
      SEED_EN,
      'tests/fixtures/formats/note-en-footer.pdf',
    ],
  ])(
    'gives the %s note the same statements, paragraphs and document as its text',
    async (_, txt, pdf) => {
      const [plain, printed] = await Promise.all([extract(txt), extract(pdf)]);
      expect(statements(plain).length).toBeGreaterThan(40);
      expect(statements(printed)).toEqual(statements(plain));
      expect(printed.documentId).toBe(plain.documentId);
      expect(printed.meta.title?.value).toBe(plain.meta.title?.value);
      // Paragraph by paragraph, the words as in the text (the text's page break inside
      // paragraph 10 is white space in it; the PDF's is gone).
      expect(numbered(printed)).toEqual(numbered(plain));
      expect(printed.unmatched).toEqual(plain.unmatched);
      expect(printed.warnings).toEqual([]);
      // No block of the stored text holds the job number (alone or on a line with others).
      expect(printed.text.filter((p) => /V\.\d{2}-\d{5}/.test(p.text))).toEqual([]);
      // The header lines as the text has them, also when the first page sets them in columns.
      const header = (x: Extraction) =>
        x.text.filter((p) => p.context === 'HEADER').map((p) => p.text.replace(/\s+/g, ' '));
      expect(header(printed)).toEqual(header(plain));
    },
  );

  it("reads the symbol from the UN's masthead line, the date beside the distribution and the agenda line's superscript marker", async () => {
    // The masthead prints "United Nations" and the symbol on one line; the seed's text has no
    // symbol line, so the text compared is the seed with the symbol on a line of its own.
    const symbol = 'CTOC/COP/2020/7';
    const seed = `${symbol}\n\n${readFileSync(new URL(`../../${SEED_EN}`, import.meta.url), 'utf8')}`;
    const [plain, printed] = await Promise.all([
      extractFile(new TextEncoder().encode(seed), 'note-en.txt'),
      extract('tests/fixtures/formats/note-en-masthead.pdf'),
    ]);
    expect(printed.documentId).toBe(symbol);
    expect(printed.documentId).toBe(plain.documentId);
    expect(printed.meta.symbol?.quote).toBe(`United Nations ${symbol}`);
    expect(printed.meta.date?.value).toBe('2020-07-01');
    expect(printed.meta.agendaItems?.value).toEqual([2, 4, 5]);
    expect(printed.meta.agendaItems?.quote).toMatch(/agenda\*$/);
    expect(printed.meta.agendaSymbol?.value).toEqual(plain.meta.agendaSymbol?.value);
    expect(statements(printed)).toEqual(statements(plain));
    expect(numbered(printed)).toEqual(numbered(plain));
    expect(printed.warnings).toEqual([]);
  });

  it('takes out the job number, barcode, running head and page numbers, and keeps the footnote', async () => {
    const { text, format } = await readDocument(
      file('tests/fixtures/formats/note-ru.pdf'),
      'note-ru.pdf',
    );
    expect(format).toBe('pdf');
    for (const furniture of ['V.20-03178', '*2003178*', '(R)']) {
      expect(text).not.toContain(furniture);
    }
    expect(text).not.toMatch(/^\d\/\d$/m);
    expect(text).toContain('\n\n* СТОС/COP/2020/1.\n\n');
    const printed = await extract('tests/fixtures/formats/note-ru.pdf');
    expect(printed.text.find((p) => p.context === 'FOOTNOTE')?.text).toBe('* СТОС/COP/2020/1.');
  });

  it('takes out a footer line that prints the page number and the job number together', async () => {
    // Page 1: "V.20-03178 (E)  140720  150720  *2003178*"; left pages "2/4  V.20-03178", right
    // pages "V.20-03178 (E)  3/4", each one line of text: page 3's and page 1's are on no other
    // page, so only their units say they are furniture.
    const path = 'tests/fixtures/formats/note-en-footer.pdf';
    const { text } = await readDocument(file(path), 'note-en-footer.pdf');
    for (const furniture of ['V.20-03178', '2003178', '140720', '(E)']) {
      expect(text).not.toContain(furniture);
    }
    expect(text).not.toMatch(/^\d\/4$/m);
    const printed = await extract(path);
    expect(printed.text.filter((p) => /V\.20-03178|2003178/.test(p.text))).toEqual([]);
    // The footnote the first page's footer stands under keeps its own text only.
    expect(printed.text.find((p) => p.context === 'FOOTNOTE')?.text).toBe('* CTOC/COP/2020/1.');
    // The same blocks as the note printed with its furniture on separate lines.
    expect(text).toBe(
      (await readDocument(file('tests/fixtures/formats/note-en.pdf'), 'x.pdf')).text,
    );
  });

  it('undoes line-end hyphenation and joins the paragraph the page break cut', async () => {
    const { text } = await readDocument(file('tests/fixtures/formats/note-ru.pdf'), 'note-ru.pdf');
    // The fixture breaks these words at a line end with a hyphen.
    expect(text).not.toMatch(/транснаци-|межправитель-|консульти-/);
    const printed = await extract('tests/fixtures/formats/note-ru.pdf');
    const p10 = printed.text.find((p) => p.number === 10)?.text ?? '';
    expect(p10).toContain('изготовления и оборота огнестрельного оружия, его составных частей');
    expect(p10).toMatch(/преступности\.$/);
  });

  it('refuses a truncated PDF and a scanned one, naming the file and the reason', async () => {
    expect(await refusal('tests/fixtures/formats/truncated.pdf')).toMatch(
      /^tests\/fixtures\/formats\/truncated\.pdf: not a readable PDF: it is truncated/,
    );
    expect(await refusal('tests/fixtures/formats/scanned.pdf')).toMatch(
      /^tests\/fixtures\/formats\/scanned\.pdf: the PDF has no text layer .*scanned/,
    );
    const cut = file('tests/fixtures/formats/note-en.pdf');
    const damaged = Buffer.concat([cut.subarray(0, 4000), Buffer.from('\n%%EOF\n')]);
    expect(await refusal('damaged.pdf', damaged)).toMatch(/^damaged\.pdf: not a readable PDF: /);
  });

  it('refuses a password-protected PDF, naming the file and saying why', async () => {
    expect(await refusal('protected.pdf', encryptedPdf())).toBe(
      'protected.pdf: not a readable PDF: it is encrypted (password-protected); save an unprotected copy',
    );
  });
});

describe('a Word document', () => {
  it("numbers its paragraphs from Word's list numbering and gives the same statements as the text", async () => {
    const [plain, word] = await Promise.all([
      extract(SEED_EN),
      extract('tests/fixtures/formats/note-en.docx'),
    ]);
    expect(word.text.filter((p) => p.number !== null).map((p) => p.number)).toEqual(
      Array.from({ length: 18 }, (_, i) => i + 1),
    );
    // The numbers are Word's, not in the paragraphs' text.
    const xml = file('tests/fixtures/formats/note-en.docx').toString('latin1');
    expect(xml).not.toContain('10. Pursuant');
    expect(statements(word)).toEqual(statements(plain));
    expect(numbered(word)).toEqual(numbered(plain));
    expect(word.text.find((p) => p.context === 'FOOTNOTE')?.text).toBe('* CTOC/COP/2020/1.');
  });

  it("numbers its paragraphs from the list its paragraph style carries, as the text's", async () => {
    const path = 'tests/fixtures/formats/note-en-stylenum.docx';
    const [plain, word] = await Promise.all([extract(SEED_EN), extract(path)]);
    // The list is the style's (based on "List Number"); no paragraph has a list of its own,
    // and numbering.xml has no link back from the list to the style.
    const zip = file(path);
    expect(zip.toString('latin1')).not.toContain('10. Pursuant');
    expect(word.text.filter((p) => p.number !== null).map((p) => p.number)).toEqual(
      Array.from({ length: 18 }, (_, i) => i + 1),
    );
    expect(statements(word).length).toBeGreaterThan(40);
    expect(statements(word)).toEqual(statements(plain));
    expect(numbered(word)).toEqual(numbered(plain));
    expect(word.unmatched).toEqual(plain.unmatched);
    expect(word.documentId).toBe(plain.documentId);
    // Set in the numbered style with its numbering turned off (numId 0): not a paragraph.
    expect(word.text.find((p) => p.text === 'Note by the Secretariat')?.number).toBeNull();
    expect(word.text.find((p) => p.context === 'FOOTNOTE')?.text).toBe('* CTOC/COP/2020/1.');
  });

  it('refuses a cut Word file and other Office files by what they are', async () => {
    const docx = file('tests/fixtures/formats/note-en.docx');
    expect(await refusal('cut.docx', docx.subarray(0, 3000))).toMatch(
      /^cut\.docx: not a readable Word document/,
    );
    const xlsx = Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.from('xl/workbook.xml')]);
    expect(await refusal('sheet.docx', xlsx)).toBe(
      'sheet.docx: an Excel workbook, not a document this reads (PDF, Word .docx, HTML or text)',
    );
  });
});

describe('an HTML page', () => {
  it('reads the page text (not its navigation or scripts), an ordered list as numbered paragraphs', async () => {
    const esc = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
    // The note as a web page sets it: runs of paragraphs as ordered lists between headings.
    const body: string[] = [];
    let list: string[] = [];
    let from = 1;
    const close = () => {
      if (list.length) body.push(`<ol start="${String(from)}">${list.join('')}</ol>`);
      list = [];
    };
    for (const b of segment(readFileSync(new URL(`../../${SEED_EN}`, import.meta.url), 'utf8'))) {
      const text = esc(b.text.replace(/\s+/g, ' '));
      if (b.kind === 'paragraph') {
        if (!list.length) from = b.number;
        list.push(`<li>${text}</li>`);
      } else {
        close();
        body.push(b.kind === 'heading' ? `<h2>${text}</h2>` : `<p>${text}</p>`);
      }
    }
    close();
    const page = `<!DOCTYPE html><html><head><title>UNODC</title><script>var x = "1. Decides";</script>
      <style>p { color: red }</style></head><body>
      <header><nav><a href="/">Home</a> | <a href="/en/treaties">Treaties</a></nav></header>
      <main>${body.join('\n')}</main>
      <footer>© United Nations Office on Drugs and Crime</footer></body></html>`;
    const bytes = new TextEncoder().encode(page);
    expect(detectFormat(bytes)).toEqual({ format: 'html' });
    const { text } = await readDocument(bytes, 'page.html');
    expect(text).not.toMatch(/Home|Treaties|Decides|color|©/);
    const [plain, html] = await Promise.all([extract(SEED_EN), extractFile(bytes, 'page.html')]);
    expect(statements(html)).toEqual(statements(plain));
  });
});

describe('detection and clean-up', () => {
  it('goes by content, not by the name', async () => {
    const pdf = file('tests/fixtures/formats/note-en.pdf');
    expect((await readDocument(pdf, 'note.txt')).format).toBe('pdf');
    expect((await readDocument(file(SEED_EN), 'note.pdf')).format).toBe('text');
  });

  it('joins a word a line end cut, keeps a hyphen the word has', () => {
    expect(joinHyphenated('органи-', 'зации', '')).toBe('организации');
    expect(joinHyphenated('an open-', 'ended group', 'an open-ended group')).toBe(
      'an open-ended group',
    );
    expect(joinHyphenated('какой-', 'либо', '')).toBe('какой-либо');
    expect(joinHyphenated('COVID-', '19', '')).toBe('COVID-19');
    expect(joinHyphenated('Inter-', 'American', '')).toBe('Inter-American');
  });

  it('drops a running head that repeats on every page, and margin page numbers, but not body lines', () => {
    const line = (str: string, y: number, size = 10, x = 60): TextItem => ({
      str,
      x,
      y,
      width: str.length * size * 0.5,
      size,
    });
    const page = (
      n: number,
      body: string[],
    ): { width: number; height: number; items: TextItem[] } => ({
      width: 600,
      height: 840,
      items: [
        line('CTOC/COP/2020/7', 815, 8, 460),
        ...body.map((t, i) => line(t, 700 - i * 30)),
        line(`${String(n)}/2`, 20, 8, 290),
      ],
    });
    const text = layoutPages([
      page(1, ['1. First paragraph.', '2. Second paragraph.']),
      page(2, ['3. Third paragraph.', '4. The 2 of us.']),
    ]);
    expect(text).toBe(
      '1. First paragraph.\n\n2. Second paragraph.\n\n3. Third paragraph.\n\n4. The 2 of us.\n',
    );
  });
});

describe('reading a PDF in the server process', () => {
  it("leaves Node's own JSON and Array.prototype.push (pdf.js's core-js swaps them, 25× slower)", async () => {
    // The functions themselves, compared by identity (never called detached).
    const builtins = () => [
      JSON.stringify,
      JSON.parse,
      Object.getOwnPropertyDescriptor(Array.prototype, 'push')?.value as unknown,
      Object.getOwnPropertyDescriptor(Function.prototype, 'toString')?.value as unknown,
    ];
    const before = builtins();
    await readDocument(file('tests/fixtures/formats/note-en.pdf'), 'note-en.pdf');
    const after = builtins();
    expect(after.every((f, i) => f === before[i])).toBe(true);
    // And pdf.js itself still works with them: a second read gives the same text.
    const again = await readDocument(file('tests/fixtures/formats/note-en.pdf'), 'note-en.pdf');
    expect(JSON.stringify(again)).toContain('Working Group');
  });
});
