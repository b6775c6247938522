// Status through time, through the API on the seed graph: every change is a cited relation of
// the entity, and the status at a date is the last change by then.
import { describe, expect, it } from 'vitest';
import { useApi } from '../support/api.js';

const api = useApi();

interface Change {
  date: string | null;
  dateSource: string;
  status: string;
  because: {
    id: string;
    type: string;
    from: { id: string };
    to: { id: string };
    evidence: { paragraph: number | null; quote: string }[];
  };
}
const CHANGE = `history { date dateSource status because { id type from { id } to { id } evidence { paragraph quote } } }`;
const lastDay = (d: string) => (d.length === 4 ? `${d}-12-31` : d.length === 7 ? `${d}-31` : d);

async function bodies(): Promise<{ id: string; status: string | null; history: Change[] }[]> {
  const { data, errors } = await api.run<{
    bodies: { edges: { node: { id: string; status: string | null; history: Change[] } }[] };
  }>(`{ bodies(first: 20) { edges { node { id ... on Body { status ${CHANGE} } } } } }`);
  expect(errors).toEqual([]);
  return data!.bodies.edges.map((e) => e.node);
}

describe('history', () => {
  it("lists each body's changes as its own cited relations, in date order, and its status is the last", async () => {
    const all = await bodies();
    expect(all.filter((b) => b.history.length > 0).length).toBeGreaterThanOrEqual(6);
    for (const b of all) {
      const dates = b.history.map((c) => c.date).filter((d): d is string => d !== null);
      expect(dates.map(lastDay)).toEqual([...dates.map(lastDay)].sort());
      for (const c of b.history) {
        expect(c.because.to.id).toBe(b.id);
        expect(['CREATES', 'GOVERNS']).toContain(c.because.type);
      }
      expect(b.status).toBe(b.history.at(-1)?.status ?? null);
    }
  });

  it('answers status(asOf) with the last change by the end of that date, for every change date', async () => {
    for (const b of await bodies()) {
      for (const c of b.history) {
        if (c.date === null) continue;
        const { data } = await api.run<{ entity: { status: string | null } }>(
          `query($id: ID!, $d: String) { entity(id: $id) { ... on Body { status(asOf: $d) } } }`,
          { id: b.id, d: c.date },
        );
        const expected = b.history
          .filter((x) => x.date !== null && lastDay(x.date) <= lastDay(c.date ?? ''))
          .at(-1);
        expect(data?.entity.status).toBe(expected?.status);
      }
    }
  });

  it('reads the trafficking working group as the note tells it: interim under 4/4, a constant element under 7/1', async () => {
    const { data } = await api.run<{
      entity: { s2012: string; s2015: string; s2007: string | null; history: Change[] };
    }>(`{ entity(id: "body/wg-trafficking-in-persons") { ... on Body {
      s2007: status(asOf: "2007") s2012: status(asOf: "2012-01-01") s2015: status(asOf: "2015") ${CHANGE} } } }`);
    const h = data!.entity.history;
    const interim = h.find((c) => c.status === 'INTERIM');
    expect(interim?.because.from.id).toBe('decision/4/4');
    expect(interim?.because.evidence.some((e) => /временн/.test(e.quote))).toBe(true);
    // The year of the fourth session is reference data, not the note's.
    expect([interim?.date, interim?.dateSource]).toEqual(['2008', 'REFERENCE']);
    const constant = h.find((c) => c.status === 'CONSTANT_ELEMENT');
    expect(constant?.because.from.id).toBe('resolution/7/1');
    expect(constant?.because.evidence.map((e) => e.paragraph)).toContain(5);
    expect([data!.entity.s2007, data!.entity.s2012, data!.entity.s2015]).toEqual([
      null,
      'INTERIM',
      'CONSTANT_ELEMENT',
    ]);
  });

  it('has a meeting the note plans only from the note on, and a held one from its last day', async () => {
    const { data } = await api.run<{
      planned: { before: string | null; on: string | null; statusAsOf: string; history: Change[] };
      held: { endDate: string; history: Change[] };
    }>(`{
      planned: entity(id: "meeting/wg-firearms/7") { ... on Meeting { before: status(asOf: "2020-06-30") on: status(asOf: "2020-07-01") statusAsOf ${CHANGE} } }
      held: entity(id: "meeting/wg-trafficking-in-persons/9") { ... on Meeting { endDate ${CHANGE} } }
    }`);
    expect([data!.planned.before, data!.planned.on]).toEqual([null, 'PLANNED']);
    expect(data!.planned.history.map((c) => [c.date, c.dateSource, c.because.type])).toEqual([
      [data!.planned.statusAsOf, 'DOCUMENT', 'HOLDS'],
    ]);
    expect(data!.held.history.map((c) => [c.date, c.status])).toEqual([
      [data!.held.endDate, 'HELD'],
    ]);
  });

  it('has a mandate adopted at its session', async () => {
    const { data } = await api.run<{ entity: { status: string; history: Change[] } }>(
      `{ entity(id: "resolution/7/1") { ... on Mandate { status ${CHANGE} } } }`,
    );
    expect(data!.entity.history[0]).toMatchObject({
      date: '2014',
      dateSource: 'REFERENCE',
      status: 'ADOPTED',
      because: { type: 'ADOPTED_AT', to: { id: 'session/7' } },
    });
  });
});

describe('as of a date', () => {
  const lineage = async (asOf: string | null) => {
    const { data, errors } = await api.run<{
      lineage: { nodes: { id: string }[]; edges: { from: { id: string }; to: { id: string } }[] };
    }>(
      `query($a: String) { lineage(id: "body/wg-trafficking-in-persons", direction: BOTH, maxDepth: 6, asOf: $a) {
        nodes { id } edges { from { id } to { id } } } }`,
      { a: asOf },
    );
    expect(errors).toEqual([]);
    return data!.lineage;
  };

  it('leaves out of the lineage what did not exist yet, and keeps every edge between what is left', async () => {
    const now = await lineage(null);
    const then = await lineage('2012');
    const ids = (l: { nodes: { id: string }[] }) => l.nodes.map((n) => n.id);
    expect(ids(now)).toContain('resolution/7/1');
    expect(ids(then)).toContain('decision/4/4');
    expect(ids(then)).not.toContain('resolution/7/1');
    expect(ids(then).some((id) => id.startsWith('meeting/'))).toBe(false);
    for (const e of then.edges) {
      expect(ids(then)).toContain(e.from.id);
      expect(ids(then)).toContain(e.to.id);
    }
    expect(ids(then).length).toBeLessThan(ids(now).length);
    expect((await lineage('2007')).nodes.map((n) => n.id)).toEqual([
      'body/wg-trafficking-in-persons',
    ]);
  });

  it('explains why a body existed as things stood then', async () => {
    const { data } = await api.run<{
      then: { summaryEn: string; steps: { from: { id: string } }[] };
      now: { summaryEn: string };
    }>(`{
      then: whyExists(id: "body/wg-trafficking-in-persons", asOf: "2012") { summaryEn: summary steps { from { id } } }
      now: whyExists(id: "body/wg-trafficking-in-persons") { summaryEn: summary }
    }`);
    expect(data!.now.summaryEn).toContain('7/1');
    expect(data!.then.summaryEn).toContain('4/4');
    expect(data!.then.summaryEn).not.toContain('7/1');
    expect(data!.then.steps.map((s) => s.from.id)).not.toContain('resolution/7/1');
  });

  it('refuses a date it cannot read, naming the argument', async () => {
    for (const bad of ['2012-13-01', 'last year', '20120101']) {
      const { errors } = await api.run(
        `query($a: String) { lineage(id: "body/cop", asOf: $a) { nodes { id } } }`,
        { a: bad },
      );
      expect(errors[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(errors[0]?.message).toMatch(/^asOf: must be a date/);
    }
  });
});

describe('sources that disagree and corroboration', () => {
  it("keeps the reference data's known disagreement on the second session's year, both values named, in both languages", async () => {
    const { data, errors } = await api.run<{
      entity: {
        year: number;
        conflicts: {
          field: string;
          values: {
            value: string;
            held: boolean;
            source: string;
            note: string | null;
            noteRu: string | null;
          }[];
        }[];
        support: { field: string; referenceOnly: boolean; corroborated: boolean }[];
      };
    }>(`{ entity(id: "session/2") { ... on Session { year
      conflicts { field values { value held source note noteRu: note(lang: RU) } }
      support { field referenceOnly corroborated } } } }`);
    expect(errors).toEqual([]);
    const [year] = data!.entity.conflicts;
    expect(year?.field).toBe('year');
    expect(year?.values.map((v) => [v.value, v.held])).toEqual([
      [String(data!.entity.year), true],
      ['2006', false],
    ]);
    expect(year?.values[0]?.note).toContain('CTOC/COP/2008/14');
    expect(year?.values[1]?.note).toContain('UNODC');
    for (const v of year?.values ?? []) expect(v.noteRu).toMatch(/[а-я]/);
    expect(data!.entity.support.find((s) => s.field === 'year')).toMatchObject({
      referenceOnly: true,
      corroborated: false,
    });
  });

  it('says which relations two sources state and which only reference data gives', async () => {
    const { data } = await api.run<{
      lineage: {
        edges: {
          source: string;
          evidence: { document: { id: string }; lang: string }[];
          corroboration: {
            documents: number;
            languages: number;
            corroborated: boolean;
            referenceOnly: boolean;
          };
        }[];
      };
    }>(`{ lineage(id: "body/wg-firearms", direction: BOTH, maxDepth: 3) { edges { source evidence { document { id } lang }
        corroboration { documents languages corroborated referenceOnly } } } }`);
    const edges = data!.lineage.edges;
    expect(edges.length).toBeGreaterThan(5);
    for (const e of edges) {
      const docs = new Set(e.evidence.map((x) => x.document.id)).size;
      const langs = new Set(e.evidence.map((x) => x.lang)).size;
      expect(e.corroboration.corroborated).toBe(docs >= 2 || langs >= 2);
      expect(e.corroboration.referenceOnly).toBe(e.evidence.length === 0);
      if (e.corroboration.referenceOnly) expect(e.source).not.toBe('DOCUMENT');
    }
    expect(edges.some((e) => e.corroboration.referenceOnly)).toBe(true);
  });
});
