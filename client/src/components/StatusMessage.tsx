import { useTranslation } from 'react-i18next';
import { MAX_DETAILS, Sentence, SLOT, UserText } from './UserText';

export type Status =
  | { kind: 'start' }
  | { kind: 'loading' }
  | { kind: 'empty' }
  | { kind: 'unknown-id'; id: string }
  | { kind: 'unreachable'; retry: () => void }
  | { kind: 'error'; message: string };

export function StatusMessage({ status }: { status: Status }) {
  const { t } = useTranslation();
  switch (status.kind) {
    case 'start':
      return (
        <p className="status" data-testid="status" role="status">
          {t('status.start')}
        </p>
      );
    case 'loading':
      return (
        <p className="status" data-testid="status" role="status">
          {t('status.loading')}
        </p>
      );
    case 'empty':
      return (
        <p className="status" data-testid="status" role="status">
          {t('status.empty')}
        </p>
      );
    case 'unknown-id':
      return (
        <p className="status error" data-testid="unknown-id" role="alert">
          {/* The id comes from the URL, which anyone can write and share. */}
          <Sentence text={t('status.unknownId', { id: SLOT })}>
            <UserText text={status.id} />
          </Sentence>
        </p>
      );
    case 'unreachable':
      return (
        <div className="status error" data-testid="status" role="alert">
          <p>{t('status.unreachable')}</p>
          <button type="button" data-testid="retry-button" onClick={status.retry}>
            {t('status.retry')}
          </button>
        </div>
      );
    case 'error':
      return (
        <p className="status error" data-testid="status" role="alert">
          <Sentence text={t('status.error', { message: SLOT })}>
            <UserText text={status.message} max={MAX_DETAILS} />
          </Sentence>
        </p>
      );
  }
}
