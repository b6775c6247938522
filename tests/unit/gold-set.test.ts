// The gold set (tests/fixtures/gold/, README there) and the held-out sets (tests/fixtures/holdout*/,
// same layout, SOURCES.md in each) are well formed: every fixture has its gold and every gold its
// fixture, each quote is in its document, every genre has enough documents in both languages,
// and the ids follow the conventions. Not the extraction's scores: `npm run gold [-- --dir …]`
// prints those.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  FIXTURE,
  GOLD,
  GOLD_DIR,
  HOLDOUT_DIR,
  goldDocuments,
  goldFolders,
} from '../../server/src/ingest/gold/files.js';
import {
  GENRES,
  matches,
  normalise,
  scoreDocument,
  totals,
  type GoldFile,
} from '../../server/src/ingest/gold/score.js';
import { repoPath } from '../../server/src/paths.js';

/** The visible text of a fixture (an HTML page's tags and entities are not what a quote says). */
const text = (path: string) => {
  const raw = readFileSync(path, 'utf8');
  const visible = path.endsWith('.html')
    ? raw.replace(/<[^>]*>/gu, ' ').replace(/&copy;/gu, '©')
    : raw;
  return normalise(visible);
};

const SETS = [
  { name: 'the gold set', dir: GOLD_DIR, minDocuments: 32, perGenre: 4 },
  { name: 'the held-out set', dir: HOLDOUT_DIR, minDocuments: 24, perGenre: 3 },
  ...['holdout2', 'holdout3', 'holdout4', 'holdout5'].map((set) => ({
    name: `the held-out set ${set}`,
    dir: `tests/fixtures/${set}`,
    minDocuments: 24,
    perGenre: 3,
  })),
] as const;

describe.each(SETS)('$name', ({ dir, minDocuments, perGenre }) => {
  const root = repoPath(dir);
  const docs = goldDocuments(root);
  const folders = goldFolders(root);

  it('pairs every fixture with its gold file and every gold file with its fixture', () => {
    for (const { genreDir, files } of folders) {
      const fixtures = files.filter((f) => FIXTURE.test(f));
      const golds = files.filter((f) => GOLD.test(f));
      const other = files.filter((f) => !FIXTURE.test(f) && !GOLD.test(f));
      expect(other, genreDir).toEqual([]);
      const stem = (f: string) => f.replace(/\.(txt|html|gold\.json)$/u, '');
      expect(fixtures.map(stem).sort(), genreDir).toEqual(golds.map(stem).sort());
    }
  });

  it(`has at least ${minDocuments} documents, each genre at least ${perGenre}, in English and in Russian`, () => {
    expect(docs.length).toBeGreaterThanOrEqual(minDocuments);
    expect(folders.map((f) => f.genreDir).sort()).toEqual([...GENRES].sort());
    for (const genre of GENRES) {
      const of = docs.filter((d) => d.genreDir === genre);
      expect(of.length, genre).toBeGreaterThanOrEqual(perGenre);
      expect(new Set(of.map((d) => d.lang)), genre).toEqual(new Set(['en', 'ru']));
      for (const d of of) expect(d.gold.genre, d.path).toBe(genre);
    }
  });

  it('keeps each pasted text beside its clean layout, with the same statements', () => {
    const pasted = docs.filter((d) => d.genreDir === 'pasted' && /-pasted\./u.test(d.path));
    expect(pasted.length).toBeGreaterThan(0);
    for (const d of pasted) {
      const clean = docs.find((c) => c.path === d.path.replace('-pasted.', '-clean.'));
      expect(clean, d.path).toBeDefined();
      expect(d.gold.statements, d.path).toEqual(clean?.gold.statements);
    }
  });

  it('quotes each statement from its own document', () => {
    for (const d of docs) {
      const t = text(d.fixture);
      for (const s of d.gold.statements)
        expect(t, `${d.path}: ${s.quote}`).toContain(normalise(s.quote));
    }
  });

  it('follows the id conventions, each conference apart', () => {
    const symbol = /^(CTOC\/COP|CAC\/COSP)(\/[A-Z]+(\.\d+)?)?\/\d{4}\/(\d+|L\.\d+|CRP\.\d+)$/u;
    const untoc =
      /^(body\/[a-z0-9-]+|instrument\/[a-z0-9-]+|session\/\d+|(resolution|decision)\/\d+\/\d+|meeting\/[a-z0-9-]+\/(\d+|\d{4}-\d{2}-\d{2})|document\/[a-z0-9-]+)$/u;
    const uncac =
      /^uncac\/(body\/[a-z0-9-]+|instrument\/[a-z0-9-]+|session\/\d+|(resolution|decision)\/\d+\/\d+|meeting\/[a-z0-9-]+\/(\d+|\d{4}-\d{2}-\d{2}))$/u;
    const ok = (id: string, g: GoldFile) =>
      symbol.test(id) || (g.conference === 'uncac' ? uncac.test(id) : untoc.test(id));
    for (const d of docs) {
      const g = d.gold;
      if (g.documentId !== null)
        expect(ok(g.documentId, g), `${d.path}: ${g.documentId}`).toBe(true);
      for (const s of g.statements) {
        expect(ok(s.from, g), `${d.path}: ${s.from}`).toBe(true);
        expect(ok(s.to, g), `${d.path}: ${s.to}`).toBe(true);
        // A CAC/COSP document is UNCAC's; a CTOC/COP one UNTOC's.
        for (const id of [s.from, s.to])
          if (symbol.test(id))
            expect(id.startsWith('CAC/') === (g.conference === 'uncac')).toBe(true);
      }
      for (const m of g.meetings ?? []) {
        expect(ok(m.id, g), `${d.path}: ${m.id}`).toBe(true);
        expect(m.startDate <= m.endDate).toBe(true);
        // A meeting without an ordinal is named by its start date.
        const tail = m.id.split('/').at(-1) ?? '';
        if (tail.includes('-')) expect(tail).toBe(m.startDate);
      }
    }
  });
});

describe('the scoring', () => {
  const gold: GoldFile = {
    genre: 'note',
    conference: 'untoc',
    documentId: 'X',
    statements: [
      {
        type: 'CREATES',
        from: 'resolution/5/4',
        to: 'body/wg-firearms',
        action: 'established',
        quote: 'by which  it had\nestablished',
      },
      {
        type: 'CREATES',
        from: 'resolution/9/9',
        to: 'body/a-new-group',
        action: 'established',
        quote: 'new group',
        proposal: true,
      },
    ],
  };
  const relation = (to: string, quote: string) => ({
    type: 'CREATES' as const,
    from: 'resolution/5/4',
    to,
    action: 'established',
    basis: null,
    evidence: [{ paragraph: 1, context: 'PARAGRAPH' as const, quote }],
  });

  it('matches type, ends, action and a quote containing the fragment, white space aside', () => {
    expect(
      matches(
        relation('body/wg-firearms', 'recalled 5/4, by which it had established the group'),
        gold.statements[0]!,
      ),
    ).toBe(true);
    expect(matches(relation('body/wg-firearms', 'established it'), gold.statements[0]!)).toBe(
      false,
    );
    expect(
      matches(
        relation('body/wg-smuggling-of-migrants', 'by which it had established'),
        gold.statements[0]!,
      ),
    ).toBe(false);
  });

  it('matches a proposal by its kind prefix', () => {
    const p = {
      ...relation('body/working-group-on-a-new-group', 'a new group'),
      from: 'resolution/9/9',
    };
    expect(matches(p, gold.statements[1]!)).toBe(true);
  });

  it('counts a refused document as all its statements missing', () => {
    const s = scoreDocument({ name: 'x', gold, extraction: null, refused: 'no' });
    expect(totals([s])).toMatchObject({ recall: 0, refused: 1, gold: 2 });
  });
});
