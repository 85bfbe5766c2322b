import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelfHelp } from './self-help';

export function GetHelpForm({
  onStart,
  serverUrl,
}: {
  onStart: (name: string, description: string, email?: string) => Promise<void>;
  serverUrl: () => Promise<string>;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [description, setDescription] = useState('');
  const [busy, setBusy] = useState(false);
  // An article answered the question: no request is made, and the customer may still ask.
  const [solved, setSolved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      await onStart(name.trim(), description.trim(), email.trim() || undefined);
    } finally {
      setBusy(false);
    }
  }

  if (solved)
    return (
      <section className="card narrow" aria-labelledby="get-help-heading" data-testid="self-help-solved">
        <h1 id="get-help-heading">{t('knowledge.help.thanks')}</h1>
        <p>{t('knowledge.help.thanksBody')}</p>
        <button type="button" onClick={() => setSolved(false)}>
          {t('knowledge.help.again')}
        </button>
      </section>
    );

  return (
    <>
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
      <SelfHelp text={description} serverUrl={serverUrl} onSolved={() => setSolved(true)} />
    </>
  );
}
