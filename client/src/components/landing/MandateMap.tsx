import { useTranslation } from 'react-i18next';
import { nodeName } from '../../graph/subgraph';
import { UserText } from '../UserText';
import type { MandateRow, Named } from './model';
import { ViewLink, type Navigate } from './ViewLink';

function BodyLinks({ label, bodies, nav }: { label: string; bodies: Named[]; nav: Navigate }) {
  if (bodies.length === 0) return null;
  return (
    <div className="mandate-bodies">
      <span className="rel-label">{label}</span>
      <ul>
        {bodies.map((b) => (
          <li key={b.id}>
            <ViewLink nav={nav} id={b.id}>
              <UserText text={nodeName(b, nav.view.lang)} />
            </ViewLink>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The Conference's decisions and resolutions in session order, each with its bodies. */
export function MandateMap({
  rows,
  total,
  nav,
}: {
  rows: MandateRow[];
  total: number;
  nav: Navigate;
}) {
  const { t } = useTranslation();
  const lang = nav.view.lang;
  const anyReference = rows.some((r) => r.yearIsReference && r.mandate.session.year !== null);
  return (
    <section className="landing-map" aria-labelledby="landing-map-title">
      <h2 id="landing-map-title">{t('landing.map')}</h2>
      <ol className="mandate-map" data-testid="mandate-map">
        {rows.map(({ mandate: m, yearIsReference, created, governed }) => {
          const subject = lang === 'ru' ? m.subjectRu : m.subjectEn;
          return (
            <li key={m.id} data-testid="mandate-row" data-id={m.id}>
              <div className="mandate-when">
                <ViewLink nav={nav} id={m.session.id}>
                  {t('landing.session', { n: m.session.number })}
                </ViewLink>
                {m.session.year !== null && (
                  <span className="year">
                    {m.session.year}
                    {yearIsReference && (
                      <sup className="ref-mark" title={t('evidence.REFERENCE')}>
                        *
                      </sup>
                    )}
                  </span>
                )}
              </div>
              <div className="mandate-what">
                <ViewLink nav={nav} id={m.id} direction="DOWNSTREAM" className="mandate-name">
                  <UserText text={nodeName(m, lang)} />
                </ViewLink>
                {subject && (
                  <p className="mandate-subject">
                    <UserText text={subject} />
                  </p>
                )}
                <BodyLinks label={t('landing.createdLabel')} bodies={created} nav={nav} />
                <BodyLinks label={t('landing.governsLabel')} bodies={governed} nav={nav} />
              </div>
            </li>
          );
        })}
      </ol>
      {total > rows.length && (
        <p className="muted">{t('landing.more', { shown: rows.length, count: total })}</p>
      )}
      {anyReference && <p className="footnote">{t('landing.referenceYears')}</p>}
    </section>
  );
}
