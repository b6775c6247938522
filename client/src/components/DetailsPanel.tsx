import { useQuery } from '@apollo/client/react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailsDocument } from '../gql/graphql';
import { nodeName } from '../graph/subgraph';
import { formatDate, formatDateRange } from '../i18n/dates';
import { DEFAULTS, serializeViewState, type Lang } from '../state/view-state';
import { Row } from './DetailsRow';
import { InAppLink } from './InAppLink';
import { StatusRows } from './StatusRows';
import { KindBadge } from './KindBadge';
import { OtherLanguage, ProvenanceList } from './Provenance';
import { ProposalNote } from './ProposalNote';
import { MAX_DETAILS, UserText } from './UserText';

interface Link {
  id: string;
  kind: string;
  nameEn: string;
  nameRu: string;
}

interface Props {
  id: string;
  /** The view's date: the status of that date, later changes marked as such. */
  asof: string | null;
  lang: Lang;
  expanded: boolean;
  onOpen: (id: string) => void;
  onToggleExpand: (id: string) => void;
}

export function DetailsPanel({ id, asof, lang, expanded, onOpen, onToggleExpand }: Props) {
  const { t } = useTranslation();
  const { data } = useQuery(DetailsDocument, { variables: { id } });
  const e = data?.entity;
  if (!e) return null;
  const links = (label: string, items: readonly Link[] | undefined) =>
    items && items.length > 0 ? (
      <Row label={label}>
        <ul className="links">
          {items.map((l) => (
            <li key={l.id}>
              <button
                type="button"
                className="link"
                onClick={() => {
                  onOpen(l.id);
                }}
              >
                <UserText text={nodeName(l, lang)} />
              </button>
            </li>
          ))}
        </ul>
      </Row>
    ) : null;
  const dates =
    'startDate' in e && e.startDate
      ? formatDateRange(e.startDate, 'endDate' in e ? e.endDate : null, lang)
      : null;
  const other: Lang = lang === 'ru' ? 'en' : 'ru';
  const own =
    lang === 'ru'
      ? { name: e.nameRu, aliases: e.aliasesRu }
      : { name: e.nameEn, aliases: e.aliasesEn };
  const foreign =
    lang === 'ru'
      ? { name: e.nameEn, aliases: e.aliasesEn }
      : { name: e.nameRu, aliases: e.aliasesRu };
  const place = 'place' in e && e.place ? (lang === 'ru' ? (e.placeRu ?? e.place) : e.place) : null;
  return (
    <section className="panel details" data-testid="details-panel" aria-labelledby="details-title">
      <h2 id="details-title">
        <KindBadge kind={e.kind} /> <UserText text={nodeName(e, lang)} />
      </h2>
      {e.proposal && <ProposalNote proposal={e.proposal} lang={lang} />}
      <dl>
        <Row label={t('details.names')} long>
          <UserText text={own.name} lang={lang} max={MAX_DETAILS} />
          <br />
          <OtherLanguage text={foreign.name} lang={other} />
        </Row>
        {own.aliases.length + foreign.aliases.length > 0 && (
          <Row label={t('details.aliases')} long>
            {own.aliases.map((alias, i) => (
              <Fragment key={i}>
                {i > 0 && '; '}
                <UserText text={alias} max={MAX_DETAILS} />
              </Fragment>
            ))}
            {own.aliases.length > 0 && foreign.aliases.length > 0 && <br />}
            {foreign.aliases.length > 0 && (
              <OtherLanguage text={foreign.aliases.join('; ')} lang={other} />
            )}
          </Row>
        )}
        {'documentType' in e && (
          <Row label={t('details.documentType')}>{t(`documentType.${e.documentType}`)}</Row>
        )}
        {'symbol' in e && e.symbol && (
          <Row label={t('details.symbol')} long>
            <UserText text={e.symbol} max={MAX_DETAILS} />
          </Row>
        )}
        {'languages' in e && e.languages.length > 0 && (
          <Row label={t('details.text')}>
            <InAppLink
              href={serializeViewState({ ...DEFAULTS, lang, doc: e.id })}
              lang={lang}
              testId="details-read"
            >
              {t('details.read', {
                langs: e.languages.map((l) => t(`edge.lang.${l}`)).join(', '),
              })}
            </InAppLink>
          </Row>
        )}
        {'printedSymbol' in e && e.printedSymbol && (
          <Row label={t('details.printedSymbol')} long>
            <UserText text={e.printedSymbol} max={MAX_DETAILS} />
          </Row>
        )}
        {'subjectEn' in e && (e.subjectEn ?? e.subjectRu) && (
          <Row label={t('details.subject')} long>
            <UserText text={(lang === 'ru' ? e.subjectRu : e.subjectEn) ?? ''} max={MAX_DETAILS} />
          </Row>
        )}
        {'adoptedOn' in e && e.adoptedOn && (
          <Row label={t('details.adopted')}>{formatDate(e.adoptedOn, lang)}</Row>
        )}
        {'status' in e && (
          <Row label={t('details.dates')}>
            {dates} (
            {t(`details.status_${e.status}`, {
              date: 'statusAsOf' in e && e.statusAsOf ? formatDate(e.statusAsOf, lang) : '',
            })}
            )
          </Row>
        )}
        {'sessionNumber' in e && dates && <Row label={t('details.dates')}>{dates}</Row>}
        {place && (
          <Row label={t('details.place')} long>
            <UserText text={place} max={MAX_DETAILS} />
          </Row>
        )}
        {'date' in e && e.date && <Row label={t('details.date')}>{formatDate(e.date, lang)}</Row>}
        {'year' in e && e.year && <Row label={t('details.year')}>{e.year}</Row>}
        <StatusRows id={e.id} asof={asof} lang={lang} />
        {'established' in e &&
          e.established &&
          links(t('details.establishedBy'), [e.established.by])}
        {'mandates' in e && links(t('details.mandates'), e.mandates)}
        {'meetings' in e && links(t('details.meetings'), e.meetings)}
        {'body' in e && links(t('details.body'), [e.body])}
        {'reports' in e && links(t('details.reports'), e.reports)}
        {'documents' in e &&
          links(t(e.kind === 'MEETING' ? 'details.papers' : 'details.documents'), e.documents)}
        {/* A report goes to a session, a background paper to its working group's meeting. */}
        {'sentTo' in e && links(t('details.sessions'), e.sentTo)}
        {'supplements' in e && e.supplements && links(t('details.supplements'), [e.supplements])}
        {e.provenance.length > 0 && (
          // Not a scrolling row: a list of sources, read whole (and a scrolling region would
          // need a keyboard stop of its own).
          <Row label={t('details.provenance')}>
            <ProvenanceList items={e.provenance} support={e.support} lang={lang} />
          </Row>
        )}
      </dl>
      <button
        type="button"
        data-testid={expanded ? 'collapse-button' : 'expand-button'}
        onClick={() => {
          onToggleExpand(e.id);
        }}
      >
        {expanded ? t('details.collapse') : t('details.expand')}
      </button>
    </section>
  );
}
