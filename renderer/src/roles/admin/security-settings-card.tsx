import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SecuritySettings } from '@firstline/protocol';
import { ApiError, staffApi } from '../../features/staff/staff-api';
import { useApiData } from './use-api-data';

/** The organisation's sign-in rules. The box follows the click at once and the server after. */
export function SecuritySettingsCard() {
  const { t } = useTranslation();
  const { data, reload } = useApiData<{ settings: SecuritySettings }>('/api/settings/security');
  const [pending, setPending] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  const checked = pending ?? data?.settings.requireTotp ?? false;

  async function setRequireTotp(requireTotp: boolean) {
    setPending(requireTotp);
    setError(null);
    try {
      await staffApi('/api/settings/security', { method: 'PUT', body: { requireTotp } });
    } catch (err) {
      setError(err instanceof ApiError && err.code === 'invalid_state' ? t('admin.security.ownFirst') : t('errors.internal'));
    } finally {
      setPending(null);
      reload();
    }
  }

  return (
    <section className="card" aria-labelledby="security-heading">
      <h2 id="security-heading">{t('admin.security.title')}</h2>
      <label className="checkbox">
        <input type="checkbox" checked={checked} disabled={!data} onChange={(e) => void setRequireTotp(e.target.checked)} />
        {t('admin.security.requireTotp')}
      </label>
      <p className="muted">{t('admin.security.requireTotpHint')}</p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
