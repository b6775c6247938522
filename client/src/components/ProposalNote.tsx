import { useTranslation } from 'react-i18next';
import type { EvidenceFieldsFragment } from '../gql/graphql';
import { nodeName } from '../graph/subgraph';
import type { Lang } from '../state/view-state';
import { Citation } from './Citation';

interface Proposal {
  document: { id: string; kind: string; nameEn: string; nameRu: string };
  evidence: EvidenceFieldsFragment;
}

/** An entity under review: which document named it, its quote (opens the reader), how to decide. */
export function ProposalNote({ proposal, lang }: { proposal: Proposal; lang: Lang }) {
  const { t } = useTranslation();
  return (
    <div className="proposal-note" data-testid="proposal-note">
      <strong>{t('proposal.title')}</strong>
      <p>{t('proposal.named', { document: nodeName(proposal.document, lang) })}</p>
      <blockquote data-testid="proposal-quote" lang={proposal.evidence.lang.toLowerCase()}>
        {proposal.evidence.quote}
      </blockquote>
      <Citation ev={proposal.evidence} lang={lang} />
      <p className="hint">{t('proposal.how')}</p>
    </div>
  );
}
