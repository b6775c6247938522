// Proposals under review: list them, accept or reject them. Every decision of one call is
// one transaction: an id that is not a proposal refuses the whole call, writing nothing.
import type { Database } from '../db/executor.js';
import { entityFromNode } from '../db/records.js';
import type { EntityRecord, ProposalRecord } from '../domain/model.js';

export type Proposed = EntityRecord & { proposal: ProposalRecord };

export class ReviewError extends Error {}

export async function listProposals(db: Database): Promise<Proposed[]> {
  return (await db.read('listProposals', {}))
    .map((r) => entityFromNode(r.get('n')))
    .filter((e): e is Proposed => e.proposal != null);
}

/**
 * Accepts or rejects the proposals with these ids (all of them with `all`). Returns the ids
 * decided.
 * @throws ReviewError naming the ids that are not proposals
 */
export async function decide(
  db: Database,
  decision: 'accept' | 'reject',
  ids: readonly string[],
  options: { all?: boolean; now?: Date } = {},
): Promise<string[]> {
  const at = (options.now ?? new Date()).toISOString();
  return db.write(async (tx) => {
    const proposed = new Map(
      (await tx.run('listProposals', {}))
        .map((r) => entityFromNode(r.get('n')))
        .flatMap((e) => (e.proposal ? [[e.id, e.proposal] as const] : [])),
    );
    const chosen = options.all ? [...proposed.keys()] : [...new Set(ids)];
    const unknown = chosen.filter((id) => !proposed.has(id));
    if (unknown.length > 0)
      throw new ReviewError(
        `not under review: ${unknown.join(', ')} (npm run review lists the proposals); nothing decided`,
      );
    for (const id of chosen) {
      const p = proposed.get(id);
      if (!p) continue;
      const decided = { id, document: p.document, quote: p.evidence.quote, at };
      if (decision === 'accept') {
        await tx.run('acceptProposal', decided);
        continue;
      }
      // A stored block lists a statement as JSON {id, from, to} (seed/texts.ts): its start
      // names the relation.
      const relations = (await tx.run('relationsOfEntity', { id })).map((r) => String(r.get('id')));
      await tx.run('rejectProposal', {
        ...decided,
        statementPrefixes: relations.map((rid) => `{"id":${JSON.stringify(rid)},`),
      });
    }
    return chosen;
  });
}
