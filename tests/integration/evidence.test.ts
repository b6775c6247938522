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

const NOTE = 'document/2020-07-01-CTOC-COP-2020-1-items-2-4-5';

interface StoredParagraph {
  number: number | null;
  index: number;
  context: string;
  text: string;
  lang: string;
  statements: { id: string }[];
}

describe('the note kept whole', () => {
  const paragraphsOf = async (id: string) => {
    const { data, errors } = await api.run<{
      entity: { languages: string[]; paragraphs: StoredParagraph[] };
    }>(
      `query($id: ID!) { entity(id: $id) { ... on Document { languages
        paragraphs { number index context text lang statements { id } } } } }`,
      { id },
    );
    expect(errors).toEqual([]);
    return data!.entity;
  };

  it('stores the seed note as read: every line, in order, the numbered paragraphs 1 to 18', async () => {
    const note = await paragraphsOf(NOTE);
    expect(note.languages).toEqual(['RU']);
    const blocks = note.paragraphs;
    expect(blocks.map((b) => b.index)).toEqual(blocks.map((_, i) => i));
    expect(blocks.filter((b) => b.number !== null).map((b) => b.number)).toEqual(
      Array.from({ length: 18 }, (_, i) => i + 1),
    );
    // Nothing lost, added or moved: the blocks (with their numbers) spell the file, bold marks
    // and white space aside.
    const letters = (s: string) => s.replace(/\*\*/g, '').replace(/\s+/gu, '');
    expect(
      letters(
        blocks.map((b) => `${b.number === null ? '' : `${String(b.number)}.`}${b.text}`).join(''),
      ),
    ).toBe(letters(TEXT));
    for (const b of blocks.filter((x) => x.number !== null)) {
      expect(paragraph(b.number!), `paragraph ${String(b.number)}`).toContain(b.text);
    }
    expect(new Set(blocks.map((b) => b.context))).toEqual(
      new Set(['HEADER', 'HEADING', 'PARAGRAPH', 'FOOTNOTE']),
    );
  });

  it('links every quote to the reader at a stored block that holds it and states its relation', async () => {
    const blocks = (await paragraphsOf(NOTE)).paragraphs;
    const expected = readSeedGraph();
    let checked = 0;
    for (const e of expected.entities) {
      const { data } = await api.run<{
        lineage: { edges: { id: string; evidence: { quote: string; url: string }[] }[] };
      }>(
        `query($id: ID!) { lineage(id: $id, direction: BOTH, maxDepth: 1) {
          edges { id evidence { quote url } } } }`,
        { id: e.id },
      );
      for (const edge of data!.lineage.edges) {
        for (const ev of edge.evidence) {
          const url = new URL(ev.url, 'http://explorer');
          expect(url.pathname).toBe('/');
          expect(url.searchParams.get('doc')).toBe(NOTE);
          expect(url.searchParams.get('quote')).toBe(edge.id);
          expect(url.searchParams.get('version')).toBe('ru');
          const para = url.searchParams.get('para') ?? '';
          const at = blocks.filter((b) =>
            /^\d+$/.test(para) ? b.number === Number(para) : b.context === para.toUpperCase(),
          );
          const holder = at.find((b) => b.text.includes(ev.quote));
          expect(holder, `${edge.id}: ${para} holds "${ev.quote}"`).toBeDefined();
          expect(holder!.statements.map((s) => s.id)).toContain(edge.id);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it("lists in each block the entities' facts it states, each with the quote that stands in it", async () => {
    const { data, errors } = await api.run<{
      entity: {
        paragraphs: {
          number: number | null;
          text: string;
          facts: {
            of: { id: string };
            fields: string[];
            evidence: { quote: string; url: string };
          }[];
        }[];
      };
    }>(
      `query($id: ID!) { entity(id: $id) { ... on Document {
        paragraphs(lang: RU) { number text facts { of { id } fields evidence { quote url } } } } } }`,
      { id: NOTE },
    );
    expect(errors).toEqual([]);
    const listed = new Set<string>();
    for (const block of data!.entity.paragraphs) {
      for (const f of block.facts) {
        expect(block.text, f.of.id).toContain(f.evidence.quote);
        expect(new URL(f.evidence.url, 'http://explorer').searchParams.get('of')).toBe(f.of.id);
        listed.add(`${f.of.id} ${f.fields.join()} ${f.evidence.quote}`);
      }
    }
    // Every fact the graph quotes from the note, as each entity gives it, and nothing else.
    const stated: string[] = [];
    for (const { id } of readSeedGraph().entities) {
      const one = await api.run<{
        entity: {
          provenance: {
            fields: string[];
            evidence: { quote: string; document: { id: string } } | null;
          }[];
        } | null;
      }>(
        `query($id: ID!) { entity(id: $id) { provenance { fields evidence { quote document { id } } } } }`,
        { id },
      );
      for (const p of one.data?.entity?.provenance ?? [])
        if (p.evidence?.document.id === NOTE)
          stated.push(`${id} ${p.fields.join()} ${p.evidence.quote}`);
    }
    expect(stated.length).toBeGreaterThan(20);
    expect([...listed].sort()).toEqual([...new Set(stated)].sort());
  });

  it('counts who states a relation: one note, its paragraphs, one language', async () => {
    const { data } = await api.run<{
      lineage: { edges: { id: string; corroboration: Record<string, unknown> }[] };
    }>(
      `{ lineage(id: "body/wg-firearms", direction: UPSTREAM, maxDepth: 1) {
        edges { id corroboration { documents paragraphs languages langs } } } }`,
    );
    const created = data!.lineage.edges.find(
      (e) => e.id === 'CREATES:resolution/5/4>body/wg-firearms',
    );
    expect(created?.corroboration).toEqual({
      documents: 1,
      paragraphs: 1,
      languages: 1,
      langs: ['RU'],
    });
  });

  it('answers an empty text for a document known only by its symbol', async () => {
    const report = await paragraphsOf('CTOC/COP/WG.4/2020/4');
    expect(report).toEqual({ languages: [], paragraphs: [] });
  });
});
