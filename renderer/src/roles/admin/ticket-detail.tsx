import { useTranslation } from 'react-i18next';
import type { TicketDetail as Ticket } from '@firstline/protocol';
import { InventoryPanel } from '../../features/diagnostics/inventory-panel';
import { formatDateTime, formatElapsed } from '../../features/ui/format';
import { SlaBadge } from './sla-badge';
import { TimelineList } from './timeline-list';
import { useApiData } from './use-api-data';

export function TicketDetail({ id }: { id: number }) {
  const { t, i18n } = useTranslation();
  const { data, error } = useApiData<{ ticket: Ticket }>(`/api/tickets/${id}`);
  if (error) return <p className="error">{t(`errors.${error}`)}</p>;
  if (!data) return <p className="muted">{t('app.loading')}</p>;
  const { ticket } = data;
  return (
    <div className="stack">
      <a href="#/tickets">{t('admin.tickets.back')}</a>
      <section className="card">
        <h1>
          #{ticket.id} {ticket.subject}
        </h1>
        <p>
          <span className={`badge ${ticket.status}`}>{t(`ticketStatus.${ticket.status}`)}</span> · {ticket.customerName} ·{' '}
          {formatDateTime(ticket.createdAt, i18n.language)}
        </p>
        <dl className="facts" data-testid="ticket-fields">
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
      </section>
      {ticket.sessions.map((session) => (
        <section className="card" key={session.id} data-testid="ticket-session">
          <h2>{t('admin.session.title', { engineer: session.engineerName ?? t('admin.session.unclaimed') })}</h2>
          <dl className="facts">
            <dt>{t('admin.session.started')}</dt>
            <dd>{formatDateTime(session.createdAt, i18n.language)}</dd>
            <dt>{t('admin.session.duration')}</dt>
            <dd>{session.endedAt ? formatElapsed(session.endedAt - session.createdAt) : '—'}</dd>
            <dt>{t('admin.session.outcome')}</dt>
            <dd>{session.endReason ? t(`endReason.${session.endReason}`) : t(`sessionStatus.${session.status}`)}</dd>
            <dt>{t('admin.session.rating')}</dt>
            <dd data-testid="session-rating">
              {session.rating ? `${'★'.repeat(session.rating)}${'☆'.repeat(5 - session.rating)} ${session.ratingComment ?? ''}` : t('admin.session.notRated')}
            </dd>
          </dl>
          <h3>{t('admin.session.timeline')}</h3>
          <TimelineList events={session.timeline} />
          {session.timeline.map((event) =>
            event.payload.type === 'diagnostics.snapshot' ? (
              <InventoryPanel
                key={event.id}
                sections={event.payload.snapshot.sections}
                findings={event.payload.snapshot.findings}
                browserOnly={event.payload.snapshot.sections.some((s) => s.name === 'browser')}
              />
            ) : null,
          )}
        </section>
      ))}
    </div>
  );
}
