// An entity through time, as rows of the details: the facts its sources disagree on (first:
// a reader should not take a disputed date at face value), its status now or on the view's date,
// and its history. A body's or a mandate's status is shown always, a meeting's only on the view's
// date (now, its dates row says held or planned).
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { panelVariables } from '../api/view-queries';
import { StatusDocument, type StatusQuery } from '../gql/graphql';
import type { Lang } from '../state/view-state';
import { asOfText } from './AsOfBar';
import { ConflictList } from './ConflictList';
import { Row } from './DetailsRow';
import { HistoryList } from './HistoryList';

type Entity = NonNullable<StatusQuery['entity']>;

function statusOf(e: Entity): string | null | undefined {
  if ('bodyStatusThen' in e) return e.bodyStatusThen;
  if ('mandateStatusThen' in e) return e.mandateStatusThen;
  if ('meetingStatusThen' in e) return e.meetingStatusThen;
  return undefined;
}

export function StatusRows({ id, asof, lang }: { id: string; asof: string | null; lang: Lang }) {
  const { t } = useTranslation();
  const { data } = useQuery(StatusDocument, { variables: panelVariables(id, asof) });
  const e = data?.entity;
  if (!e) return null;
  const status = statusOf(e);
  const showStatus =
    status !== undefined && (asof !== null || (status !== null && !('meetingStatusThen' in e)));
  return (
    <>
      {e.conflicts.length > 0 && (
        <Row label={t('details.conflicts')} wide>
          <ConflictList conflicts={e.conflicts} lang={lang} />
        </Row>
      )}
      {showStatus && (
        <Row
          label={
            asof ? t('details.statusOn', { date: asOfText(asof, lang, t) }) : t('details.status')
          }
        >
          <span data-testid="status" data-status={status ?? ''}>
            {status ? t(`statusName.${status}`) : t('details.statusUnknown')}
          </span>
        </Row>
      )}
      {'history' in e && (
        <Row label={t('details.history')} wide>
          <HistoryList changes={e.history} asof={asof} lang={lang} />
        </Row>
      )}
    </>
  );
}
