import { describe, expect, it } from 'vitest';
import { alignVersions } from '../src/reader/align';
import { highlight } from '../src/reader/highlight';

describe('the reader marks quotes', () => {
  const text = 'First sentence. Second sentence, quoted twice. Third.';

  it('cuts a block at its quotes and says which relations each piece states', () => {
    expect(
      highlight(text, [
        { quote: 'Second sentence, quoted twice.', relationId: 'b' },
        { quote: 'Second sentence, quoted twice.', relationId: 'a' },
        { quote: 'Third.', relationId: 'c' },
      ]),
    ).toEqual([
      { text: 'First sentence. ', relations: [] },
      { text: 'Second sentence, quoted twice.', relations: ['a', 'b'] },
      { text: ' ', relations: [] },
      { text: 'Third.', relations: ['c'] },
    ]);
  });

  it('splits overlapping quotes where they overlap, and ignores one the block lacks', () => {
    const pieces = highlight(text, [
      { quote: 'First sentence. Second', relationId: 'x' },
      { quote: 'Second sentence', relationId: 'y' },
      { quote: 'Not in this block.', relationId: 'z' },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.slice(0, 3)).toEqual([
      { text: 'First sentence. ', relations: ['x'] },
      { text: 'Second', relations: ['x', 'y'] },
      { text: ' sentence', relations: ['y'] },
    ]);
  });
});

describe('the reader aligns language versions', () => {
  const b = (lang: string, index: number, context: string, number: number | null = null) => ({
    lang,
    index,
    context,
    number,
  });

  it('puts the same paragraph side by side, and a block only one version has after its neighbour', () => {
    const blocks = [
      b('ru', 0, 'HEADER'),
      b('ru', 1, 'PARAGRAPH', 1),
      b('ru', 2, 'PARAGRAPH', 2),
      b('en', 0, 'HEADER'),
      b('en', 1, 'HEADER'),
      b('en', 2, 'PARAGRAPH', 1),
      b('en', 3, 'PARAGRAPH', 2),
    ];
    const rows = alignVersions(blocks, ['ru', 'en']);
    expect(rows.map((r) => r.key)).toEqual(['header-1', 'header-2', 'p1', 'p2']);
    expect(rows.map((r) => r.cells.map((c) => (c ? `${c.lang}${String(c.index)}` : '-')))).toEqual([
      ['ru0', 'en0'],
      ['-', 'en1'],
      ['ru1', 'en2'],
      ['ru2', 'en3'],
    ]);
  });
});
