// The "as of" control above the graph: a slider over the years, the Convention's adoption at the
// left, now at the right; native, so arrows, Page Up/Down, Home and End work as in any slider.
// A move is applied once the slider rests (a drag or a held arrow key asks the API once, not
// once per year passed). In a dated view the bar says so in words, with a way back to now.
import { useEffect, useId, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDate, formatPartialDate } from '../i18n/dates';
import { lastDay } from '@common/partial-date';
import { asOfAt, FIRST_YEAR, nowYear, sliderPosition } from '../state/as-of';
import type { Lang, ViewState } from '../state/view-state';

/** How long the slider rests before its year is applied. */
const SETTLE_MS = 300;

/** "end of 2012", "31 March 2012", "1 January 2012". */
export function asOfText(asof: string, lang: Lang, t: TFunction): string {
  return /^\d{4}$/.test(asof) ? t('asof.endOf', { date: asof }) : formatDate(lastDay(asof), lang);
}

export function AsOfBar({
  asof,
  lang,
  update,
}: {
  asof: string | null;
  lang: Lang;
  update: (p: Partial<ViewState>) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const now = nowYear();
  // A moved slider not yet applied, for the date it moved from: when the URL moves meanwhile
  // (Back, a link), it is stale and ignored.
  const [moved, setMoved] = useState<{ from: string | null; to: number } | null>(null);
  const pending = moved && moved.from === asof ? moved.to : null;
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(
    () => () => {
      clearTimeout(timer.current);
    },
    [],
  );
  const position = pending ?? sliderPosition(asof, now);
  const shownAsOf = pending === null ? asof : asOfAt(pending, now);
  const valueText = shownAsOf ? asOfText(shownAsOf, lang, t) : t('asof.now');
  return (
    <div className="asof" data-testid="asof-bar" data-dated={asof !== null}>
      <label htmlFor={id}>{t('asof.label')}</label>
      <input
        id={id}
        type="range"
        data-testid="asof-slider"
        min={FIRST_YEAR}
        max={now}
        step={1}
        value={position}
        title={t('asof.slider')}
        aria-valuetext={valueText}
        onChange={(e) => {
          const next = Number(e.target.value);
          setMoved({ from: asof, to: next });
          clearTimeout(timer.current);
          timer.current = setTimeout(() => {
            update({ asof: asOfAt(next, now) });
          }, SETTLE_MS);
        }}
      />
      <output htmlFor={id} data-testid="asof-value">
        {shownAsOf ? formatPartialDate(shownAsOf, lang) : t('asof.now')}
      </output>
      {asof !== null && (
        <>
          <p className="asof-notice" data-testid="asof-notice" role="status">
            {/^\d{4}$/.test(asof)
              ? t('asof.noticeEnd', { date: asof })
              : t('asof.noticeDay', { date: formatDate(lastDay(asof), lang) })}
          </p>
          <button
            type="button"
            data-testid="asof-now"
            onClick={() => {
              clearTimeout(timer.current);
              update({ asof: null });
            }}
          >
            {t('asof.backToNow')}
          </button>
        </>
      )}
    </div>
  );
}
