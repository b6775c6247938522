// Figure 3: the same-size lineage answer on the large registry versus the small one,
// interleaved, plus PROFILE of the lineage statement on the large one: index seeks only.
import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { repoPath } from '../../server/src/paths.js';
import { percentile, round, type Figure } from '../figure.js';
import { interleave, postGraphql } from '../support/http.js';
import type { Registry } from '../support/registry.js';
import { operation } from '../support/workload.js';

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

/** Every operator of a profiled plan (names like "NodeUniqueIndexSeek@neo4j"). */
function operators(plan: PlanNode): string[] {
  return [plan.operatorType.split('@')[0] ?? '', ...plan.children.flatMap(operators)];
}

export async function profileLineage(reg: Registry, id: string): Promise<string[]> {
  const driver = neo4j.driver(reg.instance.uri);
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const text = readFileSync(repoPath('cypher/read/lineage.cypher'), 'utf8');
    const result = await session.run(`PROFILE ${text}`, {
      id,
      maxDepth: neo4j.int(10),
      up: true,
      down: true,
    });
    const plan = result.summary.profile;
    if (!plan) throw new Error('PROFILE returned no plan');
    return operators(plan);
  } finally {
    await session.close();
    await driver.close();
  }
}

const nodesOf = (data: unknown): number =>
  (data as { lineage: { nodes: unknown[] } }).lineage.nodes.length;

export async function measureScale(
  small: Registry,
  large: Registry,
  rounds: number,
): Promise<Figure> {
  const query = operation('Lineage');
  const rows: Record<string, unknown>[] = [];
  let headline = { large: Number.NaN, small: Number.NaN };
  let allMet = true;
  for (const maxDepth of [3, 10]) {
    const at = (r: Registry) => ({ id: r.probes.workingGroup, direction: 'BOTH', maxDepth });
    const sizes = [
      nodesOf(await postGraphql(small.server.url, { query, variables: at(small) })),
      nodesOf(await postGraphql(large.server.url, { query, variables: at(large) })),
    ];
    const t = await interleave(
      {
        small: () => postGraphql(small.server.url, { query, variables: at(small) }),
        large: () => postGraphql(large.server.url, { query, variables: at(large) }),
      },
      rounds,
    );
    const s = percentile(t.small ?? [], 50);
    const l = percentile(t.large ?? [], 50);
    rows.push({
      maxDepth,
      answerNodes: sizes,
      smallP50: round(s),
      largeP50: round(l),
      smallP95: round(percentile(t.small ?? [], 95)),
      largeP95: round(percentile(t.large ?? [], 95)),
      ratio: round(l / s),
    });
    allMet = allMet && l / s <= 1.5 && sizes[0] === sizes[1];
    if (maxDepth === 10) headline = { large: l, small: s };
  }
  const ops = await profileLineage(large, large.probes.workingGroup);
  const scans = ops.filter((o) => /LabelScan|AllNodesScan|RelationshipTypeScan/.test(o));
  const seeks = [...new Set(ops.filter((o) => /IndexSeek/.test(o)))];
  return {
    id: 'scale_1m_vs_10k',
    name: `Same-size lineage (BOTH, depth 10) on ${large.nodes.toLocaleString('en')} vs ${small.nodes.toLocaleString('en')} nodes, p50`,
    value: round(headline.large),
    unit: 'ms',
    baseline: round(headline.small),
    ratio: round(headline.large / headline.small),
    goal: '≤ 1.5×, PROFILE: index seeks, no label scans',
    met: allMet && scans.length === 0 && seeks.length > 0,
    details: { rounds, rows, profile: { seeks, scans, operators: [...new Set(ops)] } },
  };
}
