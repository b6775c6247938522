// Resolutions and decisions as the Conference writes them without numbered paragraphs: one
// sentence (actor and decision in one paragraph), lettered clauses under "The Conference …:",
// and unnumbered operative paragraphs after the actor line. Each is read, not refused; an
// operative clause without a number is cited by its position and flagged unnumbered. The
// fixtures are constructed (tests/fixtures/genres/README.md); English and Russian say the same.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../server/src/ingest/extract.js';
import type { Extraction } from '../../server/src/ingest/extraction.js';
import { repoPath } from '../../server/src/paths.js';

const read = (name: string) =>
  extractDocument(readFileSync(repoPath('tests/fixtures/genres', name)), name);
const stated = (x: Extraction, type: string) => x.relations.filter((r) => r.type === type);

describe.each(['en', 'ru'])('a decision of one sentence (%s)', (lang) => {
  const x = read(`decision-one-sentence-${lang}.txt`);

  it('is read as the text of its decision, the sentence its one unnumbered paragraph', () => {
    expect(x.genre).toBe('MANDATE_TEXT');
    expect(x.mandate?.id).toBe('decision/99/4');
    const paragraphs = x.text.filter((b) => b.context === 'PARAGRAPH');
    expect(paragraphs).toHaveLength(1);
    expect(paragraphs[0]?.numbered).toBe(false);
    expect(paragraphs[0]?.text).toMatch(/^(The Conference|Конференция).*\.$/su);
  });
});

describe.each(['en', 'ru'])('a decision in lettered clauses (%s)', (lang) => {
  const x = read(`decision-lettered-${lang}.txt`);

  it('reads each lettered clause as a paragraph, in order, without its letter', () => {
    const paragraphs = x.text.filter((b) => b.context === 'PARAGRAPH');
    expect(paragraphs.map((b) => [b.number, b.numbered])).toEqual([
      [1, false],
      [2, false],
      [3, false],
      [4, false],
    ]);
    for (const b of paragraphs) expect(b.text).not.toMatch(/^\(?[a-zа-я]\)/u);
  });

  it('states what the clauses decide, each cited by its unnumbered position', () => {
    const governs = stated(x, 'GOVERNS');
    expect(governs.map((r) => [r.from, r.to])).toEqual(
      expect.arrayContaining([
        ['decision/99/5', 'body/wg-firearms'],
        ['decision/99/5', 'body/wg-international-cooperation'],
      ]),
    );
    const firearms = governs.find((r) => r.to === 'body/wg-firearms');
    expect(firearms?.evidence.map((e) => [e.paragraph, e.numbered])).toEqual([[3, false]]);
  });

  it('cites the decision a clause reiterates, by that clause', () => {
    const cites = stated(x, 'CITES');
    expect(cites.map((r) => r.to)).toEqual(['decision/99/4']);
    expect(cites[0]?.evidence[0]).toMatchObject({ paragraph: 2, numbered: false });
  });
});

describe.each(['en', 'ru'])('a resolution with unnumbered operative paragraphs (%s)', (lang) => {
  const x = read(`resolution-unnumbered-${lang}.txt`);

  it('keeps the comma-ended clause as preamble and the rest as operative paragraphs', () => {
    expect(x.text.filter((b) => b.context === 'PREAMBLE')).toHaveLength(1);
    expect(
      x.text.filter((b) => b.context === 'PARAGRAPH').map((b) => [b.number, b.numbered]),
    ).toEqual([
      [1, false],
      [2, false],
    ]);
    expect(stated(x, 'CITES').map((r) => r.to)).toEqual(['resolution/5/4']);
  });

  it('speaks for the resolution in each operative paragraph', () => {
    const governs = stated(x, 'GOVERNS');
    expect(governs.length).toBeGreaterThanOrEqual(2);
    for (const r of governs) {
      expect(r.from).toBe('resolution/99/6');
      expect(r.to).toBe('body/wg-firearms');
      for (const e of r.evidence) expect(e.numbered).toBe(false);
    }
  });
});
