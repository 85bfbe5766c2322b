import { useTranslation } from 'react-i18next';
import type { CustomerEndReason } from './use-customer-session';

export function EndedView({ reason, engineerName, onRestart }: { reason: CustomerEndReason; engineerName: string | null; onRestart: () => void }) {
  const { t } = useTranslation();
  return (
    <section className="card narrow center" aria-labelledby="ended-heading">
      <h1 id="ended-heading">{t('customer.ended.title')}</h1>
      <p data-testid="end-reason">{t(`customer.ended.${reason}`, { name: engineerName ?? t('customer.ended.theEngineer') })}</p>
      <p className="notice">{t('customer.ended.nothingShared')}</p>
      <button type="button" className="primary" onClick={onRestart}>
        {t('customer.ended.again')}
      </button>
    </section>
  );
}
