// What the Conference adopted at a session: its report lists the texts ("Resolution 30/1. …"),
// and a UNODC page lists a session's decisions and then gives each one's text. Each listed
// text is ADOPTED_AT the session, cited by its line; a text on the page speaks for its own
// mandate. The fixtures are constructed, their sessions impossible (2097, 2099).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractDocument, extractFile } from '../../server/src/ingest/extract.js';
import type { Extraction } from '../../server/src/ingest/extraction.js';
import { repoPath } from '../../server/src/paths.js';

const bytes = (name: string) => readFileSync(repoPath('tests/fixtures/genres', name));
const adopted = (x: Extraction) =>
  x.relations.filter((r) => r.type === 'ADOPTED_AT').map((r) => `${r.from} > ${r.to}`);

describe.each(['en', 'ru'])('the Conference report on a session (%s)', (lang) => {
  const x = extractDocument(bytes(`conference-report-${lang}.txt`), 'report.txt');

  it('is a Conference report, its symbol its id, its session from the title', () => {
    expect(x.genre).toBe('CONFERENCE_REPORT');
    expect(x.documentId).toBe('CTOC/COP/2099/17');
    expect(x.meta.session?.value).toBe(30);
    expect(x.meta.sessionPlace?.value).toEqual({
      place: 'Vienna',
      start: '2099-10-11',
      end: '2099-10-15',
    });
  });

  it('gives every text listed as adopted at the session, cited by its line', () => {
    expect(adopted(x).sort()).toEqual([
      'decision/30/1 > session/30',
      'resolution/30/1 > session/30',
      'resolution/30/2 > session/30',
    ]);
    for (const r of x.relations.filter((r) => r.type === 'ADOPTED_AT')) {
      const [e] = r.evidence;
      expect(e?.quote).toMatch(/^(Resolution|Decision|Резолюция|Решение) 30\/\d\./u);
      expect(x.text.some((b) => b.text.includes(e?.quote ?? '∅'))).toBe(true);
    }
  });

  it('does not take a text the report only recalls for one adopted there', () => {
    expect(adopted(x).some((a) => a.startsWith('resolution/29/'))).toBe(false);
  });
});

describe.each([
  ['en', 'session-page-en.html'],
  ['ru', 'session-page-ru.txt'],
])("a page listing a session's decisions (%s)", (_lang, file) => {
  const read = () => extractFile(bytes(file), file);

  it('gives each listed decision as adopted at the session, its place and dates from the lead', async () => {
    const x = await read();
    expect(x.genre).toBe('SESSION_PAGE');
    expect(adopted(x).sort()).toEqual(['decision/29/1 > session/29', 'decision/29/2 > session/29']);
    expect(x.meta.sessionPlace?.value).toEqual({
      place: 'Vienna',
      start: '2097-10-08',
      end: '2097-10-12',
    });
  });

  it("reads each text that follows as its decision's own, its clauses cited unnumbered", async () => {
    const x = await read();
    const governs = x.relations.filter((r) => r.type === 'GOVERNS');
    expect(governs.map((r) => `${r.from} > ${r.to}`)).toEqual(
      expect.arrayContaining([
        'decision/29/1 > body/wg-firearms',
        'decision/29/2 > body/wg-international-cooperation',
      ]),
    );
    // A clause of 29/2's text never speaks for 29/1, nor the other way round.
    expect(governs.some((r) => r.from === 'decision/29/1' && r.to.includes('cooperation'))).toBe(
      false,
    );
    for (const r of governs) for (const e of r.evidence) expect(e.numbered).toBe(false);
    // Positions run over the whole page: the lead is the 1st paragraph, clause (c) the 4th.
    const firearms = governs.find((r) => r.to === 'body/wg-firearms');
    expect(firearms?.evidence[0]?.paragraph).toBe(4);
    expect(x.relations.filter((r) => r.type === 'CITES').map((r) => `${r.from} > ${r.to}`)).toEqual(
      ['decision/29/1 > decision/99/4'],
    );
  });

  it('names each decision the page holds the text of', async () => {
    const x = await read();
    const texts = x.relations.filter((r) => r.type === 'REFERENCES').map((r) => r.to);
    expect(texts.sort()).toEqual(['decision/29/1', 'decision/29/2']);
  });
});
