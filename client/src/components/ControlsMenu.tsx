// The view's controls (direction, depth, view, language, filters, export). On a wide screen
// they sit in the header; on a narrow one they fold into a disclosure opened by one button
// (WAI-ARIA disclosure pattern: aria-expanded, Escape closes it and gives focus back).
import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export function ControlsMenu({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <div className="controls" data-open={open}>
      <button
        ref={button}
        type="button"
        className="menu-button"
        data-testid="menu-button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => {
          setOpen(!open);
        }}
      >
        <span aria-hidden="true" className="menu-icon">
          ☰
        </span>{' '}
        {t('menu.open')}
      </button>
      <div
        id={id}
        className="controls-panel"
        data-testid="controls-panel"
        onKeyDown={(e) => {
          if (e.key !== 'Escape' || !open) return;
          setOpen(false);
          button.current?.focus();
        }}
      >
        {children}
      </div>
    </div>
  );
}
