// The synthetic registry: many independent Conferences of the Parties (treaty bodies), each
// with the seed graph's shape, generated lazily one conference per chunk. The registry grows
// by adding conferences, never by changing one, so what the probes (all from the first
// conference) reach is the same at every size: a benchmark can compare 10k with 1M nodes.
import type { EntityRecord, RelationRecord } from '../../server/src/domain/model.js';
import { buildConference } from './conference.js';
import { conferenceWord } from './vocab.js';

export interface RegistryOptions {
  nodes: number;
  /** Default 1. */
  seed?: number;
  /** Id prefix, default 'syn'; lower-case letters, digits and '-'. */
  namespace?: string;
}

export interface RegistryChunk {
  entities: EntityRecord[];
  relations: RelationRecord[];
}

export interface Probes {
  /** A Conference body (downstream: its whole registry, ~300 nodes). */
  conference: string;
  /** A working group created by one mandate and governed by later ones. */
  workingGroup: string;
  /** A resolution that creates/governs bodies (the most of them in the first conference). */
  mandate: string;
  /** The session that adopted `mandate`. */
  session: string;
  /** The last report produced by a meeting of the working group. */
  report: string;
  /** An English phrase the full-text index finds a few dozen times at every size. */
  searchEn: string;
  /** The report's document symbol, as a user would type it. */
  symbol: string;
}

function settings(opts: RegistryOptions): { seed: number; namespace: string } {
  const namespace = opts.namespace ?? 'syn';
  // It becomes the first segment of every id and symbol: keep it a plain word.
  if (!/^[a-z][a-z0-9-]*$/.test(namespace)) throw new Error(`bad namespace ${namespace}`);
  if (!Number.isInteger(opts.nodes) || opts.nodes < 1) throw new Error(`bad size ${opts.nodes}`);
  return { seed: opts.seed ?? 1, namespace };
}

/**
 * Lazily yields one chunk per conference; a chunk's relations reference only its own
 * entities (conferences are disjoint). The last conference is cut to the number of sessions
 * that brings the total nearest to opts.nodes (within one session's worth, ~30 entities).
 */
export function* generateRegistry(opts: RegistryOptions): Iterable<RegistryChunk> {
  const { seed, namespace } = settings(opts);
  let total = 0;
  for (let c = 1; total < opts.nodes; c++) {
    const remaining = opts.nodes - total;
    let conference = buildConference(namespace, seed, c);
    if (conference.entities.length > remaining) {
      // Cut at a session: the same conference earlier in time, so it stays consistent.
      let best = conference;
      for (let s = 1; ; s++) {
        const cut = buildConference(namespace, seed, c, s);
        const off = (x: number) => Math.abs(x - remaining);
        if (off(cut.entities.length) < off(best.entities.length)) best = cut;
        if (cut.entities.length >= remaining) break;
      }
      if (Math.abs(best.entities.length - remaining) >= remaining) return;
      conference = best;
    }
    total += conference.entities.length;
    yield { entities: conference.entities, relations: conference.relations };
  }
}

/**
 * Entities of the FIRST conference, whose lineage answers (UPSTREAM/DOWNSTREAM/BOTH, any
 * maxDepth) have exactly the same size at every registry size ≥ 10k: conferences share no
 * edge, and adding conferences never changes an earlier one.
 */
export function probes(opts: RegistryOptions): Probes {
  const { seed, namespace } = settings(opts);
  const { entities, relations } = buildConference(namespace, seed, 1);
  const out = (type: string, from: string) =>
    relations.filter((r) => r.type === type && r.fromId === from);
  const into = (type: string, to: string) =>
    relations.filter((r) => r.type === type && r.toId === to);
  const best = <T extends EntityRecord>(items: T[], score: (e: T) => number): T => {
    const top = items.reduce<T | undefined>(
      (a, e) => (a && score(a) >= score(e) ? a : e),
      undefined,
    );
    if (!top) throw new Error('the first conference lacks a probe');
    return top;
  };
  const workingGroup = best(
    entities.filter((e) => e.kind === 'BODY' && e.type === 'WORKING_GROUP'),
    (b) => (out('HOLDS', b.id).length > 0 ? into('GOVERNS', b.id).length : -1),
  );
  const mandate = best(
    entities.flatMap((e) => (e.kind === 'MANDATE' && e.type === 'RESOLUTION' ? [e] : [])),
    (m) => out('CREATES', m.id).length + out('GOVERNS', m.id).length,
  );
  const meetings = out('HOLDS', workingGroup.id).map((r) => r.toId);
  const reportId = out('PRODUCES', meetings.at(-1) ?? '')[0]?.toId;
  const report = entities.find((e) => e.id === reportId);
  if (report?.kind !== 'DOCUMENT' || !report.symbol) throw new Error('no report of the probe');
  return {
    conference: `${namespace}/c1/body/cop`,
    workingGroup: workingGroup.id,
    mandate: mandate.id,
    session: mandate.sessionId,
    report: report.id,
    // Only the first conference has this word, so the hits (the group, its meetings and
    // reports) are the same few dozen at any size.
    searchEn: `${conferenceWord(1).en} ${workingGroup.aliasesEn[0] ?? ''}`,
    symbol: report.symbol,
  };
}
