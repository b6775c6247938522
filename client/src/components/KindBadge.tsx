import { useTranslation } from 'react-i18next';
import { KIND_STYLE } from '../graph/style';
import type { Kind } from '../state/view-state';

export function KindBadge({ kind }: { kind: string }) {
  const { t } = useTranslation();
  const color = KIND_STYLE[kind as Kind].color;
  return (
    // The kind's colour marks the border; the text stays dark, since several of the graph's
    // colours (green, orange) are too light for small text on white (WCAG AA, axe-core).
    <span className="kind-badge" data-testid="kind-badge" style={{ borderColor: color }}>
      {t(`kind.${kind as Kind}`)}
    </span>
  );
}
