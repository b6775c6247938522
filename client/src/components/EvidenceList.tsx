// Quotes are shown exactly as stored and whole, however long: they are the evidence. React
// inserts them as text, so markup in a quote is never interpreted; the blockquote isolates
// their direction (styles.css). White space is preserved (the seed has a page break inside a
// sentence).
import { useTranslation } from 'react-i18next';
import { relationNote } from '../graph/relation-label';
import type { GraphEdge } from '../graph/subgraph';
import type { Lang } from '../state/view-state';
import { MAX_DETAILS, Sentence, SLOT, UserText } from './UserText';

export function EvidenceList({ edge, lang }: { edge: GraphEdge; lang: Lang }) {
  const { t } = useTranslation();
  if (edge.evidence.length === 0) {
    const note = relationNote(edge, lang);
    return (
      <p className="uncited-note">
        {t(`evidence.${edge.source === 'DERIVED' ? 'DERIVED' : 'REFERENCE'}`)}
        {note ? (
          <>
            : <UserText text={note} max={MAX_DETAILS} />
          </>
        ) : null}
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
            <Sentence text={t('evidence.in', { document: SLOT })}>
              <UserText
                text={
                  ev.document.symbol ?? (lang === 'ru' ? ev.document.nameRu : ev.document.nameEn)
                }
              />
            </Sentence>
          </div>
        </li>
      ))}
    </ul>
  );
}
