import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../features/api/rest-client';
import { TicketFieldsForm } from '../../features/tickets/ticket-fields-form';
import { formatDateTime, ticketRef } from '../../features/ui/format';
import { SessionRecordCard } from './session-record-card';
import { SlaBadge } from './sla-badge';
import { TicketStatusBadge } from './ticket-status';
import { TagList } from './tag-list';
import { useApiData } from '../../features/api/use-api-data';
import { WriteUpButton } from '../../features/knowledge/write-up-button';

export function TicketDetail({ id, isAdmin }: { id: number; isAdmin: boolean }) {
  const { t, i18n } = useTranslation();
  const { data, error, reload } = useApiData('GET /api/tickets/:id', { params: { id } });
  // A save's outcome: said as an error when it failed, as a notice when it worked.
  const [notice, setNotice] = useState<{ kind: 'notice' | 'error'; text: string } | null>(null);
  if (error) return <p className="error">{t(`errors.${error}`)}</p>;
  if (!data) return <p className="muted">{t('app.loading')}</p>;
  const { ticket } = data;
  return (
    <div className="stack">
      <a href="#/tickets">{t('admin.tickets.back')}</a>
      <section className="card">
        <h1>
          {ticketRef(ticket.id)} <bdi>{ticket.subject}</bdi>
        </h1>
        <p>
          {/* Each piece isolated, so a name in one script never runs into a date in another. */}
          <TicketStatusBadge ticket={ticket} /> · <bdi>{ticket.customerName}</bdi> ·{' '}
          <bdi>{formatDateTime(ticket.createdAt, i18n.language)}</bdi> <TagList tags={ticket.tags} />
        </p>
        <dl className="facts" data-testid="ticket-fields">
          <dt>{t('admin.ticket.customerEmail')}</dt>
          <dd>{ticket.customerEmail ? <a href={`mailto:${ticket.customerEmail}`}>{ticket.customerEmail}</a> : '—'}</dd>
          <dt>{t('admin.ticket.organisation')}</dt>
          <dd>{ticket.customerOrganisation ?? '—'}</dd>
          <dt>{t('engineer.wrapUp.priority')}</dt>
          <dd>{t(`priority.${ticket.priority}`)}</dd>
          <dt>{t('engineer.wrapUp.category')}</dt>
          <dd>{ticket.category ?? '—'}</dd>
          <dt>{t('admin.ticket.assignee')}</dt>
          <dd>{ticket.assigneeName ?? t('admin.ticket.unassigned')}</dd>
          <dt>{t('engineer.wrapUp.resolution')}</dt>
          <dd>{ticket.resolutionSummary ?? '—'}</dd>
          <dt>{t('admin.sla.title')}</dt>
          <dd>
            <SlaBadge ticket={ticket} />
          </dd>
        </dl>
        <details className="edit-ticket">
          <summary>{t('admin.ticket.edit')}</summary>
          <TicketFieldsForm
            ticketId={ticket.id}
            onSaved={() => (setNotice({ kind: 'notice', text: t('engineer.wrapUp.saved', { id: ticket.id }) }), reload())}
            onError={(err) => setNotice({ kind: 'error', text: apiErrorText(err, t) })}
          />
        </details>
        {notice && (
          <p className={notice.kind} role="status">
            {notice.text}
          </p>
        )}
        <div className="actions">
          <WriteUpButton ticketId={ticket.id} onCreated={(articleId) => (location.hash = `#/knowledge/${articleId}`)} />
        </div>
      </section>
      {ticket.sessions.map((session) => (
        <SessionRecordCard key={session.id} session={session} screenshots={{ canDelete: isAdmin, onDeleted: reload }} />
      ))}
    </div>
  );
}
