// Quotes are shown exactly as stored and whole, however long: they are the evidence. React
// inserts them as text, so markup in a quote is never interpreted; the blockquote isolates
// their direction (styles.css). White space is preserved (the seed has a page break inside a
// sentence).
import { useTranslation } from 'react-i18next';
import { relationNote } from '../graph/relation-label';
import type { GraphEdge } from '../graph/subgraph';
import { followInApp } from '../hooks/use-view-state';
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
      {[...edge.evidence]
        .sort(
          (a, b) => Number(b.lang.toLowerCase() === lang) - Number(a.lang.toLowerCase() === lang),
        )
        .map((ev, i) => (
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
              {ev.lang.toLowerCase() !== lang && (
                <span className="original" data-testid="evidence-original">
                  {' ('}
                  {t('reader.original', { lang: t(`landing.langName.${ev.lang}`) })}
                  {')'}
                </span>
              )}
              {' · '}
              <a
                href={ev.url}
                data-testid="evidence-source"
                onClick={(e) => {
                  if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
                  e.preventDefault();
                  followInApp(ev.url, lang);
                }}
              >
                {t('reader.readSource')}
              </a>
            </div>
          </li>
        ))}
    </ul>
  );
}
