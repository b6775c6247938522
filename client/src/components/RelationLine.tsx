import { useTranslation } from 'react-i18next';
import type { GraphEdge, GraphNode } from '../graph/subgraph';
import { nodeName } from '../graph/subgraph';
import type { Lang } from '../state/view-state';

/** "Decision 4/4 — creates → Working Group on Trafficking in Persons". */
export function RelationLine({
  edge,
  nodes,
  lang,
}: {
  edge: GraphEdge;
  nodes: Map<string, GraphNode>;
  lang: Lang;
}) {
  const { t } = useTranslation();
  const name = (id: string) => {
    const n = nodes.get(id);
    return n ? nodeName(n, lang) : id;
  };
  const verb = edge.action && lang === 'en' ? edge.action : t(`rel.${edge.type}`);
  return (
    <span className="relation-line">
      <strong>{name(edge.from.id)}</strong> — {verb} → <strong>{name(edge.to.id)}</strong>
      {edge.basis ? (
        <span className="basis"> ({t('edge.pursuant', { mandate: edge.basis.number })})</span>
      ) : null}
    </span>
  );
}
