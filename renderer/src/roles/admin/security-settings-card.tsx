import { useTranslation } from 'react-i18next';
import type { SecuritySettings } from '@firstline/protocol';
import { staffApi } from '../../features/staff/staff-api';
import { useApiData } from './use-api-data';

/** The organisation's sign-in rules. */
export function SecuritySettingsCard() {
  const { t } = useTranslation();
  const { data, reload } = useApiData<{ settings: SecuritySettings }>('/api/settings/security');
  async function setRequireTotp(requireTotp: boolean) {
    await staffApi('/api/settings/security', { method: 'PUT', body: { requireTotp } });
    reload();
  }
  return (
    <section className="card" aria-labelledby="security-heading">
      <h2 id="security-heading">{t('admin.security.title')}</h2>
      <label className="checkbox">
        <input type="checkbox" checked={data?.settings.requireTotp ?? false} disabled={!data} onChange={(e) => void setRequireTotp(e.target.checked)} />
        {t('admin.security.requireTotp')}
      </label>
      <p className="muted">{t('admin.security.requireTotpHint')}</p>
    </section>
  );
}
