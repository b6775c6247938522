// The readers' parts on their own: which margin lines are page furniture (the units a UN
// footer is made of, alone or together on one line), and the list numbering a Word paragraph
// style carries (linked for mammoth in numbering.xml, through the .docx's ZIP archive).
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import {
  linkStyleNumbering,
  withStyleNumbering,
} from '../../server/src/ingest/formats/docx-style-numbering.js';
import {
  isFurnitureAnywhere,
  isMarginFurniture,
  joinHyphenated,
} from '../../server/src/ingest/formats/furniture.js';
import {
  layoutPages,
  type PageItems,
  type TextItem,
} from '../../server/src/ingest/formats/pdf-layout.js';
import { readMetadata } from '../../server/src/ingest/metadata.js';
import { segment } from '../../server/src/ingest/segment.js';

const file = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url));

describe('page furniture', () => {
  it('is a margin line made only of page numbers, job numbers (language, print dates) and barcodes', () => {
    for (const line of [
      '2/3 V.22-04321',
      'V.22-04321 3/3',
      '2/3 V.22-04321 (E)',
      'V.22-04321 (R)  3/3',
      'V.22-04321 (E) 150922 160922',
      'V.22-04321 (E) 150922 160922 *2204321*',
      '3/3  V.22-04321 (E)  150922  160922',
      'Page 2 of 3 V.22-04321',
      'стр. 3 V.20-03178 (R)',
      '3',
      '*2204321*',
    ]) {
      expect(isMarginFurniture(line), line).toBe(true);
    }
  });

  it('is a line with a job number or a barcode anywhere on the page, a page number alone only in a margin', () => {
    expect(isFurnitureAnywhere('2/3 V.22-04321 (E)')).toBe(true);
    expect(isFurnitureAnywhere('V.20-03178 (R) 140720 150720')).toBe(true);
    expect(isFurnitureAnywhere('*2003178*')).toBe(true);
    expect(isFurnitureAnywhere('Please recycle')).toBe(true);
    expect(isFurnitureAnywhere('3/5')).toBe(false);
    expect(isFurnitureAnywhere('3')).toBe(false);
  });

  it('is never a line with anything else on it', () => {
    for (const line of [
      'See V.22-04321 (E)',
      '1. V.22-04321',
      '2/3 of the States parties',
      'Page 3 of the report',
      '30 June 2020',
      '150922 160922',
      // Two page numbers: not a footer's.
      '2 3',
      '3 V.22-04321 4',
      // The job number's letters are capitals, its prefix a V.
      'v.22-04321 3/3',
      'V.22-04321 (e)',
      '',
    ]) {
      expect(isMarginFurniture(line), line).toBe(false);
      expect(isFurnitureAnywhere(line), line).toBe(false);
    }
  });

  it('leaves no combined footer in a PDF, whichever side of the page it is on, and keeps the body', () => {
    const line = (str: string, y: number, size = 10, x = 60): TextItem => ({
      str,
      x,
      y,
      width: str.length * size * 0.5,
      size,
    });
    // A left page's footer at its left edge, a right page's at its right, one item each: no
    // two pages print the same one, so they are no running foot.
    const text = layoutPages([
      {
        width: 600,
        height: 840,
        items: [line('1. Two thirds (2/3) agreed.', 700), line('2/3 V.22-04321 (E)', 20, 8, 60)],
      },
      {
        width: 600,
        height: 840,
        items: [line('2. The 3 of them.', 700), line('V.22-04321 (E)  3/3', 20, 8, 460)],
      },
    ]);
    expect(text).toBe('1. Two thirds (2/3) agreed.\n\n2. The 3 of them.\n');
  });
});

/** A text item as pdf.js gives it; white space has no height and, justified, any width. */
const item = (str: string, x: number, y: number, size = 10, width = str.length * size * 0.5) => ({
  str,
  x,
  y,
  width,
  size: str.trim() === '' ? 0 : size,
});
/** A line of words set from x, each word its own item, one space item between them. */
const words = (text: string, x: number, y: number, size = 10): TextItem[] => {
  const out: TextItem[] = [];
  let at = x;
  for (const w of text.split(' ')) {
    if (out.length) {
      out.push(item(' ', at, y, size, size * 0.25));
      at += size * 0.25;
    }
    out.push(item(w, at, y, size));
    at += w.length * size * 0.5;
  }
  return out;
};
/** A full line of the column 120–432.5: 14 words. */
const FULL = Array.from({ length: 14 }, () => 'word').join(' ');
const page = (...items: TextItem[][]): PageItems => ({
  width: 595,
  height: 842,
  items: items.flat(),
});

describe('the lines of a PDF page', () => {
  it('keeps a superscript footnote marker on the line it follows', () => {
    // Chromium raises the "*" 4 pt above a 10-pt line, in 8.3 pt.
    const agenda = words('Item 3 of the provisional agenda', 120, 625);
    const end = agenda.reduce((r, i) => Math.max(r, i.x + i.width), 0);
    const text = layoutPages([
      page(
        words('Eleventh session', 120, 660),
        agenda,
        [item('*', end, 629.1, 8.3)],
        words('Note by the Secretariat', 120, 600),
        words('1. The paragraph.', 120, 570),
      ),
    ]);
    expect(text).toBe(
      'Eleventh session\n\nItem 3 of the provisional agenda*\n\nNote by the Secretariat\n\n' +
        '1. The paragraph.\n',
    );
  });

  it("does not take a justified line's stretched space for the column's right edge", () => {
    // A two-word line's space item reaches to 520, past the column (120–432.5).
    const full = (y: number) => words(FULL, 120, y);
    const text = layoutPages([
      page(
        full(700),
        [item('assessment', 120, 686), item(' ', 170, 686, 10, 350), item('question', 392.5, 686)],
        full(672),
        words('of the sentence.', 120, 658),
        full(630),
        words('1. The next paragraph.', 120, 610),
      ),
    ]);
    // Were the column's edge at 520, the full line at 672 would look short and end a paragraph.
    expect(text.split('\n\n')).toEqual([
      `${FULL} assessment question ${FULL} of the sentence.`,
      FULL,
      '1. The next paragraph.\n',
    ]);
  });

  it("goes on after a numbered paragraph's short line that stops in mid-sentence or after a slash", () => {
    const text = layoutPages([
      page(
        [...words('3.', 120, 700), ...words(FULL.slice(5), 140, 700)],
        words('held from 12 to', 120, 686),
        words('14 December 2022 (CTOC/', 120, 672),
        words('COP/WG.6/2022/3) was issued.', 120, 658),
        words('A heading', 120, 630),
        words(FULL, 120, 610),
        words('A sentence ends here', 120, 596),
        words('Another block', 120, 582),
      ),
    ]);
    expect(text.split('\n\n')).toEqual([
      `3. ${FULL.slice(5)} held from 12 to 14 December 2022 (CTOC/COP/WG.6/2022/3) was issued.`,
      'A heading',
      // Not a numbered paragraph: its short line ends it.
      `${FULL} A sentence ends here`,
      'Another block\n',
    ]);
  });
});

describe('the front matter of a note read from a PDF', () => {
  const meta = (text: string) => readMetadata(segment(text), 'en');
  const body =
    '\n\nEleventh session\n\nThe title\n\nNote by the Secretariat\n\n' +
    '1. Signed on 3 March 2021 in Vienna.\n';

  it("reads the symbol beside the UN's name and the date after the distribution", () => {
    const en = meta(`United Nations CTOC/COP/2022/5\n\nDistr.: General 28 July 2022${body}`);
    expect(en.symbol?.value).toBe('CTOC/COP/2022/5');
    expect(en.symbol?.quote).toBe('United Nations CTOC/COP/2022/5');
    expect(en.date?.value).toBe('2022-07-28');
    expect(en.date?.quote).toBe('Distr.: General 28 July 2022');
    const ru = meta(
      `Организация Объединенных Наций CTOC/COP/2020/7\n\nDistr.: General\n\n1 июля 2020 года${body}`,
    );
    expect(ru.symbol?.value).toBe('CTOC/COP/2020/7');
    expect(ru.date?.value).toBe('2020-07-01');
  });

  it('reads no symbol from a line of words and no date from a paragraph', () => {
    const m = meta(`United Nations Office on Drugs and Crime\n\nVienna CTOC/COP/2022/5${body}`);
    expect(m.symbol).toBeNull();
    expect(m.date).toBeNull();
  });
});

describe('a line-end hyphen', () => {
  it('stays after a prefix UN English always hyphenates, and goes inside a word', () => {
    expect(joinHyphenated('the self-', 'assessment', '')).toBe('the self-assessment');
    expect(joinHyphenated('Non-', 'governmental', '')).toBe('Non-governmental');
    expect(joinHyphenated('cross-', 'border', '')).toBe('cross-border');
    expect(joinHyphenated('quasi-', 'judicial', '')).toBe('quasi-judicial');
    expect(joinHyphenated('ex-', 'combatants', '')).toBe('ex-combatants');
    // Only the whole word before the hyphen: "canon-" + "ical", "co-" + "operation" join.
    expect(joinHyphenated('canon-', 'ical', '')).toBe('canonical');
    expect(joinHyphenated('co-', 'operation', '')).toBe('cooperation');
  });
});

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const styles = (...defs: string[]) => `<w:styles ${W}>${defs.join('')}</w:styles>`;
const style = (id: string, inner = '') =>
  `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${id}"/>${inner}</w:style>`;
const numPr = (numId: string, ilvl = '0') =>
  `<w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>`;
const numbering = (fmt = 'decimal', link = '') =>
  `<w:numbering ${W}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>` +
  `<w:numFmt w:val="${fmt}"/>${link}<w:lvlText w:val="%1."/></w:lvl></w:abstractNum>` +
  `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
const links = (xml: string | null) =>
  [
    ...(xml ?? '').matchAll(
      /<w:lvl w:ilvl="(\d)"><w:numFmt w:val="decimal"\/><w:pStyle w:val="([^"]+)"\/>/g,
    ),
  ].map((m) => `${m[2] ?? ''}@${m[1] ?? ''}`);

describe("a Word paragraph style's list numbering", () => {
  it('is linked from its list level, for the style and the styles based on it', () => {
    const linked = linkStyleNumbering(
      styles(
        style('Normal'),
        style('ListNumber', `<w:basedOn w:val="Normal"/>${numPr('1')}`),
        style('NumberedPara', '<w:basedOn w:val="ListNumber"/>'),
      ),
      numbering(),
    );
    expect(links(linked)).toEqual(['ListNumber@0', 'NumberedPara@0']);
    // Added as list definitions of their own before the end; the document's stay as they were.
    expect(linked?.startsWith(numbering().replace('</w:numbering>', ''))).toBe(true);
  });

  it('is left alone when Word linked it, when the style turns numbering off, or when it is no decimal list', () => {
    const numbered = styles(style('NumberedPara', numPr('1')));
    expect(
      linkStyleNumbering(numbered, numbering('decimal', '<w:pStyle w:val="NumberedPara"/>')),
    ).toBeNull();
    // Based on a numbered style, a style whose own list is numId 0 has none.
    const off = style('Plain', `<w:basedOn w:val="ListNumber"/>${numPr('0')}`);
    expect(
      links(linkStyleNumbering(styles(style('ListNumber', numPr('1')), off), numbering())),
    ).toEqual(['ListNumber@0']);
    // Headings "I.", subparagraphs "(a)", bullets: not a note's paragraph numbers.
    for (const fmt of ['upperRoman', 'lowerLetter', 'bullet']) {
      expect(linkStyleNumbering(numbered, numbering(fmt))).toBeNull();
    }
    // A list the document does not define, a level it does not have.
    expect(linkStyleNumbering(styles(style('A', numPr('7'))), numbering())).toBeNull();
    expect(linkStyleNumbering(styles(style('A', numPr('1', '3'))), numbering())).toBeNull();
  });

  it('is written into the .docx, its other parts copied as they were; a docx without such a style is returned as it came', async () => {
    const docx = file('tests/fixtures/formats/note-en-stylenum.docx');
    const texts = async (bytes: Uint8Array) => {
      const zip = await JSZip.loadAsync(bytes);
      const names = Object.keys(zip.files).filter((n) => !zip.files[n]?.dir);
      return Object.fromEntries(
        await Promise.all(names.map(async (n) => [n, await zip.file(n)?.async('string')] as const)),
      );
    };
    const before = await texts(docx);
    const after = await texts(await withStyleNumbering(docx));
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const [name, text] of Object.entries(after)) {
      if (name === 'word/numbering.xml')
        expect(links(text ?? null)).toEqual(['ListNumber@0', 'NumberedPara@0']);
      else expect(text).toBe(before[name]);
    }
    const plain = file('tests/fixtures/formats/note-en.docx');
    expect(await withStyleNumbering(plain)).toBe(plain);
    // Not a ZIP that can be read (a cut download): mammoth gets it as it came and says why.
    const cut = plain.subarray(0, 3000);
    expect(await withStyleNumbering(cut)).toBe(cut);
  });
});
