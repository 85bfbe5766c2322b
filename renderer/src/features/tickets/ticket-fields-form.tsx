import { useEffect, useEffectEvent, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TicketPriority, TicketStatus } from '@firstline/protocol';
import { callApi } from '../api/rest-client';
import { markRefusedField } from '../api/refused-field';
import { fieldsOf, ticketChanges, type TicketFields } from './ticket-changes';

/**
 * A ticket's fields, loaded from the ticket: status, priority, category, tags, the customer's
 * email and organisation, and the resolution. Saving sends only what was changed here. The
 * engineer's wrap-up and the admin's ticket page both use it.
 */
export function TicketFieldsForm({
  ticketId,
  suggestStatus,
  onSaved,
  onError,
}: {
  ticketId: number;
  suggestStatus?: TicketStatus;
  onSaved: () => void;
  onError: (err: unknown) => void;
}) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<TicketFields | null>(null);
  const [fields, setFields] = useState<TicketFields | null>(null);
  const reportError = useEffectEvent(onError);
  useEffect(() => {
    callApi('GET /api/tickets/:id', { params: { id: ticketId } })
      .then(({ ticket }) => {
        const asLoaded = fieldsOf(ticket);
        setLoaded(asLoaded);
        setFields({ ...asLoaded, ...(suggestStatus && ticket.status === 'open' && { status: suggestStatus }) });
      })
      .catch(reportError);
    // Loaded again only when the ticket changes, not when the parent passes a new onError.
  }, [ticketId, suggestStatus]);
  if (!fields) return <p className="muted">{t('app.loading')}</p>;
  const set = (changes: Partial<TicketFields>) => setFields({ ...fields, ...changes });

  async function save(event: FormEvent) {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    if (!fields || !loaded) return;
    const changes = ticketChanges(loaded, fields);
    try {
      // Nothing changed here: the ticket already reads as the form does.
      if (Object.keys(changes).length > 0) {
        await callApi('PATCH /api/tickets/:id', { params: { id: ticketId }, body: changes });
        setLoaded(fields);
      }
      markRefusedField(form, null);
      onSaved();
    } catch (err) {
      markRefusedField(form, err);
      onError(err);
    }
  }

  return (
    <form onSubmit={save} className="ticket-fields">
      <label>
        {t('admin.tickets.status')}
        <select name="status" value={fields.status} onChange={(e) => set({ status: e.target.value as TicketStatus })}>
          {TicketStatus.options.map((s) => (
            <option key={s} value={s}>
              {t(`ticketStatus.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('engineer.wrapUp.priority')}
        <select name="priority" value={fields.priority} onChange={(e) => set({ priority: e.target.value as TicketPriority })}>
          {TicketPriority.options.map((p) => (
            <option key={p} value={p}>
              {t(`priority.${p}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('engineer.wrapUp.category')}
        <input
          name="category"
          maxLength={80}
          value={fields.category}
          onChange={(e) => set({ category: e.target.value })}
          placeholder={t('engineer.wrapUp.categoryHint')}
        />
      </label>
      <label>
        {t('engineer.wrapUp.tags')}
        <input
          name="tags"
          value={fields.tags}
          onChange={(e) => set({ tags: e.target.value })}
          placeholder={t('engineer.wrapUp.tagsHint')}
        />
      </label>
      <label>
        {t('engineer.wrapUp.customerEmail')}
        <input
          name="customerEmail"
          type="email"
          maxLength={254}
          value={fields.customerEmail}
          onChange={(e) => set({ customerEmail: e.target.value })}
        />
      </label>
      <label>
        {t('engineer.wrapUp.organisation')}
        <input
          name="customerOrganisation"
          maxLength={120}
          value={fields.customerOrganisation}
          onChange={(e) => set({ customerOrganisation: e.target.value })}
        />
      </label>
      <label className="wide">
        {t('engineer.wrapUp.resolution')}
        <textarea
          name="resolutionSummary"
          rows={3}
          maxLength={4000}
          value={fields.resolutionSummary}
          onChange={(e) => set({ resolutionSummary: e.target.value })}
        />
      </label>
      <button type="submit" className="primary">
        {t('engineer.wrapUp.save')}
      </button>
    </form>
  );
}
