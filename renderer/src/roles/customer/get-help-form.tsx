import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

export function GetHelpForm({ onStart }: { onStart: (name: string, description: string, email?: string) => Promise<void> }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [description, setDescription] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await onStart(name.trim(), description.trim(), email.trim() || undefined);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card narrow" onSubmit={submit} aria-labelledby="get-help-heading">
      <h1 id="get-help-heading">{t('customer.form.title')}</h1>
      <p className="muted">{t('customer.form.intro')}</p>
      <label>
        {t('customer.form.name')}
        <input required maxLength={80} value={name} onChange={(e) => setName(e.target.value)} autoComplete="name" />
      </label>
      <label>
        {t('customer.form.email')}
        <input type="email" maxLength={254} value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="email" />
      </label>
      <label>
        {t('customer.form.description')}
        <textarea
          required
          maxLength={2000}
          rows={4}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          placeholder={t('customer.form.descriptionHint')}
        />
      </label>
      <button type="submit" className="primary big" disabled={busy || !name.trim() || !description.trim()}>
        {t('customer.form.submit')}
      </button>
      <p className="fine-print">{t('customer.form.privacy')}</p>
    </form>
  );
}
