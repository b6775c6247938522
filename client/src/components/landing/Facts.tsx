import { useTranslation } from 'react-i18next';
import type { LandingQuery } from '../../gql/graphql';
import { nodeName } from '../../graph/subgraph';
import { InAppLink } from '../InAppLink';
import { UserText } from '../UserText';
import { ViewLink, type Navigate } from './ViewLink';

/** What the graph holds: entities by kind, relations, and the documents it was read from. */
export function Facts({ overview, nav }: { overview: LandingQuery['overview']; nav: Navigate }) {
  const { t } = useTranslation();
  const lang = nav.view.lang;
  return (
    <section className="landing-facts" aria-labelledby="landing-facts-title">
      <h2 id="landing-facts-title">{t('landing.holds')}</h2>
      <dl className="landing-counts" data-testid="landing-counts">
        {overview.entities.map((e) => (
          <div key={e.kind} data-kind={e.kind}>
            <dt>{t(`landing.kinds.${e.kind}`, { count: e.count })}</dt>
            <dd>{e.count.toLocaleString(lang)}</dd>
          </div>
        ))}
        <div data-kind="RELATIONS">
          <dt>{t('landing.relations', { count: overview.relations })}</dt>
          <dd>{overview.relations.toLocaleString(lang)}</dd>
        </div>
      </dl>
      <h3>{t('landing.sources', { count: overview.sources.length })}</h3>
      <ul className="sources" data-testid="landing-sources">
        {overview.sources.map((d) => (
          <li key={d.id}>
            <ViewLink nav={nav} id={d.id} direction="DOWNSTREAM">
              <UserText text={nodeName(d, lang)} />
            </ViewLink>
            <span className="muted">
              {[
                d.symbol,
                d.date && !nodeName(d, lang).includes(d.date) ? d.date : null,
                d.lang ? t('landing.readIn', { lang: t(`landing.langName.${d.lang}`) }) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>{' '}
            <InAppLink
              href={`/?doc=${encodeURIComponent(d.id)}`}
              lang={lang}
              testId="source-reader"
            >
              {t('reader.readSource')}
            </InAppLink>
          </li>
        ))}
      </ul>
      <p className="muted">{t('landing.evidenceNote')}</p>
    </section>
  );
}
