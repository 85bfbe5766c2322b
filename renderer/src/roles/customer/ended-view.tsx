import { useTranslation } from 'react-i18next';
import { ticketRef } from '../../features/ui/format';
import { RatingForm } from './rating-form';
import type { CustomerEndReason } from './customer-phase';

type Props = {
  reason: CustomerEndReason;
  engineerName: string | null;
  /** The ticket number the request was filed under, for the customer to quote later. */
  reference: number | null;
  onRestart: () => void;
  /** Asks again with the same name and problem: offered when nobody took the request in time. */
  onKeepWaiting: () => void;
  onRate: ((score: number, comment: string) => Promise<boolean>) | null;
};

export function EndedView({ reason, engineerName, reference, onRestart, onKeepWaiting, onRate }: Props) {
  const { t } = useTranslation();
  return (
    <section className="card narrow center" aria-labelledby="ended-heading">
      <h1 id="ended-heading">{t('customer.ended.title')}</h1>
      <p data-testid="end-reason">{t(`customer.ended.${reason}`, { name: engineerName ?? t('customer.ended.theEngineer') })}</p>
      <p className="notice">{t('customer.ended.nothingShared')}</p>
      {reference !== null && (
        <p data-testid="reference">
          {t('customer.ended.reference')} <strong>{ticketRef(reference)}</strong>
          <br />
          <span className="muted small">{t('customer.ended.referenceHint')}</span>
        </p>
      )}
      {onRate && engineerName && reason !== 'consent_declined' && <RatingForm engineerName={engineerName} onRate={onRate} />}
      {reason === 'expired' ? (
        <div className="actions">
          <button type="button" className="primary" onClick={onKeepWaiting}>
            {t('customer.ended.keepWaiting')}
          </button>
          <button type="button" onClick={onRestart}>
            {t('customer.ended.again')}
          </button>
        </div>
      ) : (
        <button type="button" className="primary" onClick={onRestart}>
          {t('customer.ended.again')}
        </button>
      )}
    </section>
  );
}
