// A document's id comes from what it prints, never from the name of the file it came in
// (issue 26): its symbol; the seed's date and agenda; its genre, body and date; its text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../server/src/ingest/extract.js';
import { toGraph } from '../../server/src/ingest/to-graph.js';
import { repoPath } from '../../server/src/paths.js';
import { curatedEntities } from '../../server/src/seed/seed-graph.js';

const bytes = (path: string) => readFileSync(repoPath(path));
const read = (text: string, fileName: string) =>
  extractDocument(new TextEncoder().encode(text), fileName);

// A note that prints neither a symbol, nor an agenda, nor a body: only its text identifies it.
const BARE =
  'Note by the Secretariat\n\n1. The Working Group on Firearms held its ninth meeting in Vienna on 2 and 3 May 2099.\n';

describe('the same text under two file names', () => {
  it.each([
    ['a report without a symbol', 'tests/fixtures/genres/report-no-symbol-ru.txt'],
    ['a background paper', 'tests/fixtures/genres/background-paper-en.txt'],
    ['a note printing only its date and items', 'tests/fixtures/ingest/later-note-en.txt'],
  ])('is one document: %s', (_, path) => {
    const a = extractDocument(bytes(path), 'upload.txt');
    const b = extractDocument(bytes(path), 'Copy of upload (2).txt');
    expect(a.documentId).toBe(b.documentId);
    expect(a.documentId).not.toMatch(/upload/i);
  });

  it('is one document when nothing but its text identifies it', () => {
    const a = read(BARE, 'mine.txt');
    expect(read(BARE, 'yours.txt').documentId).toBe(a.documentId);
    // Copies that differ only in line ends and spacing are the same text.
    expect(read(BARE.replaceAll('\n', '\r\n').replace(' held', '  held'), 'x.txt').documentId).toBe(
      a.documentId,
    );
    expect(read(BARE.replace('ninth', 'tenth'), 'mine.txt').documentId).not.toBe(a.documentId);
  });
});

describe('ids that were already stable', () => {
  it("keep the seed note's id from its date and agenda", () => {
    const x = extractDocument(bytes('tests/fixtures/ingest/seed-en.txt'), 'anything.txt');
    expect(x.documentId).toBe('document/2020-07-01-CTOC-COP-2020-1-items-2-4-5');
  });

  it('keep a symbol as the id', () => {
    const x = extractDocument(bytes('tests/fixtures/genres/report-en.txt'), 'anything.txt');
    expect(x.documentId).toBe('CTOC/COP/WG.4/2099/9');
  });
});

describe("a note's names", () => {
  it('are "Note by the Secretariat" / "Записка Секретариата" when it prints no title', () => {
    const note = toGraph(read(BARE, 'n.txt'), curatedEntities()).entities.find(
      (e) => e.kind === 'DOCUMENT' && e.type === 'NOTE',
    );
    expect([note?.nameEn, note?.nameRu]).toEqual([
      'Note by the Secretariat',
      'Записка Секретариата',
    ]);
  });
});
