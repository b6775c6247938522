// A body's, meeting's or mandate's changes of status, oldest first, each with its date (and
// where the date comes from), the relation that caused it and the sentence that states it.
// In an "as of" view the changes after that date stay listed, marked as later.
import { happenedBy } from '@common/partial-date';
import { useTranslation } from 'react-i18next';
import type { StatusChangeFieldsFragment } from '../gql/graphql';
import { nodeName } from '../graph/subgraph';
import { formatPartialDate } from '../i18n/dates';
import type { Lang } from '../state/view-state';
import { Citation } from './Citation';
import { UserText } from './UserText';

export function HistoryList({
  changes,
  asof,
  lang,
}: {
  changes: readonly StatusChangeFieldsFragment[];
  asof: string | null;
  lang: Lang;
}) {
  const { t } = useTranslation();
  if (changes.length === 0) return <p className="muted">{t('details.historyNone')}</p>;
  return (
    <ol className="history" data-testid="history">
      {changes.map((c, i) => {
        // An undated change is not placed at any date: never marked later.
        const later = asof !== null && c.date !== null && !happenedBy(c.date, asof);
        const ev = c.because.evidence[0];
        return (
          <li key={i} className={later ? 'later' : undefined} data-status={c.status}>
            <span className="when">
              {c.date ? <time dateTime={c.date}>{formatPartialDate(c.date, lang)}</time> : '—'}
              {c.date && c.dateSource !== 'DOCUMENT' && (
                <span className="date-source" title={t(`dateSource.${c.dateSource}`)}>
                  {' '}
                  ({t(`dateSource.${c.dateSource}`)})
                </span>
              )}
            </span>{' '}
            <strong>{t(`statusName.${c.status}`)}</strong>
            {' · '}
            <UserText text={nodeName(c.because.from, lang)} />
            {later && <span className="later-tag"> ({t('details.later')})</span>}
            {ev && (
              <>
                <br />
                <Citation ev={ev} lang={lang} />
                <blockquote lang={ev.lang.toLowerCase()}>{ev.quote}</blockquote>
              </>
            )}
          </li>
        );
      })}
    </ol>
  );
}
