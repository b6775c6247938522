// Said above the graph when the lineage has more nodes than are drawn (graph/cap.ts): how many
// are shown, how to see more, and a button that shows the next batch.
import { useTranslation } from 'react-i18next';

export function CapNotice({
  shown,
  total,
  more,
  onMore,
}: {
  shown: number;
  total: number;
  /** How many more nodes "Show more" adds. */
  more: number;
  onMore: () => void;
}) {
  const { t } = useTranslation();
  return (
    <p className="muted counts" role="status" data-testid="cap-notice">
      {t('graph.capped', { shown, count: total })} {t('graph.frontierHint')}{' '}
      <button type="button" className="link" data-testid="show-more" onClick={onMore}>
        {t('graph.showMore', { count: more })}
      </button>
    </p>
  );
}
