// The gold standard is what the graph claims the seed note says, so it is checked against
// the note itself with a paragraph splitter written independently of the loader.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGold, readSeedGraph, SEED_FILES } from '../../server/src/seed/data-files.js';

const TEXT = readFileSync('data/seed/000_263e9a607d91b81c.txt', 'utf8');

/** The text from "N. " at a line start up to "N+1. " at a line start (or the end). */
function paragraph(n: number): string {
  const start = TEXT.search(new RegExp(`(^|\\n)${n}\\. `));
  expect(start, `paragraph ${n} exists`).toBeGreaterThanOrEqual(0);
  const rest = TEXT.slice(start + 1);
  const next = rest.search(new RegExp(`\\n${n + 1}\\. `));
  return next < 0 ? rest : rest.slice(0, next);
}

const graph = readSeedGraph();
const gold = readGold(SEED_FILES.gold[0]!);

describe('the seed graph data', () => {
  it('has 18 numbered paragraphs to cite', () => {
    expect(paragraph(18)).toContain('Двенадцатое совещание');
    expect(TEXT.search(/\n19\. /)).toBe(-1);
  });

  it('quotes every piece of evidence verbatim, in the paragraph it names', () => {
    const evidence = [
      ...graph.relations.flatMap((r) => r.evidence),
      ...graph.entities.flatMap((e) =>
        e.provenance.flatMap((p) => (p.evidence ? [p.evidence] : [])),
      ),
    ];
    expect(evidence.length).toBeGreaterThan(100);
    for (const ev of evidence) {
      expect(TEXT, ev.quote).toContain(ev.quote);
      if (ev.paragraph !== null)
        expect(paragraph(ev.paragraph), `para ${ev.paragraph}`).toContain(ev.quote);
      else expect(ev.context).not.toBe('PARAGRAPH');
      expect(ev.lang).toBe('ru');
    }
  });

  it('states what DOMAIN.md lists, paragraph by paragraph', () => {
    const paras = (pred: (r: (typeof gold.statements)[number]) => boolean) =>
      [
        ...new Set(
          gold.statements.filter(pred).flatMap((s) => (s.evidence ?? []).map((e) => e.paragraph)),
        ),
      ]
        .filter((p): p is number => p !== null)
        .sort((a, b) => a - b);
    expect(paras((s) => s.type === 'CREATES')).toEqual([1, 4, 7, 10, 13, 16]);
    expect(paras((s) => s.action === 'made a constant element')).toEqual([5, 8, 11]);
    expect(paras((s) => s.action?.startsWith('requested to convene') ?? false)).toEqual([2]);
    expect(paras((s) => s.action === 'urged to consider meeting annually')).toEqual([14, 17]);
    for (const type of ['HOLDS', 'PRODUCES', 'SUBMITTED_TO'] as const) {
      expect(paras((s) => s.type === type && s.from !== gold.document.id)).toEqual([
        3, 6, 9, 12, 15, 18,
      ]);
    }
    expect(paras((s) => s.type === 'CONCERNS' && s.to.endsWith('-protocol'))).toEqual([4, 7, 10]);
  });

  it('cites every numbered paragraph at least once', () => {
    const cited = new Set(
      gold.statements.flatMap((s) => (s.evidence ?? []).map((e) => e.paragraph)),
    );
    for (let n = 1; n <= 18; n++) expect(cited.has(n), `paragraph ${n}`).toBe(true);
  });

  it('keeps held and planned meetings apart, as of the note', () => {
    const meetings = graph.entities.flatMap((e) => (e.kind === 'MEETING' ? [e] : []));
    expect(meetings).toHaveLength(9);
    const held = meetings.filter((m) => m.status === 'HELD').map((m) => m.id);
    expect(held.sort()).toEqual([
      'meeting/review-expert-group/1',
      'meeting/wg-smuggling-of-migrants/6',
      'meeting/wg-trafficking-in-persons/9',
    ]);
  });

  it('marks every relation not stated by the document as reference or derived, with a note', () => {
    for (const r of graph.relations) {
      if (r.source === 'DOCUMENT') expect(r.evidence.length, r.id).toBeGreaterThan(0);
      else expect(r.note, r.id).toBeTruthy();
    }
  });

  it('gives every session year a source, and cites only the tenth', () => {
    for (const s of graph.entities.filter((e) => e.kind === 'SESSION')) {
      const year = s.provenance.find((p) => p.fields.includes('year'));
      expect(year?.source, s.id).toBe(s.id === 'session/10' ? 'DOCUMENT' : 'REFERENCE');
    }
  });

  it('uses Latin symbols as document ids and keeps the printed form', () => {
    for (const d of graph.entities) {
      if (d.kind !== 'DOCUMENT' || !d.symbol) continue;
      expect(d.id).toBe(d.symbol);
      expect(d.symbol).toMatch(/^[A-Z0-9./]+$/);
      expect(TEXT).toContain(d.printedSymbol!);
    }
  });
});
