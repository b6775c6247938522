// The year a node is placed at on a timeline, from what the subgraph itself knows.
import type { EntityRecord, SubgraphRecord } from '../../domain/model.js';

const startYear = (date: string | null) => (date ? Number(date.slice(0, 4)) : null);

/**
 * The year a node belongs to on a timeline: a mandate's session year, a meeting's start,
 * a document's year, an instrument's adoption; a body takes the earliest mandate that
 * created it. Null when nothing in the subgraph dates it. Same rule as the client's.
 */
export function yearOf(
  e: EntityRecord,
  sg: SubgraphRecord,
  byId: Map<string, EntityRecord>,
): number | null {
  switch (e.kind) {
    case 'MANDATE': {
      const session = byId.get(e.sessionId);
      return session?.kind === 'SESSION' ? session.year : null;
    }
    case 'SESSION':
    case 'DOCUMENT':
      return e.year;
    case 'MEETING':
      return startYear(e.startDate);
    case 'INSTRUMENT':
      return e.adopted;
    case 'BODY': {
      const years = sg.edges
        .filter((r) => r.type === 'CREATES' && r.toId === e.id)
        .map((r) => byId.get(r.fromId))
        .map((m): number | null => (m && m.kind !== 'BODY' ? yearOf(m, sg, byId) : null))
        .filter((y): y is number => y !== null);
      return years.length ? Math.min(...years) : null;
    }
  }
}
