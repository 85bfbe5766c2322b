import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffUser } from '@firstline/protocol';
import { ApiError, staffApi } from '../../features/staff/staff-api';
import { useApiData } from './use-api-data';

const EMPTY = { email: '', name: '', organisation: '', password: '', role: 'engineer' as 'engineer' | 'admin' };

export function UsersView() {
  const { t } = useTranslation();
  const { data, error, reload } = useApiData<{ users: StaffUser[] }>('/api/users');
  const [form, setForm] = useState(EMPTY);
  const [formError, setFormError] = useState<string | null>(null);
  const field = (key: keyof typeof EMPTY) => ({ value: form[key], onChange: (e: { target: { value: string } }) => setForm({ ...form, [key]: e.target.value }) });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    try {
      await staffApi('/api/users', { method: 'POST', body: form });
      setForm(EMPTY);
      reload();
    } catch (err) {
      setFormError(err instanceof ApiError ? (err.code === 'invalid_payload' ? err.message : t(`errors.${err.code}`)) : t('errors.internal'));
    }
  }

  return (
    <div className="queue-layout">
      <section className="card" aria-labelledby="users-heading">
        <h1 id="users-heading">{t('admin.users.title')}</h1>
        {error && <p className="error">{t(`errors.${error}`)}</p>}
        <table className="table">
          <thead>
            <tr>
              <th>{t('admin.users.name')}</th>
              <th>{t('admin.users.email')}</th>
              <th>{t('admin.users.organisation')}</th>
              <th>{t('admin.users.role')}</th>
            </tr>
          </thead>
          <tbody>
            {data?.users.map((user) => (
              <tr key={user.id} data-testid="user-row">
                <td>{user.name}</td>
                <td>{user.email}</td>
                <td>{user.organisation}</td>
                <td>{t(`roles.${user.role}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
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
        {formError && <p className="error" role="alert">{formError}</p>}
        <button type="submit" className="primary">
          {t('admin.users.submit')}
        </button>
      </form>
    </div>
  );
}
