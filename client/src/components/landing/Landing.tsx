// The page without an entity: the mandate system at a glance. It answers before anything is
// searched: the decisions and resolutions in order with the bodies they made, a few
// questions to start from, and what the graph holds and was built from.
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { LandingDocument } from '../../gql/graphql';
import { StatusMessage } from '../StatusMessage';
import { statusOfError } from '../status';
import { Facts } from './Facts';
import { MandateMap } from './MandateMap';
import { mandateRows, startingQuestions } from './model';
import { Questions } from './Questions';
import type { Navigate } from './ViewLink';

export function Landing(nav: Navigate) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(LandingDocument);
  const rows = useMemo(() => (data ? mandateRows(data) : []), [data]);
  const questions = useMemo(() => (data ? startingQuestions(rows) : []), [rows, data]);
  if (error) return <StatusMessage status={statusOfError(error, '', () => void refetch())} />;
  if (!data) return <StatusMessage status={{ kind: 'loading' }} />;
  return (
    <div className="landing" data-testid="landing">
      <p className="landing-lead">{t('landing.lead')}</p>
      {/* Questions first: on a phone they come before the long list of mandates. */}
      <div className="landing-grid">
        <Questions questions={questions} nav={nav} />
        <MandateMap
          rows={rows}
          total={data.overview.entities.find((e) => e.kind === 'MANDATE')?.count ?? rows.length}
          nav={nav}
        />
        <Facts overview={data.overview} nav={nav} />
      </div>
    </div>
  );
}
