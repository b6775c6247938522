// The source reader: a document's text as stored, paragraph numbers, headings and footnotes as
// in the original, every evidence sentence marked and linked to its relation; two language
// versions side by side, aligned by paragraph. Opened at a paragraph (`para`), with the quote
// of one relation (`quote`) marked apart and scrolled into view.
import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusMessage } from '../components/StatusMessage';
import { statusOfError } from '../components/status';
import { UserText } from '../components/UserText';
import { DocumentTextDocument } from '../gql/graphql';
import { formatDate } from '../i18n/dates';
import type { ViewState } from '../state/view-state';
import { alignVersions, type Row } from './align';
import { ReaderBlock, type StoredBlock, type Target } from './ReaderBlock';

interface Props {
  view: ViewState & { doc: string };
  onOpen: (target: Target) => void;
}

export function ReaderView({ view, onOpen }: Props) {
  const { t } = useTranslation();
  const { data, error, refetch } = useQuery(DocumentTextDocument, {
    variables: { id: view.doc },
  });
  const root = useRef<HTMLElement>(null);
  const doc = data?.entity && 'paragraphs' in data.entity ? data.entity : null;
  // The interface's language on the left, the other versions after it in alphabetical order.
  const langs = useMemo(
    () =>
      [...(doc?.languages ?? [])].sort(
        (a, b) => Number(b.toLowerCase() === view.lang) - Number(a.toLowerCase() === view.lang),
      ),
    [doc, view.lang],
  );
  const rows = useMemo(() => (doc ? alignVersions(doc.paragraphs, langs) : []), [doc, langs]);
  const target = targetRow(rows, view);

  useEffect(() => {
    if (!target || !root.current) return;
    // The cell of the version the citation names (`version`), else the row's first.
    const cells = [
      ...root.current.querySelectorAll<HTMLElement>(`.reader-cell[data-key="${target}"]`),
    ];
    const el =
      cells.find((c) => c.querySelector(`[data-lang="${view.version ?? ''}"]`)) ?? cells[0];
    el?.scrollIntoView({ block: 'center' });
    el?.focus({ preventScroll: true });
  }, [target, view.version]);

  if (error) return <StatusMessage status={statusOfError(error, view.doc, () => void refetch())} />;
  if (!data) return <StatusMessage status={{ kind: 'loading' }} />;
  if (!data.entity || !doc) return <StatusMessage status={{ kind: 'empty' }} />;
  const name = view.lang === 'ru' ? doc.nameRu : doc.nameEn;
  // A note prints no symbol: its identifying line (date, agenda, items) names it instead.
  const identity = doc.symbol ?? (view.lang === 'ru' ? doc.identifyingLineRu : doc.identifyingLine);
  return (
    <article className="reader" ref={root} data-testid="reader" aria-label={t('reader.label')}>
      <header className="reader-head">
        <button
          type="button"
          className="link"
          onClick={() => {
            window.history.back();
          }}
        >
          ← {t('reader.back')}
        </button>
        <h2>
          <UserText text={name} />
        </h2>
        <p className="reader-meta">
          {[identity, doc.date && identity === doc.symbol ? formatDate(doc.date, view.lang) : null]
            .filter((x): x is string => Boolean(x))
            .join(' · ')}
        </p>
      </header>
      {langs.length === 0 ? (
        <p data-testid="reader-empty">{t('reader.noText')}</p>
      ) : (
        <div className={`reader-text versions-${String(langs.length)}`}>
          {langs.length > 1 && (
            <div className="reader-row reader-langs" aria-hidden="true">
              {langs.map((l) => (
                <p key={l} className="reader-lang" data-testid="reader-version-label">
                  {t(`reader.version.${l}`)}
                </p>
              ))}
            </div>
          )}
          {rows.map((row) => (
            <div className="reader-row" key={row.key}>
              {row.cells.map((cell, i) =>
                cell ? (
                  <div key={i} className="reader-cell" data-key={row.key} tabIndex={-1}>
                    {langs.length > 1 && (
                      <span className="reader-cell-lang" aria-hidden="true">
                        {t(`reader.version.${langs[i] ?? ''}`)}
                      </span>
                    )}
                    <ReaderBlock block={cell} docId={doc.id} view={view} onOpen={onOpen} />
                  </div>
                ) : (
                  <div key={i} className="reader-cell empty" />
                ),
              )}
            </div>
          ))}
        </div>
      )}
    </article>
  );
}

/** The row the reader opens at: the `para` asked for, where the marked quote stands. */
function targetRow(rows: readonly Row<StoredBlock>[], view: ViewState): string | null {
  if (!view.para) return null;
  const wanted = (b: StoredBlock) =>
    /^\d+$/.test(view.para ?? '')
      ? b.number === Number(view.para)
      : b.context.toLowerCase() === view.para &&
        (view.quote !== null
          ? b.statements.some((s) => s.id === view.quote)
          : view.of === null || b.facts.some((f) => f.of.id === view.of));
  return rows.find((r) => r.cells.some((c) => c !== null && wanted(c)))?.key ?? null;
}
