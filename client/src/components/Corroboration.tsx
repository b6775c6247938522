// Who states a relation: how many documents, paragraphs and language versions carry its
// evidence ("Stated in 2 documents, 3 paragraphs — Russian, English"). Shown wherever the
// evidence is (link panel, why panel, table), so a reader sees at once whether a link rests on
// one sentence or several.
import { useTranslation } from 'react-i18next';
import type { GraphEdge } from '../graph/subgraph';

export function Corroboration({ edge }: { edge: Pick<GraphEdge, 'corroboration'> }) {
  const { t } = useTranslation();
  const c = edge.corroboration;
  if (c.documents === 0) return null;
  return (
    <p
      className={c.documents > 1 || c.langs.length > 1 ? 'corroboration many' : 'corroboration'}
      data-testid="corroboration"
    >
      {t('edge.stated', {
        documents: t('edge.documents', { count: c.documents }),
        paragraphs: t('edge.paragraphs', { count: c.paragraphs }),
        langs: c.langs.map((l) => t(`edge.lang.${l}`)).join(', '),
      })}
    </p>
  );
}
