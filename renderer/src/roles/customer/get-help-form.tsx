import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ticketReferenceIn } from '@firstline/protocol';
import type { HelpRequest } from './customer-phase';
import { SelfHelp } from './self-help';

/** "#42" or "42", as the reference was shown at the end of a session, in the digits the customer's keyboard types (nine: below the largest). */
const REFERENCE_PATTERN = '[#＃]?\\s*[0-9٠-٩۰-۹０-９]{1,9}';

export function GetHelpForm({
  onStart,
  serverUrl,
  earlier,
}: {
  onStart: (request: HelpRequest) => Promise<void>;
  serverUrl: () => Promise<string>;
  /** A request after another: its name and email, and the reference it was filed under. */
  earlier?: Omit<HelpRequest, 'description'>;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(earlier?.customerName ?? '');
  const [email, setEmail] = useState(earlier?.customerEmail ?? '');
  const [reference, setReference] = useState(earlier?.earlierTicketId ? `#${earlier.earlierTicketId}` : '');
  const [description, setDescription] = useState('');
  const [busy, setBusy] = useState(false);
  // An article answered the question: no request is made, and the customer may still ask.
  const [solved, setSolved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const earlierTicketId = ticketReferenceIn(reference);
      await onStart({
        customerName: name.trim(),
        description: description.trim(),
        ...(email.trim() && { customerEmail: email.trim() }),
        ...(earlierTicketId && { earlierTicketId }),
      });
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
        <label>
          {t('customer.form.reference')}
          <input
            name="earlierTicketId"
            dir="ltr"
            value={reference}
            onChange={(e) => setReference(e.target.value)}
            pattern={REFERENCE_PATTERN}
            maxLength={12}
            inputMode="numeric"
            autoComplete="off"
            aria-describedby="reference-hint"
          />
        </label>
        <p id="reference-hint" className="muted small">
          {t('customer.form.referenceHint')}
        </p>
        <button type="submit" className="primary big" disabled={busy || !name.trim() || !description.trim()}>
          {t('customer.form.submit')}
        </button>
        <p className="fine-print">{t('customer.form.privacy')}</p>
      </form>
      <SelfHelp text={description} serverUrl={serverUrl} onSolved={() => setSolved(true)} />
    </>
  );
}
