import { useTranslation } from 'react-i18next';
import { formatSessionCode } from '@firstline/protocol';
import { formatElapsed, formatMinutes } from '../../features/ui/format';
import type { QueuePosition } from './customer-phase';
import { useNow } from '../../features/ui/use-now';

export function WaitingView(props: {
  code: string;
  createdAt: number;
  expiresAt: number;
  codeChanged: boolean;
  queue: QueuePosition | null;
  onCancel: () => void;
}) {
  const { code, createdAt, expiresAt, codeChanged, queue, onCancel } = props;
  const { t, i18n } = useTranslation();
  const now = useNow();
  return (
    <section className="card narrow center" aria-labelledby="waiting-heading">
      <h1 id="waiting-heading">{t('customer.waiting.title')}</h1>
      {codeChanged && (
        <p className="warning" role="alert">
          {t('customer.waiting.codeChanged')}
        </p>
      )}
      <p>{t('customer.waiting.codeIntro')}</p>
      <p className="session-code" data-testid="session-code" aria-label={t('customer.waiting.codeLabel')}>
        {formatSessionCode(code)}
      </p>
      {queue && (
        <p data-testid="queue-position" role="status">
          {t(queue.position === 1 ? 'customer.waiting.next' : 'customer.waiting.position', { position: queue.position })}{' '}
          {queue.estimatedWaitMs === null
            ? t('customer.waiting.noEstimate')
            : t('customer.waiting.estimate', { time: formatMinutes(queue.estimatedWaitMs, i18n.language) })}
        </p>
      )}
      <p className="muted">{t('customer.waiting.waited', { time: formatElapsed(now - createdAt) })}</p>
      <p className="muted">{t('customer.waiting.expires', { time: formatElapsed(expiresAt - now) })}</p>
      <p className="notice">{t('customer.waiting.nothingShared')}</p>
      <button type="button" onClick={onCancel}>
        {t('customer.waiting.cancel')}
      </button>
    </section>
  );
}
