import { useTranslation } from 'react-i18next';
import { KINDS, RELATIONS, type Kind, type Relation, type ViewState } from '../state/view-state';

function toggle<T extends string>(all: readonly T[], list: readonly T[], item: T): T[] {
  const set = new Set(list);
  if (set.has(item)) set.delete(item);
  else set.add(item);
  return all.filter((x) => set.has(x));
}

export function Filters({
  view,
  update,
}: {
  view: ViewState;
  update: (p: Partial<ViewState>) => void;
}) {
  const { t } = useTranslation();
  return (
    <details className="filters">
      <summary>{t('filters.title')}</summary>
      <div className="popover">
        <fieldset>
          <legend>{t('filters.kinds')}</legend>
          {KINDS.map((k: Kind) => (
            <label key={k}>
              <input
                type="checkbox"
                data-testid={`filter-kind-${k}`}
                checked={view.kinds.includes(k)}
                onChange={() => {
                  update({ kinds: toggle(KINDS, view.kinds, k) });
                }}
              />{' '}
              {t(`kind.${k}`)}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>{t('filters.rels')}</legend>
          {RELATIONS.map((r: Relation) => (
            <label key={r}>
              <input
                type="checkbox"
                data-testid={`filter-rel-${r}`}
                checked={view.rels.includes(r)}
                onChange={() => {
                  update({ rels: toggle(RELATIONS, view.rels, r) });
                }}
              />{' '}
              {t(`rel.${r}`)}
            </label>
          ))}
        </fieldset>
        <label>
          <input
            type="checkbox"
            data-testid="filter-proposals"
            checked={view.proposals}
            onChange={() => {
              update({ proposals: !view.proposals });
            }}
          />{' '}
          {t('filters.proposals')}
        </label>
      </div>
    </details>
  );
}
