import { useTranslation } from 'react-i18next';
import type { EngineerIdentity, Permission } from '@firstline/protocol';

export function ConsentView({ engineer, permissions, onRespond }: { engineer: EngineerIdentity; permissions: Permission[]; onRespond: (granted: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <section className="card narrow" aria-labelledby="consent-heading">
      <h1 id="consent-heading">{t('customer.consent.title')}</h1>
      <div className="engineer-identity">
        <span className="avatar" aria-hidden="true">{engineer.name.slice(0, 1)}</span>
        <div>
          <strong data-testid="engineer-name">{engineer.name}</strong>
          <div className="muted">{engineer.organisation}</div>
        </div>
      </div>
      <p className="warning" role="note">{t('customer.consent.warning', { organisation: engineer.organisation })}</p>
      <h2>{t('customer.consent.asks')}</h2>
      <ul className="permissions">
        {permissions.map((p) => (
          <li key={p}>
            <strong>{t(`permissions.${p}.title`)}</strong>
            <span className="muted">{t(`permissions.${p}.detail`)}</span>
          </li>
        ))}
      </ul>
      <p className="muted">{t('customer.consent.control')}</p>
      <div className="actions">
        <button type="button" className="primary" onClick={() => onRespond(true)}>
          {t('customer.consent.approve')}
        </button>
        <button type="button" className="danger-outline" onClick={() => onRespond(false)}>
          {t('customer.consent.decline')}
        </button>
      </div>
    </section>
  );
}
