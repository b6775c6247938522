import { describe, expect, it } from 'vitest';
import { useApi } from '../support/api.js';

const api = useApi();

interface Overview {
  entities: { kind: string; count: number }[];
  relations: number;
  sources: { id: string; lang: string | null; date: string | null }[];
}

describe('overview', () => {
  it('counts every kind and relation as the lists and the graph itself do', async () => {
    const { data, errors } = await api.run<{
      overview: Overview;
      mandates: { totalCount: number };
      bodies: { totalCount: number };
      sessions: { totalCount: number };
      documents: { totalCount: number };
    }>(`{
      overview { entities { kind count } relations sources { id lang date } }
      mandates { totalCount } bodies { totalCount } sessions { totalCount } documents { totalCount }
    }`);
    expect(errors).toEqual([]);
    const o = data!.overview;
    const count = Object.fromEntries(o.entities.map((e) => [e.kind, e.count]));
    expect(o.entities.map((e) => e.kind)).toEqual([
      'INSTRUMENT',
      'BODY',
      'SESSION',
      'MANDATE',
      'MEETING',
      'DOCUMENT',
    ]);
    expect(count.MANDATE).toBe(data!.mandates.totalCount);
    expect(count.BODY).toBe(data!.bodies.totalCount);
    expect(count.SESSION).toBe(data!.sessions.totalCount);
    expect(count.DOCUMENT).toBe(data!.documents.totalCount);
    expect(count.INSTRUMENT).toBe(4); // the Convention and its three Protocols
    const [row] = await api.db.read('graphCounts', {});
    expect(o.relations).toBe(Number(row!.get('relationships')));
    expect(o.entities.reduce((s, e) => s + e.count, 0)).toBe(Number(row!.get('nodes')));
  });

  it('names the seed note, read in Russian, as the document the graph was built from', async () => {
    const { data } = await api.run<{ overview: Overview }>(
      '{ overview { sources { id lang date } } }',
    );
    expect(data!.overview.sources).toContainEqual({
      id: 'document/2020-07-01-CTOC-COP-2020-1-items-2-4-5',
      lang: 'RU',
      date: '2020-07-01',
    });
    // The reports the note cites are entities of the graph, not documents it was read from.
    expect(data!.overview.sources.map((s) => s.id)).not.toContain('CTOC/COP/WG.4/2020/4');
  });

  it('lists the mandates in session order with the bodies each creates and governs', async () => {
    const { data, errors } = await api.run<{
      overview: {
        mandates: { id: string; creates: { id: string }[]; governs: { id: string }[] }[];
      };
      mandates: { edges: { node: { id: string } }[] };
    }>(`{
      overview { mandates { id creates { id } governs { id } } }
      mandates(first: 100) { edges { node { id } } }
    }`);
    expect(errors).toEqual([]);
    const rows = data!.overview.mandates;
    expect(rows.map((m) => m.id)).toEqual(data!.mandates.edges.map((e) => e.node.id));
    const row = (id: string) => rows.find((m) => m.id === id);
    // Paragraph 4 of the seed: decision 4/4 established the Working Group on Trafficking in Persons.
    expect(row('decision/4/4')?.creates.map((b) => b.id)).toContain(
      'body/wg-trafficking-in-persons',
    );
    // Each body's own mandates name the same mandates, from the other end of the relations.
    const { data: back } = await api.run<{
      bodies: { edges: { node: { id: string; mandates: { id: string }[] } }[] };
    }>('{ bodies(first: 100) { edges { node { id mandates { id } } } } }');
    for (const { node: body } of back!.bodies.edges) {
      const fromMandates = rows
        .filter((m) => [...m.creates, ...m.governs].some((b) => b.id === body.id))
        .map((m) => m.id)
        .sort();
      expect(fromMandates, body.id).toEqual(body.mandates.map((m) => m.id).sort());
    }
  });
});
