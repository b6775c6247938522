// Figure 4: full-text search p50 versus entity(id) p50 on the large registry, interleaved.
import { percentile, round, type Figure } from '../figure.js';
import { interleave, postGraphql } from '../support/http.js';
import type { Registry } from '../support/registry.js';

const SEARCH = 'query($q: String!) { search(query: $q, first: 10) { id name } }';
const BY_ID = 'query($id: ID!) { entity(id: $id) { id name } }';

export async function measureSearchVsId(reg: Registry, rounds: number): Promise<Figure> {
  const { searchEn, symbol, workingGroup } = reg.probes;
  const hits = (await postGraphql(reg.server.url, {
    query: SEARCH,
    variables: { q: searchEn },
  })) as {
    search: unknown[];
  };
  const t = await interleave(
    {
      search: () => postGraphql(reg.server.url, { query: SEARCH, variables: { q: searchEn } }),
      symbol: () => postGraphql(reg.server.url, { query: SEARCH, variables: { q: symbol } }),
      id: () => postGraphql(reg.server.url, { query: BY_ID, variables: { id: workingGroup } }),
    },
    rounds,
  );
  const s = percentile(t.search ?? [], 50);
  const i = percentile(t.id ?? [], 50);
  return {
    id: 'search_vs_id',
    name: `search("${searchEn}") p50 vs entity(id) p50 at ${reg.nodes.toLocaleString('en')} nodes`,
    value: round(s),
    unit: 'ms',
    baseline: round(i),
    ratio: round(s / i),
    goal: '≤ 5× entity(id)',
    met: s / i <= 5,
    details: {
      rounds,
      hits: hits.search.length,
      searchP95: round(percentile(t.search ?? [], 95)),
      symbolSearchP50: round(percentile(t.symbol ?? [], 50)),
      idP95: round(percentile(t.id ?? [], 95)),
    },
  };
}
