// The synthetic registry of the benchmarks (bench/registry), checked without a database:
// deterministic, the size asked for, referentially whole, valid for the app's own node
// schemas, shaped like the seed graph, and with probes whose lineage does not grow with it.
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import neo4j from 'neo4j-driver';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  generateRegistry,
  probes,
  type RegistryChunk,
  type RegistryOptions,
} from '../../bench/registry/generate.js';
import { CausalGraph } from '../../bench/registry/lineage.js';
import type { EntityRecord, RelationRecord } from '../../server/src/domain/model.js';
import {
  entityFromNode,
  entityToParams,
  relationFromRelationship,
  relationToParams,
} from '../../server/src/db/records.js';
import { CAUSE_AT_START, type Direction } from '../../server/src/services/directions.js';

const generate = (opts: RegistryOptions): RegistryChunk[] => [...generateRegistry(opts)];
const hash = (chunks: RegistryChunk[]) =>
  createHash('sha256').update(JSON.stringify(chunks)).digest('hex');
const entitiesOf = (chunks: RegistryChunk[]) => chunks.flatMap((c) => c.entities);
const relationsOf = (chunks: RegistryChunk[]) => chunks.flatMap((c) => c.relations);
/** "syn/c3": the conference an id belongs to. */
const conferenceOf = (id: string) => id.split('/').slice(0, 2).join('/');

// What Neo4j keeps of the write parameters: `SET n += map` drops null values.
const present = (m: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(m).filter(([, v]) => v !== null));
function stored(e: EntityRecord): EntityRecord {
  const p = entityToParams(e, true) as {
    names: Record<string, unknown>;
    props: Record<string, unknown>;
    provenance: string[];
  };
  const props = { ...p.names, ...present(p.props), provenance: p.provenance };
  return entityFromNode(new neo4j.types.Node(neo4j.int(0), ['Entity'], props, e.id));
}
function storedRelation(r: RelationRecord): RelationRecord {
  const p = relationToParams(r, CAUSE_AT_START.includes(r.type)) as {
    props: Record<string, unknown>;
    evidence: string[];
    evidenceDocs: string[];
  };
  const props = { id: r.id, ...present(p.props), evidence: p.evidence };
  const rel = new neo4j.types.Relationship(neo4j.int(0), neo4j.int(1), neo4j.int(2), r.type, props);
  return relationFromRelationship(rel, r.type, r.fromId, r.toId);
}

let small: RegistryChunk[];
let large: RegistryChunk[];
beforeAll(() => {
  small = generate({ nodes: 10_000 });
  large = generate({ nodes: 30_000 });
});

describe('the synthetic registry generator', () => {
  it('is deterministic: the same seed gives the same registry, another seed another one', () => {
    expect(hash(generate({ nodes: 10_000 }))).toBe(hash(small));
    expect(hash(generate({ nodes: 3_000, seed: 2 }))).not.toBe(hash(generate({ nodes: 3_000 })));
    // Growing the registry adds conferences; the ones already there do not change.
    expect(hash(large.slice(0, 10))).toBe(hash(small.slice(0, 10)));
  });

  it('has the number of entities asked for (±2 %), with unique ids, symbols and numbers', () => {
    for (const [chunks, nodes] of [
      [small, 10_000],
      [large, 30_000],
    ] as const) {
      const entities = entitiesOf(chunks);
      expect(Math.abs(entities.length - nodes) / nodes).toBeLessThanOrEqual(0.02);
      expect(new Set(entities.map((e) => e.id)).size).toBe(entities.length);
      const relations = relationsOf(chunks);
      expect(new Set(relations.map((r) => r.id)).size).toBe(relations.length);
      // Unique in Neo4j by constraint: a duplicate would fail the load.
      const symbols = entities.flatMap((e) =>
        e.kind === 'DOCUMENT' && e.symbol ? [e.symbol] : [],
      );
      expect(new Set(symbols).size).toBe(symbols.length);
      const numbers = entities.flatMap((e) => (e.kind === 'MANDATE' ? [e.number] : []));
      expect(new Set(numbers).size).toBe(numbers.length);
    }
  });

  it('never reuses an id, symbol or number of another namespace or of the real graph', () => {
    const keys = (chunks: RegistryChunk[]) =>
      entitiesOf(chunks).flatMap((e) => [
        e.id,
        ...(e.kind === 'DOCUMENT' && e.symbol ? [e.symbol] : []),
        ...(e.kind === 'MANDATE' ? [e.number] : []),
      ]);
    const other = new Set(keys(generate({ nodes: 2_000, namespace: 'bulk-1' })));
    const mine = keys(generate({ nodes: 2_000 }));
    expect(mine.filter((k) => other.has(k))).toEqual([]);
    expect(mine.every((k) => /^syn[/-]|^SYN[/]|\/SYN-C\d+$/.test(k))).toBe(true);
  });

  // Problems are collected and compared once: an expect() per record would take seconds.
  it('names only entities of the same or an earlier chunk, and cites existing notes', () => {
    const seen = new Map<string, EntityRecord>();
    const problems: string[] = [];
    for (const chunk of large) {
      for (const e of chunk.entities) seen.set(e.id, e);
      for (const r of chunk.relations) {
        for (const id of [r.fromId, r.toId, ...(r.basisId ? [r.basisId] : [])])
          if (!seen.has(id)) problems.push(`${r.id} names ${id}, not yet generated`);
        if (r.source !== 'DOCUMENT' || r.evidence.length === 0)
          problems.push(`${r.id}: no evidence`);
        for (const ev of r.evidence) {
          if (seen.get(ev.document)?.kind !== 'DOCUMENT')
            problems.push(`${r.id} cites ${ev.document}`);
          if (ev.quote.length === 0 || ev.lang !== 'en') problems.push(`${r.id}: bad quote`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('writes records the app reads back unchanged (its zod node schemas)', () => {
    const changed = [
      ...entitiesOf(small).filter((e) => !isDeepStrictEqual(stored(e), e)),
      ...relationsOf(small).filter((r) => !isDeepStrictEqual(storedRelation(r), r)),
    ];
    expect(changed.map((x) => x.id)).toEqual([]);
  });

  it('has the seed graph’s shape: one creator per body, texts at their own sessions, governed later', () => {
    const entities = new Map(entitiesOf(large).map((e) => [e.id, e]));
    const relations = relationsOf(large);
    const sessionOf = (mandateId: string) => {
      const m = entities.get(mandateId);
      const s = m?.kind === 'MANDATE' ? entities.get(m.sessionId) : undefined;
      return s?.kind === 'SESSION' ? s.number : Number.NaN;
    };
    const ends = (type: string, key: 'fromId' | 'toId', other: 'fromId' | 'toId') => {
      const m = new Map<string, string[]>();
      for (const r of relations)
        if (r.type === type) m.set(r[key], [...(m.get(r[key]) ?? []), r[other]]);
      return m;
    };
    const creators = ends('CREATES', 'toId', 'fromId');
    const adoptedAt = ends('ADOPTED_AT', 'fromId', 'toId');
    const problems: string[] = [];
    for (const e of entities.values()) {
      const made = creators.get(e.id) ?? [];
      if (e.kind === 'BODY' && e.type !== 'CONFERENCE') {
        if (made.length !== 1 || entities.get(made[0] ?? '')?.kind !== 'MANDATE')
          problems.push(`${e.id} created by ${made.join(', ')}`);
      }
      if (e.kind !== 'MANDATE') continue;
      const at = adoptedAt.get(e.id) ?? [];
      if (at.length !== 1 || at[0] !== e.sessionId)
        problems.push(`${e.id} adopted at ${at.join()}`);
      if (conferenceOf(e.sessionId) !== conferenceOf(e.id)) problems.push(`${e.id} elsewhere`);
    }
    for (const r of relations) {
      if (
        r.type === 'GOVERNS' &&
        !(sessionOf(r.fromId) > sessionOf(creators.get(r.toId)?.[0] ?? ''))
      )
        problems.push(`${r.id} is not later than the creation`);
      if (conferenceOf(r.fromId) !== conferenceOf(r.toId))
        problems.push(`${r.id} links conferences`);
    }
    expect(problems).toEqual([]);
    expect([...entities.values()].filter((e) => e.kind === 'BODY').length).toBeGreaterThan(100);
  });

  it('has probes whose lineage is the same at 10k and 30k nodes', () => {
    const p = probes({ nodes: 10_000 });
    expect(probes({ nodes: 30_000 })).toEqual(p);
    const graphs = [new CausalGraph(relationsOf(small)), new CausalGraph(relationsOf(large))];
    const directions: Direction[] = ['UPSTREAM', 'DOWNSTREAM', 'BOTH'];
    for (const id of [p.conference, p.workingGroup, p.mandate, p.session, p.report]) {
      for (const direction of directions) {
        for (const depth of [3, 10]) {
          const [a, b] = graphs.map((g) => g.lineage(id, direction, depth));
          expect(b?.nodes.size, `${id} ${direction} ${depth}`).toBe(a?.nodes.size);
          expect(b?.edges.length, `${id} ${direction} ${depth}`).toBe(a?.edges.length);
          if (id !== p.conference) expect(a?.nodes.size).toBeGreaterThan(1);
        }
      }
    }
    const governs = relationsOf(small).filter(
      (r) => r.type === 'GOVERNS' && r.toId === p.workingGroup,
    );
    expect(governs.length).toBeGreaterThan(0);
  });

  it('has a search phrase with a bounded number of hits, and a symbol that names one report', () => {
    const p = probes({ nodes: 10_000 });
    const words = p.searchEn.toLowerCase().split(/\s+/);
    const hits = (chunks: RegistryChunk[]) =>
      entitiesOf(chunks).filter((e) => {
        const text = [e.nameEn, ...e.aliasesEn, e.kind === 'MANDATE' ? (e.subjectEn ?? '') : '']
          .join(' ')
          .toLowerCase();
        return words.every((w) => new RegExp(`\\b${w}\\b`).test(text));
      }).length;
    expect(hits(small)).toBeGreaterThanOrEqual(3);
    expect(hits(small)).toBeLessThanOrEqual(50);
    expect(hits(large)).toBe(hits(small));
    const reports = entitiesOf(large).filter((e) => e.kind === 'DOCUMENT' && e.symbol === p.symbol);
    expect(reports.map((e) => e.id)).toEqual([p.report]);
  });
});
