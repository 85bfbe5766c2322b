import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { WEBHOOK_EVENTS, type WebhookEventType } from '@firstline/protocol';
import { apiErrorText, callApi } from '../../features/api/rest-client';
import { markRefusedField } from '../../features/api/refused-field';

/** Adds an endpoint; the signing secret is shown here once, to copy into the receiving system. */
export function WebhookEndpointForm({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<WebhookEventType[]>(['ticket.created', 'ticket.updated', 'session.ended', 'rating.given']);
  const [secret, setSecret] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const toggle = (event: WebhookEventType, on: boolean) => setEvents(on ? [...events, event] : events.filter((e) => e !== event));

  async function submit(e: FormEvent) {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    setError(null);
    try {
      const created = await callApi('POST /api/webhooks', { body: { url, events } });
      markRefusedField(form, null);
      setSecret(created.secret);
      setUrl('');
      onCreated();
    } catch (err) {
      markRefusedField(form, err);
      setError(apiErrorText(err, t));
    }
  }

  return (
    <form className="card" onSubmit={submit} aria-labelledby="new-webhook-heading">
      <h2 id="new-webhook-heading">{t('admin.webhooks.add')}</h2>
      <label>
        {t('admin.webhooks.url')}
        <input name="url" type="url" required placeholder="https://" value={url} onChange={(e) => setUrl(e.target.value)} />
      </label>
      <fieldset className="checks">
        <legend>{t('admin.webhooks.events')}</legend>
        {WEBHOOK_EVENTS.map((event) => (
          <label key={event}>
            <input type="checkbox" checked={events.includes(event)} onChange={(e) => toggle(event, e.target.checked)} />
            <code>{event}</code>
          </label>
        ))}
      </fieldset>
      <button type="submit" className="primary" disabled={events.length === 0}>
        {t('admin.webhooks.submit')}
      </button>
      {error && <p className="error">{error}</p>}
      {secret && (
        <div role="status">
          <p>{t('admin.webhooks.secretOnce')}</p>
          <p className="secret" data-testid="webhook-secret">
            {secret}
          </p>
        </div>
      )}
    </form>
  );
}
