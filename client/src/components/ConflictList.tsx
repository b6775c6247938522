// Facts two sources state differently, each with every value side by side: the value the graph
// shows first (marked), then the others, each with its citation and quote, or the note of the
// reference data that gives it. Nothing is resolved here: the reader sees both and their sources.
import { isPartialDate } from '@common/partial-date';
import { useTranslation } from 'react-i18next';
import type { StatusQuery } from '../gql/graphql';
import { formatPartialDate } from '../i18n/dates';
import type { Lang } from '../state/view-state';
import { Citation } from './Citation';
import { MAX_DETAILS, UserText } from './UserText';

type Conflict = NonNullable<StatusQuery['entity']>['conflicts'][number];

export function ConflictList({ conflicts, lang }: { conflicts: readonly Conflict[]; lang: Lang }) {
  const { t, i18n } = useTranslation();
  const field = (f: string) => (i18n.exists(`field.${f}`) ? t(`field.${f}`) : f);
  return (
    <ul className="conflicts" data-testid="conflicts">
      {conflicts.map((c, i) => (
        <li key={i} data-field={c.field}>
          <span className="fields">
            {c.asOf
              ? t('details.conflictAsOf', {
                  field: field(c.field),
                  date: formatPartialDate(c.asOf, lang),
                })
              : field(c.field)}
          </span>
          <div className="claims">
            {c.values.map((v, j) => {
              const note = lang === 'ru' ? (v.noteRu ?? v.note) : v.note;
              return (
                <div key={j} className="claim" data-held={v.held} data-testid="claim">
                  <strong className="value">
                    {isPartialDate(v.value) ? (
                      formatPartialDate(v.value, lang)
                    ) : c.field === 'status' && i18n.exists(`statusName.${v.value}`) ? (
                      t(`statusName.${v.value}`)
                    ) : (
                      <UserText text={v.value} max={MAX_DETAILS} />
                    )}
                  </strong>
                  {v.held && <span className="held-tag"> ({t('details.shown')})</span>}
                  <br />
                  {v.evidence ? (
                    <>
                      <Citation ev={v.evidence} lang={lang} />
                      <blockquote lang={v.evidence.lang.toLowerCase()}>
                        {v.evidence.quote}
                      </blockquote>
                    </>
                  ) : (
                    <span>
                      {t(`provenance.${v.source}`)}
                      {note && (
                        <>
                          {': '}
                          <UserText text={note} max={MAX_DETAILS} />
                        </>
                      )}
                    </span>
                  )}
                </div>
              );
            })}
          </div>
        </li>
      ))}
    </ul>
  );
}
