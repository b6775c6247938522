// The API's Russian: actions, notes and places asked for in Russian come back in Russian,
// and the same fields without `lang` answer as before (the English stored form).
import { describe, expect, it } from 'vitest';
import { useApi } from '../support/api.js';

const api = useApi();

type Rel = {
  id: string;
  action: string | null;
  actionRu: string | null;
  note: string | null;
  noteRu: string | null;
};

describe('the API in Russian', () => {
  it('gives the actions and notes of a lineage in Russian, and in English by default', async () => {
    const { data, errors } = await api.run<{ lineage: { edges: Rel[] } }>(`{
      lineage(id: "body/wg-trafficking-in-persons", direction: UPSTREAM, maxDepth: 6) {
        edges { id action actionRu: action(lang: RU) note noteRu: note(lang: RU) }
      }
    }`);
    expect(errors).toEqual([]);
    const edges = data?.lineage.edges ?? [];
    const byId = new Map(edges.map((e) => [e.id, e]));
    const governs = byId.get(
      'GOVERNS:resolution/7/1>body/wg-trafficking-in-persons:made-a-constant-element',
    );
    expect(governs?.action).toBe('made a constant element');
    expect(governs?.actionRu).toBe('делает постоянным элементом');
    const cop = edges.find((e) => e.note?.startsWith('article 32'));
    expect(cop?.noteRu).toMatch(/^статья 32 Конвенции учреждает Конференцию участников/);
    for (const e of edges) {
      if (e.note) expect(e.noteRu, e.id).toMatch(/[а-я]/);
      if (e.action) expect(e.actionRu, e.id).toMatch(/[а-я]/);
    }
  });

  it('gives provenance notes and places in Russian', async () => {
    const { data, errors } = await api.run<{
      entity: {
        place: string;
        placeRu: string;
        provenance: { note: string | null; noteRu: string | null }[];
      };
    }>(`{
      entity(id: "session/7") {
        ... on Session { place placeRu: place(lang: RU) }
        provenance { note noteRu: note(lang: RU) }
      }
    }`);
    expect(errors).toEqual([]);
    expect(data?.entity.place).toBe('Vienna');
    expect(data?.entity.placeRu).toBe('Вена');
    const notes = data?.entity.provenance.filter((p) => p.note) ?? [];
    expect(notes.length).toBeGreaterThan(0);
    for (const p of notes) {
      expect(p.noteRu).not.toBe(p.note);
      expect(p.noteRu).toMatch(/[а-я]/);
    }
  });
});
