// A text pasted from a PDF viewer (a hard break every 70–90 characters, no blank line between
// paragraphs, the page's footers among the lines) gives what its clean layout gives: the same
// statements and the same document id, its quotes slices of the text read.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { statementKeys } from '../../server/src/ingest/compare.js';
import { extractFile } from '../../server/src/ingest/extract.js';
import { readDocument } from '../../server/src/ingest/formats/index.js';
import { reflow, wrapWidth } from '../../server/src/ingest/formats/reflow.js';

const CLEAN = [
  'tests/fixtures/genres/resolution-en.txt',
  'tests/fixtures/genres/resolution-ru.txt',
  'tests/fixtures/ingest/seed-en.txt',
  'data/seed/000_263e9a607d91b81c.txt',
];

/** Each line of `text` broken at `width` columns as a viewer breaks it, at spaces. */
function hardWrap(text: string, width: number): string[] {
  return text.split('\n').flatMap((line) => {
    const out: string[] = [];
    let current = '';
    for (const word of line.trim().split(/\s+/).filter(Boolean)) {
      if (current && current.length + 1 + word.length > width) {
        out.push(current);
        current = word;
      } else current = current ? `${current} ${word}` : word;
    }
    return [...out, current];
  });
}

/** Pasted: no blank line anywhere, a page's footer (page number, job number) every 40 lines. */
function pasted(text: string, width: number): string {
  const lines = hardWrap(text, width).filter((l) => l !== '');
  const out: string[] = [];
  lines.forEach((line, i) => {
    out.push(line);
    if (i % 40 === 39) out.push(String(Math.floor(i / 40) + 2), 'V.20-03178   2/5');
  });
  return out.join('\n');
}

const bytes = (s: string) => new TextEncoder().encode(s);
const read = async (text: string, name: string) => {
  const x = await extractFile(bytes(text), name);
  return { id: x.documentId, statements: statementKeys(x.relations), x };
};

describe('a text pasted with hard line breaks', () => {
  for (const file of CLEAN) {
    for (const width of [72, 80, 90]) {
      it(`gives the statements and the id of its clean layout: ${file} at ${String(width)} columns`, async () => {
        const clean = readFileSync(file, 'utf8');
        const want = await read(clean, 'clean.txt');
        expect(want.statements.length).toBeGreaterThan(3);
        const got = await read(pasted(clean, width), 'pasted.txt');
        expect(got.statements).toEqual(want.statements);
        expect(got.id).toBe(want.id);
        // Quotes are slices of the text read (the rebuilt one).
        const text = (await readDocument(bytes(pasted(clean, width)), 'pasted.txt')).text;
        for (const r of got.x.relations)
          for (const e of r.evidence) expect(text).toContain(e.quote);
      });
    }
  }

  it('is read as wrapped only when most lines end near one width and blank lines are few', () => {
    const clean = readFileSync('tests/fixtures/ingest/seed-en.txt', 'utf8');
    expect(wrapWidth(clean.split('\n'))).toBeNull();
    expect(wrapWidth(hardWrap(clean, 80).filter((l) => l !== ''))).toBeGreaterThanOrEqual(75);
    // Wrapped but with a blank line between paragraphs: already a clean layout.
    expect(wrapWidth(hardWrap(clean.replace(/\n/g, '\n\n'), 80))).toBeNull();
    expect(wrapWidth(['Decision 1/1', '', 'The Conference adopts its rules.'])).toBeNull();
  });

  it('opens a block at a paragraph number, a sub-paragraph and a short line, and joins the rest', () => {
    const text = [
      'Resolution 5/4',
      'The Conference of the Parties to the United Nations Convention against',
      'Transnational Organized Crime,',
      '1. Decides to establish an open-ended intergovernmental working group on',
      'firearms, to advise and assist the Conference in the implementation of its',
      'mandate with regard to the Firearms Protocol, and requests the working group to:',
      '(a) Facilitate the implementation of the Firearms Protocol through the',
      'exchange of experience and practices between experts and practitioners;',
      '(b) Make recommendations to the Conference on how States parties should',
      'better implement the provisions of the Firearms Protocol;',
      '2. Requests the United Nations Office on Drugs and Crime to convene the',
      'work­',
      'ing group at least once a year.',
    ].join('\n');
    expect(reflow(text).split('\n\n')).toEqual([
      'Resolution 5/4',
      'The Conference of the Parties to the United Nations Convention against Transnational Organized Crime,',
      '1. Decides to establish an open-ended intergovernmental working group on firearms, to advise and assist the Conference in the implementation of its mandate with regard to the Firearms Protocol, and requests the working group to:',
      '(a) Facilitate the implementation of the Firearms Protocol through the exchange of experience and practices between experts and practitioners;',
      '(b) Make recommendations to the Conference on how States parties should better implement the provisions of the Firearms Protocol;',
      '2. Requests the United Nations Office on Drugs and Crime to convene the working group at least once a year.\n',
    ]);
  });
});
