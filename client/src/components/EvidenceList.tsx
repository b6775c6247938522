// Quotes are shown exactly as stored and whole, however long: they are the evidence. React
// inserts them as text, so markup in a quote is never interpreted; the blockquote isolates
// their direction (styles.css). White space is preserved (the seed has a page break inside a
// sentence).
import { useTranslation } from 'react-i18next';
import { relationNote } from '../graph/relation-label';
import type { GraphEdge } from '../graph/subgraph';
import type { Lang } from '../state/view-state';
import { Citation } from './Citation';
import { Corroboration } from './Corroboration';
import { MAX_DETAILS, UserText } from './UserText';

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
    <>
      <Corroboration edge={edge} />
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
                <Citation ev={ev} lang={lang} />
              </div>
            </li>
          ))}
      </ul>
    </>
  );
}
