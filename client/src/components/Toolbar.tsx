import { useTranslation } from 'react-i18next';
import {
  DEFAULTS,
  DIRECTIONS,
  LANGS,
  MAX_DEPTH,
  MIN_DEPTH,
  MODES,
  type ViewState,
} from '../state/view-state';

export function Toolbar({
  view,
  update,
}: {
  view: ViewState;
  update: (p: Partial<ViewState>) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="toolbar">
      <label>
        {t('direction.label')}{' '}
        <select
          data-testid="direction-select"
          value={view.direction}
          onChange={(e) => {
            update({
              direction: e.target.value as ViewState['direction'],
              expanded: [],
              limit: DEFAULTS.limit,
            });
          }}
        >
          {DIRECTIONS.map((d) => (
            <option key={d} value={d}>
              {t(`direction.${d}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('depth.label')}{' '}
        <input
          data-testid="depth-input"
          type="number"
          min={MIN_DEPTH}
          max={MAX_DEPTH}
          value={view.depth}
          onChange={(e) => {
            const d = Number(e.target.value);
            if (Number.isInteger(d) && d >= MIN_DEPTH && d <= MAX_DEPTH)
              update({ depth: d, expanded: [], limit: DEFAULTS.limit });
          }}
        />
      </label>
      <div role="group" aria-label={t('mode.label')} className="modes">
        {MODES.map((m) => (
          <button
            key={m}
            type="button"
            data-testid={`mode-${m}`}
            aria-pressed={view.mode === m}
            onClick={() => {
              update({ mode: m });
            }}
          >
            {t(`mode.${m}`)}
          </button>
        ))}
      </div>
      <label>
        {t('lang.label')}{' '}
        <select
          data-testid="lang-select"
          value={view.lang}
          onChange={(e) => {
            update({ lang: e.target.value as ViewState['lang'] });
          }}
        >
          {LANGS.map((l) => (
            <option key={l} value={l}>
              {l === 'en' ? 'English' : 'Русский'}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
