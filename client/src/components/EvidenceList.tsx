// Quotes are shown exactly as stored; React inserts them as text, so markup in a quote is
// never interpreted. White space is preserved (the seed has a page break inside a sentence).
import { useTranslation } from 'react-i18next';
import type { GraphEdge } from '../graph/subgraph';
import type { Lang } from '../state/view-state';

export function EvidenceList({ edge, lang }: { edge: GraphEdge; lang: Lang }) {
  const { t } = useTranslation();
  if (edge.evidence.length === 0) {
    return (
      <p className="uncited-note">
        {t(`evidence.${edge.source === 'DERIVED' ? 'DERIVED' : 'REFERENCE'}`)}
        {edge.note ? `: ${edge.note}` : ''}
      </p>
    );
  }
  return (
    <ul className="evidence">
      {edge.evidence.map((ev, i) => (
        <li key={i}>
          <blockquote data-testid="evidence-quote" lang={ev.lang.toLowerCase()}>
            {ev.quote}
          </blockquote>
          <div className="cite" data-testid="evidence-paragraph">
            {ev.paragraph !== null
              ? t('evidence.paragraph', { n: ev.paragraph })
              : t(`evidence.${ev.context}`)}
            {' — '}
            {t('evidence.in', {
              document:
                ev.document.symbol ?? (lang === 'ru' ? ev.document.nameRu : ev.document.nameEn),
            })}
          </div>
        </li>
      ))}
    </ul>
  );
}
