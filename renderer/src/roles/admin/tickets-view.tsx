import { useTranslation } from 'react-i18next';
import type { TicketSummary } from '@firstline/protocol';
import { formatDateTime } from '../../features/ui/format';
import { useApiData } from './use-api-data';

export function TicketsView() {
  const { t, i18n } = useTranslation();
  const { data, error } = useApiData<{ tickets: TicketSummary[] }>('/api/tickets');
  return (
    <section className="card" aria-labelledby="tickets-heading">
      <h1 id="tickets-heading">{t('admin.tickets.title')}</h1>
      {error && <p className="error">{t(`errors.${error}`)}</p>}
      {data && data.tickets.length === 0 && <p className="muted">{t('admin.tickets.empty')}</p>}
      {data && data.tickets.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th>#</th>
              <th>{t('admin.tickets.subject')}</th>
              <th>{t('admin.tickets.customer')}</th>
              <th>{t('admin.tickets.status')}</th>
              <th>{t('admin.tickets.sessions')}</th>
              <th>{t('admin.tickets.updated')}</th>
            </tr>
          </thead>
          <tbody>
            {data.tickets.map((ticket) => (
              <tr key={ticket.id} data-testid="ticket-row">
                <td className="tabular">{ticket.id}</td>
                <td>
                  <a href={`#/tickets/${ticket.id}`}>{ticket.subject}</a>
                </td>
                <td>{ticket.customerName}</td>
                <td>
                  <span className={`badge ${ticket.status}`}>{t(`ticketStatus.${ticket.status}`)}</span>
                </td>
                <td className="tabular">{ticket.sessionCount}</td>
                <td>{formatDateTime(ticket.updatedAt, i18n.language)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
