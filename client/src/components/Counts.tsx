import type { ElementDefinition } from 'cytoscape';
import { useTranslation } from 'react-i18next';
import type { Subgraph } from '../graph/subgraph';

/** "13 entities, 17 links", or with filters on "9 of 13 entities, 11 of 17 links shown". */
export function Counts({ elements, graph }: { elements: ElementDefinition[]; graph: Subgraph }) {
  const { t } = useTranslation();
  const nodes = elements.filter((e) => e.group === 'nodes').length;
  const edges = elements.length - nodes;
  const all = nodes === graph.nodes.length && edges === graph.edges.length;
  return (
    <p className="muted counts" data-testid="graph-counts">
      {all
        ? `${t('graph.nodes', { count: nodes })}, ${t('graph.edges', { count: edges })}`
        : t('graph.filtered', {
            nodes: t('graph.nodesOf', { shown: nodes, count: graph.nodes.length }),
            edges: t('graph.edgesOf', { shown: edges, count: graph.edges.length }),
          })}
    </p>
  );
}
