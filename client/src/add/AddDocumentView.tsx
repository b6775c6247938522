// The "Add document" page: drop a file, see what it states (the server's dry run), then add
// it. Writing needs the token `npm start` prints (api/ingest-token.ts); without it the page
// says how to get it instead of offering a button that cannot work.
import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ownWarnings, type AddedDocument } from '@common/ingest-report';
import { postDocument } from '../api/documents';
import { ingestToken } from '../api/ingest-token';
import { InAppLink } from '../components/InAppLink';
import { formatDate } from '../i18n/dates';
import { serializeViewState, type ViewState } from '../state/view-state';
import { DocumentPreview } from './DocumentPreview';

type Step =
  | { kind: 'choose' }
  | { kind: 'busy'; file: File; writing: boolean }
  | { kind: 'preview'; file: File; report: AddedDocument }
  | { kind: 'added'; report: AddedDocument }
  | { kind: 'failed'; status: number; message: string };

export function AddDocumentView({ view }: { view: ViewState }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const [dragging, setDragging] = useState(false);
  const locked = ingestToken() === null;

  const send = async (file: File, dryRun: boolean) => {
    setStep({ kind: 'busy', file, writing: !dryRun });
    const posted = await postDocument(file, dryRun);
    if (!posted.ok) {
      setStep({ kind: 'failed', status: posted.status, message: posted.message });
      return;
    }
    if (dryRun) {
      setStep({ kind: 'preview', file, report: posted.document });
      return;
    }
    // The graph changed: every view asks again.
    await client.resetStore();
    setStep({ kind: 'added', report: posted.document });
  };
  const pick = (files: FileList | null) => {
    const file = files?.[0];
    if (file) void send(file, true);
  };
  const link = (patch: Partial<ViewState>) =>
    serializeViewState({ ...view, add: false, doc: null, id: null, ...patch });

  return (
    <section className="add-document" data-testid="add-document" aria-labelledby="add-title">
      <h2 id="add-title">{t('add.title')}</h2>
      <p>{t('add.intro')}</p>
      {locked ? (
        <p className="add-locked" data-testid="add-locked" role="status">
          {t('add.locked')}
        </p>
      ) : (
        <label
          className={dragging ? 'drop-zone dragging' : 'drop-zone'}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => {
            setDragging(false);
          }}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            pick(e.dataTransfer.files);
          }}
        >
          {t('add.drop')} <span className="link">{t('add.choose')}</span>
          <input
            type="file"
            data-testid="add-file"
            accept=".pdf,.docx,.html,.htm,.txt,application/pdf,text/plain,text/html"
            onChange={(e) => {
              pick(e.currentTarget.files);
              e.currentTarget.value = '';
            }}
          />
        </label>
      )}
      <div aria-live="polite" data-testid="add-status">
        {step.kind === 'busy' && (
          <p>{t(step.writing ? 'add.writing' : 'add.reading', { file: step.file.name })}</p>
        )}
        {step.kind === 'failed' && (
          <p className="add-error" role="alert">
            {step.status === 401 ? t('add.rejected') : t('add.failed', { message: step.message })}
          </p>
        )}
        {step.kind === 'added' && (
          <p className="add-done" data-testid="add-done">
            {t('add.added', {
              file: step.report.file,
              statements: t('add.statements', { count: step.report.relations.length }),
            })}{' '}
            <InAppLink href={link({ doc: step.report.document.id })} lang={view.lang}>
              {t('add.openReader')}
            </InAppLink>
            {' · '}
            <InAppLink href={link({ id: step.report.document.id })} lang={view.lang}>
              {t('add.openGraph')}
            </InAppLink>
          </p>
        )}
      </div>
      {step.kind === 'added' && <DocumentPreview report={step.report} lang={view.lang} />}
      {step.kind === 'preview' && (
        <>
          <p className="add-document-id" data-testid="add-document-id">
            <strong>{step.report.document.title ?? step.report.document.id}</strong>
            {' — '}
            {[
              step.report.document.symbol ?? step.report.document.id,
              step.report.document.date ? formatDate(step.report.document.date, view.lang) : null,
              t(`edge.lang.${step.report.document.lang.toUpperCase()}`),
            ]
              .filter(Boolean)
              .join(' · ')}
          </p>
          <p className="add-summary" data-testid="add-summary">
            {t('add.preview', { file: step.report.file })}{' '}
            {[
              t('add.statements', { count: step.report.relations.length }),
              t('add.proposals', { count: step.report.proposals.length }),
              t('add.unmatched', { count: step.report.unmatched.length }),
              t('add.warnings', { count: ownWarnings(step.report).length }),
            ].join(' · ')}
          </p>
          <div className="add-actions">
            <button
              type="button"
              className="primary"
              data-testid="add-commit"
              onClick={() => void send(step.file, false)}
            >
              {t('add.commit')}
            </button>
            <button
              type="button"
              onClick={() => {
                setStep({ kind: 'choose' });
              }}
            >
              {t('add.another')}
            </button>
          </div>
          <DocumentPreview report={step.report} lang={view.lang} />
        </>
      )}
    </section>
  );
}
