import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteResponse, StaffUser } from '@firstline/protocol';
import { apiErrorText, callApi } from '../api/rest-client';
import { TotpCodeInput } from './totp-code-input';

type Enrolment = RouteResponse<'POST /api/auth/totp/setup'>;

/** Two-factor sign-in: scan a QR code, confirm with a code; or turn it off with the password. */
export function TotpSettings({ user, onChanged }: { user: StaffUser; onChanged: () => void }) {
  const { t } = useTranslation();
  const [enrolment, setEnrolment] = useState<Enrolment | null>(null);
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const fail = (err: unknown) => setError(apiErrorText(err, t));

  async function start() {
    setError(null);
    try {
      setEnrolment(await callApi('POST /api/auth/totp/setup'));
    } catch (err) {
      fail(err);
    }
  }

  async function confirm(event: FormEvent) {
    event.preventDefault();
    try {
      await callApi('POST /api/auth/totp/confirm', { body: { code } });
      setEnrolment(null);
      onChanged();
    } catch (err) {
      fail(err);
    }
  }

  async function disable(event: FormEvent) {
    event.preventDefault();
    try {
      await callApi('POST /api/auth/totp/disable', { body: { password, code } });
      setPassword('');
      setCode('');
      onChanged();
    } catch (err) {
      fail(err);
    }
  }

  return (
    <section className="card" aria-labelledby="totp-heading">
      <h2 id="totp-heading">{t('account.totp.title')}</h2>
      <p className="muted">{user.totpEnabled ? t('account.totp.on') : t('account.totp.off')}</p>
      {!user.totpEnabled && !enrolment && (
        <button type="button" className="primary" onClick={() => void start()}>
          {t('account.totp.start')}
        </button>
      )}
      {enrolment && (
        <form onSubmit={confirm}>
          <p>{t('account.totp.scan')}</p>
          <img className="qr" src={enrolment.qrDataUrl} alt={t('account.totp.qrAlt')} />
          <p className="muted">
            {t('account.totp.manual')} <code data-testid="totp-secret">{enrolment.secret}</code>
          </p>
          <TotpCodeInput value={code} onChange={setCode} />
          <button type="submit" className="primary">
            {t('account.totp.confirm')}
          </button>
        </form>
      )}
      {user.totpEnabled && (
        <form onSubmit={disable}>
          <label>
            {t('account.password.current')}
            <input
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </label>
          <TotpCodeInput value={code} onChange={setCode} />
          <button type="submit" className="danger-outline">
            {t('account.totp.disable')}
          </button>
        </form>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
