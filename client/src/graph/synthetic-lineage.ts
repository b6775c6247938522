// Synthetic lineage-shaped subgraphs of any size, in the client's own types, for the benchmark
// (bench/client) and the tests; the explorer never imports this. The shape follows the real
// graph, as layered as a lineage fetched to depth 6: the Convention and its protocols → the
// Conference → its (at most twelve) sessions → the mandates adopted there → the bodies they
// create or govern → their meetings → the reports those produce. Mandates concern an instrument
// and many govern a second body, so links also skip layers, as in the real data.
import type { GraphEdge, GraphNode, Subgraph } from './subgraph';
import { random } from '@common/random';

function link(type: GraphEdge['type'], from: string, to: string, cited = true): GraphEdge {
  return {
    id: `${type}:${from}>${to}`,
    type,
    action: type === 'GOVERNS' ? 'requests' : null,
    actionRu: type === 'GOVERNS' ? 'просит' : null,
    source: cited ? 'DOCUMENT' : 'DERIVED',
    note: null,
    noteRu: null,
    corroboration: { documents: 0, paragraphs: 0, langs: [] },
    from: { id: from },
    to: { id: to },
    basis: null,
    evidence: [],
  };
}

/** The id of the entity a synthetic lineage is about (its first working group). */
export const SYNTHETIC_FOCUS = 'body/wg-1';

/** A lineage of exactly `size` nodes (size ≥ 10) and about 1.4 edges per node. */
export function syntheticLineage(size: number, seed = 1): Subgraph {
  const rnd = random(seed);
  const pick = (n: number): number => Math.floor(rnd() * n);
  const fixed = 5; // the Convention, three protocols, the Conference
  const rest = Math.max(5, size - fixed);
  // The Conference has met a dozen times; a larger lineage has more of everything else.
  const sessions = Math.min(12, Math.max(1, Math.round(rest * 0.03)));
  const mandates = Math.max(1, Math.round(rest * 0.1));
  const sessionOfMandate = (m: number): number => 1 + Math.floor(((m - 1) * sessions) / mandates);
  const bodies = Math.max(1, Math.round(rest * 0.04));
  const meetings = Math.max(1, Math.round(rest * 0.23));
  const documents = Math.max(1, rest - sessions - mandates - bodies - meetings);
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const named = { nameEn: '', nameRu: '', aliasesEn: [], aliasesRu: [], proposal: null };

  const protocols = ['trafficking', 'smuggling', 'firearms'];
  nodes.push({
    ...named,
    id: 'instrument/untoc',
    kind: 'INSTRUMENT',
    instrumentType: 'CONVENTION',
    adopted: 2000,
  });
  for (const p of protocols) {
    nodes.push({
      ...named,
      id: `instrument/${p}`,
      kind: 'INSTRUMENT',
      instrumentType: 'PROTOCOL',
      adopted: 2000,
    });
    edges.push(link('SUPPLEMENTS', `instrument/${p}`, 'instrument/untoc'));
  }
  nodes.push({ ...named, id: 'body/cop', kind: 'BODY', bodyType: 'CONFERENCE' });
  edges.push(link('CREATES', 'instrument/untoc', 'body/cop', false));

  for (let s = 1; s <= sessions; s++) {
    nodes.push({ ...named, id: `session/${s}`, kind: 'SESSION', sessionNumber: s, year: 2003 + s });
    edges.push(link('SESSION_OF', `session/${s}`, 'body/cop', false));
  }
  for (let m = 1; m <= mandates; m++) {
    const s = sessionOfMandate(m);
    const id = `resolution/${s}/${m}`;
    const session = { id: `session/${s}`, number: s, year: 2003 + s };
    nodes.push({
      ...named,
      id,
      kind: 'MANDATE',
      mandateType: 'RESOLUTION',
      number: `${s}/${m}`,
      session,
    });
    edges.push(link('ADOPTED_AT', id, session.id, false));
    const instrument =
      m % 4 === 0 ? 'instrument/untoc' : `instrument/${protocols[m % 3] ?? 'trafficking'}`;
    edges.push(link('CONCERNS', id, instrument));
  }
  const mandateIds = nodes.filter((n) => n.kind === 'MANDATE').map((n) => n.id);
  for (let b = 1; b <= bodies; b++) {
    const id = `body/wg-${b}`;
    nodes.push({ ...named, id, kind: 'BODY', bodyType: 'WORKING_GROUP' });
    const creator = mandateIds[Math.floor(((b - 1) * mandates) / bodies)];
    if (creator) edges.push(link('CREATES', creator, id));
    const governor = mandateIds[pick(mandateIds.length)];
    if (governor && governor !== creator) edges.push(link('GOVERNS', governor, id));
  }
  for (let k = 1; k <= meetings; k++) {
    const body = 1 + ((k - 1) % bodies);
    const ordinal = 1 + Math.floor((k - 1) / bodies);
    const id = `meeting/wg-${body}/${ordinal}`;
    const date = `${2005 + (ordinal % 15)}-06-01`;
    nodes.push({
      ...named,
      id,
      kind: 'MEETING',
      ordinal,
      startDate: date,
      endDate: date,
      status: 'HELD',
    });
    edges.push(link('HOLDS', `body/wg-${body}`, id));
  }
  const meetingIds = nodes.filter((n) => n.kind === 'MEETING').map((n) => n.id);
  for (let d = 1; d <= documents; d++) {
    const symbol = `CTOC/COP/WG.${1 + (d % 9)}/${2005 + (d % 15)}/${d}`;
    nodes.push({
      ...named,
      id: symbol,
      kind: 'DOCUMENT',
      documentType: 'REPORT',
      symbol,
      year: 2005 + (d % 15),
    });
    const meeting = meetingIds[(d - 1) % meetingIds.length];
    if (meeting) edges.push(link('PRODUCES', meeting, symbol));
  }
  const names: Record<GraphNode['kind'], string> = {
    INSTRUMENT: 'Protocol supplementing the Convention',
    BODY: 'Working Group on International Cooperation',
    SESSION: 'Session of the Conference',
    MANDATE: 'Resolution',
    MEETING: 'Meeting of the Working Group',
    DOCUMENT: 'Report',
  };
  for (const n of nodes) {
    n.nameEn = `${names[n.kind]} ${n.id.split('/').slice(1).join('/')}`;
    n.nameRu = n.nameEn;
  }
  return { nodes, edges };
}
