import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TicketPriority, TicketStatus, type TicketSummary } from '@firstline/protocol';
import { apiErrorText, staffApi } from '../../features/staff/staff-api';
import { EscalateForm } from './escalate-form';
import { LinkTicketForm } from './link-ticket-form';

/** After a session: notes, the ticket's fields and status, linking and escalation. */
export function WrapUpPanel({ sessionId, initialTicketId }: { sessionId: string; initialTicketId: number }) {
  const { t } = useTranslation();
  const [ticketId, setTicketId] = useState(initialTicketId);
  const [note, setNote] = useState('');
  const [notes, setNotes] = useState<string[]>([]);
  const [fields, setFields] = useState({ status: 'resolved' as TicketSummary['status'], priority: 'normal' as TicketSummary['priority'], category: '', resolutionSummary: '', tags: '', customerEmail: '', customerOrganisation: '' });
  const [message, setMessage] = useState<{ kind: 'notice' | 'error'; text: string } | null>(null);
  const fail = (err: unknown) => setMessage({ kind: 'error', text: apiErrorText(err, t) });

  async function addNote(event: FormEvent) {
    event.preventDefault();
    try {
      await staffApi(`/api/sessions/${sessionId}/notes`, { method: 'POST', body: { text: note } });
      setNotes((prev) => [...prev, note.trim()]);
      setNote('');
    } catch (err) {
      fail(err);
    }
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    const tags = fields.tags.split(',').map((tag) => tag.trim().toLowerCase()).filter(Boolean);
    try {
      await staffApi(`/api/tickets/${ticketId}`, {
        method: 'PATCH',
        body: {
          status: fields.status,
          priority: fields.priority,
          category: fields.category.trim() || null,
          resolutionSummary: fields.resolutionSummary.trim() || null,
          // Left empty, these keep what the ticket already has (the customer may have given an email).
          ...(tags.length > 0 && { tags }),
          ...(fields.customerEmail.trim() && { customerEmail: fields.customerEmail.trim() }),
          ...(fields.customerOrganisation.trim() && { customerOrganisation: fields.customerOrganisation.trim() }),
        },
      });
      setMessage({ kind: 'notice', text: t('engineer.wrapUp.saved', { id: ticketId }) });
    } catch (err) {
      fail(err);
    }
  }

  return (
    <section className="card wrap-up" aria-labelledby="wrap-up-heading">
      <h2 id="wrap-up-heading">{t('engineer.wrapUp.title', { id: ticketId })}</h2>
      {message && <p className={message.kind} role="status">{message.text}</p>}
      <form onSubmit={addNote}>
        <label>
          {t('engineer.wrapUp.note')}
          <textarea rows={3} maxLength={4000} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <button type="submit" disabled={!note.trim()}>
          {t('engineer.wrapUp.addNote')}
        </button>
        {notes.length > 0 && (
          <ul className="notes" data-testid="notes">
            {notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        )}
      </form>
      <form onSubmit={save} className="ticket-fields">
        <label>
          {t('admin.tickets.status')}
          <select value={fields.status} onChange={(e) => setFields({ ...fields, status: e.target.value as TicketSummary['status'] })}>
            {TicketStatus.options.map((s) => (
              <option key={s} value={s}>
                {t(`ticketStatus.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('engineer.wrapUp.priority')}
          <select value={fields.priority} onChange={(e) => setFields({ ...fields, priority: e.target.value as TicketSummary['priority'] })}>
            {TicketPriority.options.map((p) => (
              <option key={p} value={p}>
                {t(`priority.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('engineer.wrapUp.category')}
          <input maxLength={80} value={fields.category} onChange={(e) => setFields({ ...fields, category: e.target.value })} placeholder={t('engineer.wrapUp.categoryHint')} />
        </label>
        <label>
          {t('engineer.wrapUp.tags')}
          <input value={fields.tags} onChange={(e) => setFields({ ...fields, tags: e.target.value })} placeholder="printer, driver" />
        </label>
        <label>
          {t('engineer.wrapUp.customerEmail')}
          <input type="email" maxLength={254} value={fields.customerEmail} onChange={(e) => setFields({ ...fields, customerEmail: e.target.value })} />
        </label>
        <label>
          {t('engineer.wrapUp.organisation')}
          <input maxLength={120} value={fields.customerOrganisation} onChange={(e) => setFields({ ...fields, customerOrganisation: e.target.value })} />
        </label>
        <label className="wide">
          {t('engineer.wrapUp.resolution')}
          <textarea rows={3} maxLength={4000} value={fields.resolutionSummary} onChange={(e) => setFields({ ...fields, resolutionSummary: e.target.value })} />
        </label>
        <button type="submit" className="primary">
          {t('engineer.wrapUp.save')}
        </button>
      </form>
      <LinkTicketForm sessionId={sessionId} currentTicketId={ticketId} onLinked={(id) => (setTicketId(id), setMessage({ kind: 'notice', text: t('engineer.wrapUp.linked', { id }) }))} onError={fail} />
      <EscalateForm ticketId={ticketId} onDone={(name) => setMessage({ kind: 'notice', text: t('engineer.wrapUp.escalated', { name }) })} onError={fail} />
    </section>
  );
}
