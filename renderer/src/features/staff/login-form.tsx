import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, apiErrorText } from '../api/rest-client';
import { TotpCodeInput } from './totp-code-input';

type Login = (email: string, password: string, totp?: string) => Promise<void>;

export function LoginForm({ onLogin, heading }: { onLogin: Login; heading: string }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [askTotp, setAskTotp] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onLogin(email, password, askTotp ? totp : undefined);
    } catch (err) {
      if (err instanceof ApiError && err.code === 'totp_required') setAskTotp(true);
      else setError(apiErrorText(err, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card narrow" onSubmit={submit} aria-labelledby="login-heading">
      <h1 id="login-heading">{heading}</h1>
      <label>
        {t('login.email')}
        <input type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
      </label>
      <label>
        {t('login.password')}
        <input type="password" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
      </label>
      {askTotp && <TotpCodeInput value={totp} onChange={setTotp} autoFocus />}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary" disabled={busy}>
        {t('login.submit')}
      </button>
    </form>
  );
}
