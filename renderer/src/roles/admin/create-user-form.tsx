import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorText, callApi } from '../../features/api/rest-client';
import { markRefusedField } from '../../features/api/refused-field';

const EMPTY = { email: '', name: '', organisation: '', password: '', role: 'engineer' as 'engineer' | 'admin' };

export function CreateUserForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState(EMPTY);
  const [error, setError] = useState<string | null>(null);
  const field = (key: keyof typeof EMPTY) => ({
    name: key,
    value: form[key],
    onChange: (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value }),
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const element = event.currentTarget as HTMLFormElement;
    setError(null);
    try {
      await callApi('POST /api/users', { body: form });
      markRefusedField(element, null);
      setForm(EMPTY);
      onCreated();
    } catch (err) {
      markRefusedField(element, err);
      setError(apiErrorText(err, t));
    }
  }

  return (
    <form className="card" onSubmit={submit} aria-labelledby="new-user-heading">
      <h2 id="new-user-heading">{t('admin.users.create')}</h2>
      <label>
        {t('admin.users.name')}
        <input required {...field('name')} />
      </label>
      <label>
        {t('admin.users.email')}
        <input type="email" required {...field('email')} />
      </label>
      <label>
        {t('admin.users.organisation')}
        <input required {...field('organisation')} />
      </label>
      <label>
        {t('admin.users.role')}
        <select {...field('role')}>
          <option value="engineer">{t('roles.engineer')}</option>
          <option value="admin">{t('roles.admin')}</option>
        </select>
      </label>
      <label>
        {t('admin.users.password')}
        <input type="password" minLength={10} required autoComplete="new-password" {...field('password')} />
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" className="primary">
        {t('admin.users.submit')}
      </button>
    </form>
  );
}
