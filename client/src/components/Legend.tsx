import { useTranslation } from 'react-i18next';
import { KIND_STYLE, REL_STYLE, STATUS_RING } from '../graph/style';
import { KINDS, RELATIONS } from '../state/view-state';

/** `dated`: an "as of" view, whose bodies carry their status of that date as a ring. */
export function Legend({ dated = false }: { dated?: boolean }) {
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
        {dated && (
          <>
            <li>
              <span
                className="swatch ring"
                style={{ outlineColor: STATUS_RING.interim, outlineStyle: 'dashed' }}
              />
              {t('legend.interim')}
            </li>
            <li>
              <span
                className="swatch ring"
                style={{ outlineColor: STATUS_RING.constant, outlineStyle: 'solid' }}
              />
              {t('legend.constant')}
            </li>
          </>
        )}
        <li>
          <span className="line uncited" />
          {t('legend.uncited')}
        </li>
      </ul>
    </details>
  );
}
