import { useTranslation } from 'react-i18next';
import { KIND_STYLE } from '../graph/style';
import type { Kind } from '../state/view-state';

export function KindBadge({ kind }: { kind: string }) {
  const { t } = useTranslation();
  const color = KIND_STYLE[kind as Kind].color;
  return (
    <span className="kind-badge" data-testid="kind-badge" style={{ borderColor: color, color }}>
      {t(`kind.${kind as Kind}`)}
    </span>
  );
}
