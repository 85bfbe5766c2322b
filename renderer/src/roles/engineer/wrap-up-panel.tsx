import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorText, callApi } from '../../features/api/rest-client';
import { TicketFieldsForm } from '../../features/tickets/ticket-fields-form';
import { EscalateForm } from './escalate-form';
import { LinkTicketForm } from './link-ticket-form';
import { WriteUpButton } from '../../features/knowledge/write-up-button';

/** After a session: notes, the ticket's fields and status, linking and escalation. */
export function WrapUpPanel(props: { sessionId: string; initialTicketId: number; earlierTicketId: number | null }) {
  const { sessionId, initialTicketId, earlierTicketId } = props;
  const { t } = useTranslation();
  const [ticketId, setTicketId] = useState(initialTicketId);
  const [note, setNote] = useState('');
  const [notes, setNotes] = useState<string[]>([]);
  const [message, setMessage] = useState<{ kind: 'notice' | 'error'; text: string } | null>(null);
  const fail = (err: unknown) => setMessage({ kind: 'error', text: apiErrorText(err, t) });
  // One note per press, however fast the second click comes.
  const saving = useRef(false);
  const [busy, setBusy] = useState(false);

  async function addNote(event: FormEvent) {
    event.preventDefault();
    if (saving.current) return;
    saving.current = true;
    setBusy(true);
    try {
      await callApi('POST /api/sessions/:id/notes', { params: { id: sessionId }, body: { text: note } });
      setNotes((prev) => [...prev, note.trim()]);
      setNote('');
    } catch (err) {
      fail(err);
    } finally {
      saving.current = false;
      setBusy(false);
    }
  }

  return (
    <section className="card wrap-up" data-testid="wrap-up" aria-labelledby="wrap-up-heading">
      <h2 id="wrap-up-heading">{t('engineer.wrapUp.title', { id: ticketId })}</h2>
      {message && (
        <p className={message.kind} role="status">
          {message.text}
        </p>
      )}
      <form onSubmit={addNote}>
        <label>
          {t('engineer.wrapUp.note')}
          <textarea rows={3} maxLength={4000} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <button type="submit" disabled={!note.trim() || busy}>
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
      <TicketFieldsForm
        ticketId={ticketId}
        suggestStatus="resolved"
        onSaved={() => setMessage({ kind: 'notice', text: t('engineer.wrapUp.saved', { id: ticketId }) })}
        onError={fail}
      />
      <LinkTicketForm
        sessionId={sessionId}
        currentTicketId={ticketId}
        earlierTicketId={earlierTicketId}
        onLinked={(id) => (setTicketId(id), setMessage({ kind: 'notice', text: t('engineer.wrapUp.linked', { id }) }))}
        onError={fail}
      />
      <EscalateForm
        ticketId={ticketId}
        onDone={(name) => setMessage({ kind: 'notice', text: t('engineer.wrapUp.escalated', { name }) })}
        onError={fail}
      />
      <div className="actions">
        {/* The draft opens in the staff console, next to this wrap-up. */}
        <WriteUpButton ticketId={ticketId} onCreated={(id) => window.open(`/admin#/knowledge/${id}`, '_blank', 'noopener')} />
      </div>
    </section>
  );
}
