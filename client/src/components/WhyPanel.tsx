import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { panelVariables } from '../api/view-queries';
import { WhyExistsDocument } from '../gql/graphql';
import type { GraphNode } from '../graph/subgraph';
import type { Lang } from '../state/view-state';
import { EvidenceList } from './EvidenceList';
import { groupByEvidence } from './why-groups';
import { RelationLine, type NameOf } from './RelationLine';
import { TextWithData } from './UserText';

interface Props {
  id: string;
  /** The view's date: the why of things as they stood then. */
  asof: string | null;
  lang: Lang;
  nodes: Map<string, GraphNode>;
  highlighted: string | null;
  onHighlight: (edgeId: string) => void;
}

export function WhyPanel({ id, asof, lang, nodes, highlighted, onHighlight }: Props) {
  const { t } = useTranslation();
  const { data } = useQuery(WhyExistsDocument, { variables: panelVariables(id, asof) });
  const why = data?.whyExists;
  if (!why) return null;
  // Steps may name entities outside the drawn graph: their ends come with names.
  const names = new Map<string, NameOf>(nodes);
  for (const s of why.steps) {
    if (!names.has(s.from.id)) names.set(s.from.id, s.from);
    if (!names.has(s.to.id)) names.set(s.to.id, s.to);
  }
  // What the summary may quote from the data: names, symbols, actions and evidence documents.
  const known = [
    ...[...nodes.values()].flatMap((n) => [n.nameEn, n.nameRu, 'symbol' in n ? n.symbol : null]),
    ...why.steps.flatMap((s) => [
      s.action,
      s.actionRu,
      s.note,
      s.noteRu,
      ...s.evidence.flatMap((ev) => [ev.document.symbol, ev.document.nameEn, ev.document.nameRu]),
    ]),
  ].filter((k): k is string => typeof k === 'string');
  return (
    <section className="panel why" data-testid="why-panel" aria-labelledby="why-title">
      <h2 id="why-title">{t('why.title')}</h2>
      <p data-testid="why-summary" className="summary">
        <TextWithData text={lang === 'ru' ? why.summaryRu : why.summaryEn} known={known} />
      </p>
      <p className="muted">{t('why.steps', { count: why.steps.length })}</p>
      <ol className="steps">
        {groupByEvidence(why.steps).map((group) => (
          <li key={group.key} className="step-group">
            <ul className="group-steps">
              {group.steps.map((s) => (
                <li
                  key={s.id}
                  data-testid="why-step"
                  data-edge-id={s.id}
                  className={s.id === highlighted ? 'highlighted' : ''}
                >
                  <button
                    type="button"
                    className="link"
                    onClick={() => {
                      onHighlight(s.id);
                    }}
                  >
                    <RelationLine edge={s} nodes={names} lang={lang} />
                  </button>
                </li>
              ))}
            </ul>
            {group.steps[0] && <EvidenceList edge={group.steps[0]} lang={lang} />}
          </li>
        ))}
      </ol>
    </section>
  );
}
