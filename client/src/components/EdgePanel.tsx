import { useTranslation } from 'react-i18next';
import type { GraphEdge, GraphNode } from '../graph/subgraph';
import type { Lang } from '../state/view-state';
import { EvidenceList } from './EvidenceList';
import { RelationLine } from './RelationLine';

interface Props {
  edge: GraphEdge;
  nodes: Map<string, GraphNode>;
  lang: Lang;
  onClose: () => void;
}

export function EdgePanel({ edge, nodes, lang, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <section className="panel edge" data-testid="edge-evidence" aria-labelledby="edge-title">
      <div className="panel-head">
        <h2 id="edge-title">{t('edge.title')}</h2>
        <button type="button" onClick={onClose} aria-label={t('edge.close')}>
          ×
        </button>
      </div>
      <p>
        <RelationLine edge={edge} nodes={nodes} lang={lang} />
      </p>
      <EvidenceList edge={edge} lang={lang} />
    </section>
  );
}
