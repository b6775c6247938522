// The landing page's content, computed from one Landing query: the mandates in session order
// with the bodies each creates or governs, and starting questions built from the data (no
// id is written here: the questions name whatever the graph holds).
import type { LandingQuery } from '../../gql/graphql';
import type { Direction } from '../../state/view-state';

type MandateNode = LandingQuery['overview']['mandates'][number];
type BodyNode = MandateNode['creates'][number];

export interface Named {
  id: string;
  nameEn: string;
  nameRu: string;
}

export interface MandateRow {
  mandate: MandateNode;
  /** True when the session's year is reference data, not stated in an ingested document. */
  yearIsReference: boolean;
  created: BodyNode[];
  governed: BodyNode[];
}

export function mandateRows(data: LandingQuery): MandateRow[] {
  return data.overview.mandates.map((mandate) => {
    const yearSource = mandate.session.provenance.find((p) => p.fields.includes('year'))?.source;
    const created = new Set(mandate.creates.map((b) => b.id));
    return {
      mandate,
      yearIsReference: yearSource === 'REFERENCE',
      created: mandate.creates,
      // A body the mandate both creates and governs is listed once, as created.
      governed: mandate.governs.filter((b) => !created.has(b.id)),
    };
  });
}

export type Question =
  | { kind: 'why'; target: Named; direction: Direction }
  | { kind: 'created'; target: MandateNode; direction: Direction };

const WHY_TYPES = ['WORKING_GROUP', 'EXPERT_GROUP', 'MECHANISM'];

/**
 * Up to six questions: why three working groups exist, why one other subsidiary body exists,
 * and what the mandates that created the most bodies (and the latest one) brought about.
 */
export function startingQuestions(rows: MandateRow[]): Question[] {
  // Bodies a mandate created: their "why" has an answer. In order of creation, once each.
  const explained = [
    ...new Map(rows.flatMap((r) => r.created).map((b) => [b.id, b] as const)).values(),
  ].filter((b) => WHY_TYPES.includes(b.bodyType));
  const groups = explained.filter((b) => b.bodyType === 'WORKING_GROUP').slice(0, 3);
  const other = explained.find((b) => b.bodyType !== 'WORKING_GROUP');
  const why: Question[] = [...groups, ...(other ? [other] : [])].map((b) => ({
    kind: 'why',
    target: b,
    direction: 'UPSTREAM',
  }));
  const creating = rows.filter((r) => r.created.length > 0);
  const most = [...creating].sort((a, b) => b.created.length - a.created.length)[0];
  const latest = creating.at(-1);
  const created: Question[] = [most, latest]
    .filter((r): r is MandateRow => r !== undefined)
    .filter((r, i, all) => all.findIndex((x) => x.mandate.id === r.mandate.id) === i)
    .map((r) => ({ kind: 'created', target: r.mandate, direction: 'DOWNSTREAM' }));
  return [...why, ...created].slice(0, 6);
}
