// The acceptance measure of ingestion: extraction from the seed note against the curated gold
// standard (data/seed/*.gold.json), and the English version against the Russian one.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { score, statementKeys } from '../../server/src/ingest/compare.js';
import { extractDocument } from '../../server/src/ingest/extract.js';
import { readGold, SEED_FILES } from '../../server/src/seed/data-files.js';

const seed = () =>
  extractDocument(readFileSync('data/seed/000_263e9a607d91b81c.txt'), '000_263e9a607d91b81c.txt');

describe('extraction from the seed note', () => {
  it('reproduces the gold standard: precision and recall 1.0', () => {
    const gold = readGold(SEED_FILES.gold[0]!);
    const s = score(seed().relations, gold.statements);
    console.log(
      `seed note vs gold standard: precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}`,
    );
    expect({ missing: s.missing, extra: s.extra }).toEqual({ missing: [], extra: [] });
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(1);
  });

  it('finds the meetings with their dates and held/planned status as of the note', () => {
    const gold = readGold(SEED_FILES.gold[0]!);
    const want = gold.entities
      .flatMap((e) =>
        e.label === 'Meeting' ? [[e.id, e.startDate, e.endDate, e.status, e.place ?? null]] : [],
      )
      .sort();
    const got = seed()
      .meetings.map((m) => [m.id, m.startDate, m.endDate, m.status, m.place])
      .sort();
    expect(got).toEqual(want);
  });

  it('names the note by its file, with its date, session and agenda', () => {
    const x = seed();
    expect(x.documentId).toBe('document/2020-07-01-CTOC-COP-2020-1-items-2-4-5');
    expect(x.meta.lang).toBe('ru');
    expect(x.meta.date?.value).toBe('2020-07-01');
    expect(x.meta.session?.value).toBe(10);
    expect(x.unmatched).toEqual([]);
    expect(x.warnings).toEqual([]);
  });
});

describe('the English version of the note', () => {
  it('gives the same statements (same ids), with English evidence', () => {
    const en = extractDocument(readFileSync('tests/fixtures/ingest/seed-en.txt'), 'seed-en.txt');
    expect(en.meta.lang).toBe('en');
    const ru = seed();
    // The note prints no symbol; both versions print its date and agenda, so they are one document.
    expect(en.documentId).toBe(ru.documentId);
    expect(statementKeys(en.relations)).toEqual(statementKeys(ru.relations));
    const text = readFileSync('tests/fixtures/ingest/seed-en.txt', 'utf8');
    for (const r of en.relations) for (const e of r.evidence) expect(text).toContain(e.quote);
  });
});

describe('a Russian note in other words', () => {
  it('is extracted as the expected statements: other verbs, passive voice, coordinated lists', () => {
    const x = extractDocument(
      readFileSync('tests/fixtures/ingest/variant-ru.txt'),
      'variant-ru.txt',
    );
    const expected = JSON.parse(
      readFileSync('tests/fixtures/ingest/variant-ru.expected.json', 'utf8'),
    ) as {
      type: string;
      from: string;
      to: string;
      action?: string | null;
    }[];
    const got = statementKeys(x.relations.filter((r) => !r.from.startsWith('document/')));
    expect(got).toEqual(statementKeys(expected));
  });
});

describe('an English note in other words', () => {
  it('is extracted as expected: passive voice, "set up", coordinated lists, a report a paragraph later', () => {
    const x = extractDocument(
      readFileSync('tests/fixtures/ingest/variant-en.txt'),
      'variant-en.txt',
    );
    expect(x.meta.lang).toBe('en');
    const expected = JSON.parse(
      readFileSync('tests/fixtures/ingest/variant-en.expected.json', 'utf8'),
    ) as {
      type: string;
      from: string;
      to: string;
      action?: string | null;
    }[];
    expect(statementKeys(x.relations.filter((r) => !r.from.startsWith('document/')))).toEqual(
      statementKeys(expected),
    );
    expect(x.meetings.map((m) => [m.id, m.status])).toEqual([
      ['meeting/wg-smuggling-of-migrants/6', 'HELD'],
      ['meeting/wg-smuggling-of-migrants/7', 'PLANNED'],
    ]);
    expect(x.warnings).toEqual([]);
  });
});
