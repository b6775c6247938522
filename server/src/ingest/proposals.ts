// What a document introduces that the reference data lacks — a mandate it recalls, that
// mandate's session, a report it names — enters the graph as a proposal: marked, with the
// quote that introduced it, until a reviewer accepts or rejects it (`npm run review`).
// The document itself is what the user chose to add, and a meeting is a fact about a body,
// so neither is a proposal.
import type {
  EntityRecord,
  EvidenceRecord,
  ProposalRecord,
  RelationRecord,
} from '../domain/model.js';

/** The first quote of the first relation that names each entity (from, to or basis). */
function firstQuotes(relations: readonly RelationRecord[]): Map<string, EvidenceRecord> {
  const quotes = new Map<string, EvidenceRecord>();
  for (const r of relations) {
    const quote = r.evidence[0];
    if (!quote) continue;
    for (const id of [r.fromId, r.toId, r.basisId]) {
      if (id !== null && !quotes.has(id)) quotes.set(id, quote);
    }
  }
  return quotes;
}

function introducingQuote(
  e: EntityRecord,
  entities: ReadonlyMap<string, EntityRecord>,
  named: ReadonlyMap<string, EvidenceRecord>,
): EvidenceRecord | null {
  const stated = e.provenance.find((p) => p.source === 'DOCUMENT' && p.evidence)?.evidence;
  if (stated) return stated;
  const quote = named.get(e.id);
  if (quote) return quote;
  // A session no sentence names is known from the number of a mandate that one does name.
  for (const m of entities.values()) {
    if (m.kind === 'MANDATE' && m.sessionId === e.id && m.id !== e.id) {
      const quote = introducingQuote(m, entities, named);
      if (quote) return quote;
    }
  }
  return null;
}

export function markProposals(
  entities: readonly EntityRecord[],
  relations: readonly RelationRecord[],
  reference: ReadonlyMap<string, EntityRecord>,
  documentId: string,
): EntityRecord[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  // Indexed once: a search of the relations per entity was quadratic in a long note (issue 32).
  const named = firstQuotes(relations);
  return entities.map((e) => {
    if (e.id === documentId || e.kind === 'MEETING' || reference.has(e.id)) return e;
    const evidence = introducingQuote(e, byId, named);
    const proposal: ProposalRecord | null = evidence ? { document: documentId, evidence } : null;
    return { ...e, proposal };
  });
}
