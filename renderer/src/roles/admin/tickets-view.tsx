import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../features/ui/format';
import { SlaBadge } from './sla-badge';
import { TicketStatusBadge } from './ticket-status';
import { ExportLinks } from './export-links';
import { Pager } from './pager';
import { TagList } from './tag-list';
import { TICKET_FILTER_KEYS, TicketFilters } from './ticket-filters';
import { listFromUrl } from './list-url';
import { useApiData } from '../../features/api/use-api-data';
import { DataTable } from '../../features/ui/data-table';

/** Tickets: filtered, sorted and paged from the URL's query, exportable as CSV or JSON. */
export function TicketsView({ query }: { query: string }) {
  const { t, i18n } = useTranslation();
  const list = listFromUrl('tickets', query, TICKET_FILTER_KEYS);
  const { data, error } = useApiData('GET /api/tickets', { query });

  return (
    <section className="card" aria-labelledby="tickets-heading">
      <div className="inventory-toolbar">
        <h1 id="tickets-heading">{t('admin.tickets.title')}</h1>
        <ExportLinks route="GET /api/tickets/export" filter={list.unpaged} />
      </div>
      <TicketFilters filters={list.filters} onChange={list.change} />
      {error && <p className="error">{t(`errors.${error}`)}</p>}
      {data && data.tickets.length === 0 && <p className="muted">{t('admin.tickets.empty')}</p>}
      {data && data.tickets.length > 0 && (
        <>
          <DataTable
            labels={[
              '#',
              t('admin.tickets.subject'),
              t('admin.tickets.customer'),
              t('admin.tickets.status'),
              t('engineer.wrapUp.priority'),
              t('engineer.wrapUp.category'),
              t('admin.tickets.sessions'),
              t('admin.sla.title'),
              t('admin.tickets.updated'),
            ]}
          >
            {data.tickets.map((ticket) => (
              <tr key={ticket.id} data-testid="ticket-row">
                <td className="tabular">{ticket.id}</td>
                <td>
                  <a href={`#/tickets/${ticket.id}`}>{ticket.subject}</a>
                  <TagList tags={ticket.tags} />
                </td>
                <td>
                  {ticket.customerName}
                  {ticket.customerOrganisation && <div className="muted small">{ticket.customerOrganisation}</div>}
                </td>
                <td>
                  <TicketStatusBadge ticket={ticket} />
                </td>
                <td>
                  <span className={`badge priority-${ticket.priority}`}>{t(`priority.${ticket.priority}`)}</span>
                </td>
                <td>{ticket.category ?? '—'}</td>
                <td className="tabular">{ticket.sessionCount}</td>
                <td>
                  <SlaBadge ticket={ticket} />
                </td>
                <td>{formatDateTime(ticket.updatedAt, i18n.language)}</td>
              </tr>
            ))}
          </DataTable>
          <Pager page={data.page} pageSize={data.pageSize} total={data.total} capped={data.totalCapped} onPage={list.toPage} />
        </>
      )}
    </section>
  );
}
