import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, callApi } from '../../features/api/rest-client';
import { useApiData } from '../../features/api/use-api-data';

/** The organisation's sign-in rules. The box follows the click at once; a refusal puts it back. */
export function SecuritySettingsCard() {
  const { t } = useTranslation();
  const { data } = useApiData('GET /api/settings/security');
  const [requireTotp, setRequireTotpState] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (data) setRequireTotpState(data.settings.requireTotp);
  }, [data]);

  async function setRequireTotp(next: boolean) {
    const previous = requireTotp;
    setRequireTotpState(next);
    setError(null);
    try {
      const saved = await callApi('PUT /api/settings/security', { body: { requireTotp: next } });
      setRequireTotpState(saved.settings.requireTotp);
    } catch (err) {
      setRequireTotpState(previous);
      setError(err instanceof ApiError && err.code === 'invalid_state' ? t('admin.security.ownFirst') : t('errors.internal'));
    }
  }

  return (
    <section className="card" aria-labelledby="security-heading">
      <h2 id="security-heading">{t('admin.security.title')}</h2>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={requireTotp ?? false}
          disabled={requireTotp === null}
          onChange={(e) => void setRequireTotp(e.target.checked)}
        />
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
