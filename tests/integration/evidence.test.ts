// Through the API, not the data file: what a user gets back must quote the note verbatim.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readSeedGraph } from '../../server/src/seed/data-files.js';
import { useApi } from '../support/api.js';

const TEXT = readFileSync('data/seed/000_263e9a607d91b81c.txt', 'utf8');
const paragraph = (n: number) => {
  const start = TEXT.search(new RegExp(`\\n${n}\\. `));
  const end = TEXT.slice(start + 1).search(new RegExp(`\\n${n + 1}\\. `));
  return end < 0 ? TEXT.slice(start) : TEXT.slice(start, start + 1 + end);
};

type Edge = {
  id: string;
  source: string;
  note: string | null;
  evidence: {
    paragraph: number | null;
    quote: string;
    lang: string;
    context: string;
    document: { id: string };
  }[];
};

const api = useApi();

describe('evidence', () => {
  it('every edge of the graph is reachable, and each one from the note quotes it verbatim in the right paragraph', async () => {
    const expected = readSeedGraph();
    const edges = new Map<string, Edge>();
    for (const e of expected.entities) {
      const { data, errors } = await api.run<{ lineage: { edges: Edge[] } }>(
        `query($id: ID!) { lineage(id: $id, direction: BOTH, maxDepth: 20) {
          edges { id source note evidence { paragraph quote lang context document { id } } } } }`,
        { id: e.id },
      );
      expect(errors).toEqual([]);
      for (const edge of data!.lineage.edges) edges.set(edge.id, edge);
    }
    expect(edges.size).toBe(expected.relations.length);
    let cited = 0;
    for (const edge of edges.values()) {
      if (edge.source !== 'DOCUMENT') {
        expect(edge.note, edge.id).toBeTruthy();
        continue;
      }
      expect(edge.evidence.length, edge.id).toBeGreaterThan(0);
      for (const ev of edge.evidence) {
        cited++;
        expect(ev.document.id).toBe('document/2020-07-01-CTOC-COP-2020-1-items-2-4-5');
        expect(ev.lang).toBe('RU');
        expect(TEXT).toContain(ev.quote);
        if (ev.paragraph !== null)
          expect(paragraph(ev.paragraph), `${edge.id} para ${ev.paragraph}`).toContain(ev.quote);
        else expect(['HEADING', 'HEADER', 'FOOTNOTE']).toContain(ev.context);
      }
    }
    expect(cited).toBeGreaterThan(50);
  });

  it('keeps the page break inside paragraph 10 as printed', async () => {
    const { data } = await api.run<{ lineage: { edges: Edge[] } }>(
      `{ lineage(id: "body/wg-firearms", maxDepth: 1) { edges { id source note evidence { paragraph quote lang context document { id } } } } }`,
    );
    const created = data!.lineage.edges.find(
      (e) => e.id === 'CREATES:resolution/5/4>body/wg-firearms',
    );
    expect(created?.evidence[0]?.paragraph).toBe(10);
    expect(created?.evidence[0]?.quote).toContain('оборота\n\nогнестрельного');
  });
});
