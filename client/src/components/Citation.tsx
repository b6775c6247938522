// A full citation of one quote, the same wherever a quote is shown (why panel, link panel,
// table, details): where it stands, the document's title and its symbol (or, for a note that
// prints none, its identifying line: date, provisional agenda, items) or date, the language
// when it is not the interface's ("Russian original"), and the link to the source reader.
import { useTranslation } from 'react-i18next';
import type { EvidenceFieldsFragment } from '../gql/graphql';
import { formatDate } from '../i18n/dates';
import { InAppLink } from './InAppLink';
import type { Lang } from '../state/view-state';
import { Sentence, SLOT, UserText } from './UserText';

export function Citation({ ev, lang }: { ev: EvidenceFieldsFragment; lang: Lang }) {
  const { t } = useTranslation();
  const d = ev.document;
  const title = lang === 'ru' ? d.nameRu : d.nameEn;
  const line = lang === 'ru' ? d.identifyingLineRu : d.identifyingLine;
  const identity = d.symbol ?? line ?? (d.date ? formatDate(d.date, lang) : null);
  return (
    <>
      {ev.paragraph !== null
        ? ev.numbered
          ? t('evidence.paragraph', { n: ev.paragraph })
          : t('evidence.unnumbered', { count: ev.paragraph, ordinal: true })
        : t(`evidence.${ev.context}`)}
      {' — '}
      <Sentence text={t('evidence.in', { document: SLOT })}>
        <cite>
          <UserText text={title} />
          {identity && identity !== title ? (
            <>
              {' ('}
              <UserText text={identity} />
              {')'}
            </>
          ) : null}
        </cite>
      </Sentence>
      {ev.lang.toLowerCase() !== lang && (
        <span className="original" data-testid="evidence-original">
          {' · '}
          {t('reader.original', { lang: t(`landing.langName.${ev.lang}`) })}
        </span>
      )}
      {' · '}
      <InAppLink href={ev.url} lang={lang} testId="evidence-source">
        {t('reader.readSource')}
      </InAppLink>
    </>
  );
}
