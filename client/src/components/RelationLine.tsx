import { useTranslation } from 'react-i18next';
import type { GraphEdge } from '../graph/subgraph';
import { nodeName } from '../graph/subgraph';
import { relationLabel } from '../graph/relation-label';
import type { Lang } from '../state/view-state';
import { Sentence, SLOT, UserText } from './UserText';

/** Whatever has names in both languages: a graph node, or an end of a relation. */
export interface NameOf {
  nameEn: string;
  nameRu: string;
}

/** "Decision 4/4 — creates → Working Group on Trafficking in Persons". */
export function RelationLine({
  edge,
  nodes,
  lang,
}: {
  edge: GraphEdge;
  nodes: ReadonlyMap<string, NameOf>;
  lang: Lang;
}) {
  const { t } = useTranslation();
  const name = (id: string) => {
    const n = nodes.get(id);
    return n ? nodeName(n, lang) : id;
  };
  const verb = relationLabel(edge, lang);
  return (
    <span className="relation-line">
      <strong>
        <UserText text={name(edge.from.id)} />
      </strong>{' '}
      — <UserText text={verb} /> →{' '}
      <strong>
        <UserText text={name(edge.to.id)} />
      </strong>
      {edge.basis ? (
        <span className="basis">
          {' ('}
          <Sentence text={t('edge.pursuant', { mandate: SLOT })}>
            <UserText text={edge.basis.number} />
          </Sentence>
          )
        </span>
      ) : null}
    </span>
  );
}
