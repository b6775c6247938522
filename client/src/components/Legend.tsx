import { useTranslation } from 'react-i18next';
import { KIND_STYLE, REL_STYLE } from '../graph/style';
import { KINDS, RELATIONS } from '../state/view-state';

export function Legend() {
  const { t } = useTranslation();
  return (
    <details className="legend" data-testid="legend" open>
      <summary>{t('legend.title')}</summary>
      <ul>
        {KINDS.map((k) => (
          <li key={k}>
            <span
              className={`swatch shape-${KIND_STYLE[k].shape}`}
              style={{ background: KIND_STYLE[k].color }}
            />
            {t(`kind.${k}`)}
          </li>
        ))}
        {RELATIONS.map((r) => (
          <li key={r}>
            <span
              className="line"
              style={{ borderTopStyle: REL_STYLE[r].line, borderTopWidth: REL_STYLE[r].width }}
            />
            {t(`rel.${r}`)}
          </li>
        ))}
        <li>
          <span className="swatch proposed" />
          {t('legend.proposed')}
        </li>
        <li>
          <span className="line uncited" />
          {t('legend.uncited')}
        </li>
      </ul>
    </details>
  );
}
