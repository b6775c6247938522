import { describe, expect, it } from 'vitest';
import { mandateRows, startingQuestions } from '../src/components/landing/model';
import type { LandingQuery } from '../src/gql/graphql';

type Mandate = LandingQuery['overview']['mandates'][number];
type Body = Mandate['creates'][number];

const body = (id: string, bodyType: Body['bodyType']): Body => ({
  id,
  kind: 'BODY',
  nameEn: id,
  nameRu: id,
  bodyType,
});
const mandate = (
  id: string,
  session: number,
  yearSource: 'REFERENCE' | 'DOCUMENT',
  creates: Body[],
  governs: Body[] = [],
): Mandate => ({
  id,
  kind: 'MANDATE',
  nameEn: id,
  nameRu: id,
  number: id.split('/').slice(1).join('/'),
  mandateType: id.startsWith('decision') ? 'DECISION' : 'RESOLUTION',
  subjectEn: null,
  subjectRu: null,
  session: {
    id: `session/${String(session)}`,
    number: session,
    year: 2000 + session,
    provenance: [{ fields: ['year', 'place'], source: yearSource }],
  },
  creates,
  governs,
});
const landing = (mandates: Mandate[]): LandingQuery => ({
  overview: { entities: [], relations: 0, sources: [], mandates },
});

const wgA = body('body/wg-a', 'WORKING_GROUP');
const wgB = body('body/wg-b', 'WORKING_GROUP');
const wgC = body('body/wg-c', 'WORKING_GROUP');
const wgD = body('body/wg-d', 'WORKING_GROUP');
const mech = body('body/mechanism', 'MECHANISM');
const secretariat = body('body/secretariat', 'SECRETARIAT');
const data = landing([
  mandate('decision/2/6', 2, 'REFERENCE', [wgA]),
  mandate('resolution/5/4', 5, 'REFERENCE', [wgB, wgC, wgD]),
  mandate('resolution/7/1', 7, 'REFERENCE', [], [wgA, wgB]),
  mandate('resolution/10/1', 10, 'DOCUMENT', [mech], [mech, secretariat]),
]);

describe('the landing page model', () => {
  it('keeps session order, marks reference years and lists a created body once', () => {
    const rows = mandateRows(data);
    expect(rows.map((r) => r.mandate.id)).toEqual([
      'decision/2/6',
      'resolution/5/4',
      'resolution/7/1',
      'resolution/10/1',
    ]);
    expect(rows.map((r) => r.yearIsReference)).toEqual([true, true, true, false]);
    expect(rows[3]?.created.map((b) => b.id)).toEqual(['body/mechanism']);
    expect(rows[3]?.governed.map((b) => b.id)).toEqual(['body/secretariat']);
  });

  it('asks why three working groups and one other body exist, and what mandates created', () => {
    const questions = startingQuestions(mandateRows(data));
    expect(questions.map((q) => `${q.kind} ${q.target.id} ${q.direction}`)).toEqual([
      'why body/wg-a UPSTREAM',
      'why body/wg-b UPSTREAM',
      'why body/wg-c UPSTREAM',
      'why body/mechanism UPSTREAM',
      // The mandate that created the most bodies, then the latest one that created any.
      'created resolution/5/4 DOWNSTREAM',
      'created resolution/10/1 DOWNSTREAM',
    ]);
  });

  it('asks nothing about a body no mandate created, and nothing when the graph is empty', () => {
    const only = startingQuestions(
      mandateRows(landing([mandate('resolution/7/1', 7, 'REFERENCE', [], [wgA])])),
    );
    expect(only).toEqual([]);
    expect(startingQuestions(mandateRows(landing([])))).toEqual([]);
  });
});
