// whyExists: the upstream subgraph as a chronological list of steps, and the causal
// "spine" (subject -> meeting -> body -> mandates -> instruments) for the summary.
import type { EntityRecord, RelationRecord, SubgraphRecord } from '../domain/model.js';
import { causeOf } from './directions.js';

const TYPE_ORDER = [
  'SUPPLEMENTS',
  'SESSION_OF',
  'ADOPTED_AT',
  'CITES',
  'CONCERNS',
  'CREATES',
  'GOVERNS',
  'REFERENCES',
  'HOLDS',
  'PRODUCES',
  'SUBMITTED_TO',
];

/** The date a relation took effect, as a sortable string; '' when unknown. */
export function relationDate(r: RelationRecord, byId: Map<string, EntityRecord>): string {
  const year = (y: number | null | undefined) => (y ? `${y}` : '');
  const from = byId.get(r.fromId);
  const to = byId.get(r.toId);
  const sessionOf = (m: EntityRecord | undefined) =>
    m?.kind === 'MANDATE' ? byId.get(m.sessionId) : undefined;
  const sessionDate = (s: EntityRecord | undefined) =>
    s?.kind === 'SESSION' ? (s.startDate ?? year(s.year)) : '';
  switch (r.type) {
    case 'ADOPTED_AT':
    case 'SESSION_OF':
      return sessionDate(to?.kind === 'SESSION' ? to : from);
    case 'CREATES':
    case 'GOVERNS':
    case 'CONCERNS':
    case 'CITES':
      return from?.kind === 'INSTRUMENT' ? year(from.adopted) : sessionDate(sessionOf(from));
    case 'SUPPLEMENTS':
      return from?.kind === 'INSTRUMENT' ? year(from.adopted) : '';
    case 'HOLDS':
      return to?.kind === 'MEETING' ? (to.startDate ?? '') : '';
    case 'PRODUCES':
      return from?.kind === 'MEETING' ? (from.startDate ?? '') : '';
    case 'SUBMITTED_TO':
      // A report goes to a session, a background paper to a working group's meeting.
      return to?.kind === 'MEETING' ? (to.startDate ?? '') : sessionDate(to);
    case 'REFERENCES':
      return from?.kind === 'DOCUMENT' ? (from.date ?? year(from.year)) : '';
  }
}

export function chronological(
  edges: RelationRecord[],
  byId: Map<string, EntityRecord>,
): RelationRecord[] {
  // A year alone sorts before the dates within it ("2008" < "2008-10-08"), which is the
  // honest reading of a date known only to the year.
  const keyed = edges.map((r) => ({ r, date: relationDate(r, byId) || '9999' }));
  return keyed
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) ||
        TYPE_ORDER.indexOf(a.r.type) - TYPE_ORDER.indexOf(b.r.type) ||
        a.r.id.localeCompare(b.r.id),
    )
    .map((k) => k.r);
}

/**
 * The relations worth saying in the summary, nearest cause first: what made the subject,
 * then (for meetings and bodies reached that way) what made them, then the instruments
 * the mandates concern. Sessions and SESSION_OF links are folded into mandate mentions.
 */
export function spine(subjectId: string, graph: SubgraphRecord): RelationRecord[] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const into = new Map<string, RelationRecord[]>();
  for (const r of graph.edges) {
    const { effect } = causeOf(r.type, r.fromId, r.toId);
    into.set(effect, [...(into.get(effect) ?? []), r]);
  }
  const out: RelationRecord[] = [];
  const seen = new Set<string>();
  const mandates: string[] = [];
  const visit = (id: string, isSubject: boolean) => {
    for (const r of chronological(into.get(id) ?? [], byId)) {
      // Beyond the subject, a mandate's session is said inside the mandate's mention.
      if (seen.has(r.id) || (!isSubject && (r.type === 'ADOPTED_AT' || r.type === 'SESSION_OF')))
        continue;
      seen.add(r.id);
      out.push(r);
      const { cause } = causeOf(r.type, r.fromId, r.toId);
      const causeKind = byId.get(cause)?.kind;
      if (causeKind === 'MANDATE') mandates.push(cause);
      if (causeKind === 'MEETING' || causeKind === 'BODY') visit(cause, false);
    }
  };
  visit(subjectId, true);
  for (const m of mandates) {
    for (const r of into.get(m) ?? []) {
      if (r.type === 'CONCERNS' && !seen.has(r.id)) {
        seen.add(r.id);
        out.push(r);
      }
    }
  }
  return out;
}
