import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorText, callApi } from '../api/rest-client';

export function ChangePasswordForm({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [message, setMessage] = useState<{ kind: 'error' | 'notice'; text: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await callApi('POST /api/auth/password', { body: { currentPassword: current, newPassword: next } });
      setCurrent('');
      setNext('');
      setMessage({ kind: 'notice', text: t('account.password.changed') });
      onChanged();
    } catch (err) {
      setMessage({ kind: 'error', text: apiErrorText(err, t) });
    }
  }

  return (
    <form className="card" onSubmit={submit} aria-labelledby="password-heading">
      <h2 id="password-heading">{t('account.password.title')}</h2>
      <label>
        {t('account.password.current')}
        <input type="password" autoComplete="current-password" required value={current} onChange={(e) => setCurrent(e.target.value)} />
      </label>
      <label>
        {t('account.password.new')}
        <input type="password" autoComplete="new-password" minLength={10} required value={next} onChange={(e) => setNext(e.target.value)} />
      </label>
      {message && (
        <p className={message.kind} role="status">
          {message.text}
        </p>
      )}
      <button type="submit" className="primary">
        {t('account.password.submit')}
      </button>
    </form>
  );
}
