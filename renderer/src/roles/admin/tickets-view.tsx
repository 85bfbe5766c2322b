import { useTranslation } from 'react-i18next';
import type { TicketSummary } from '@firstline/protocol';
import { formatDateTime } from '../../features/ui/format';
import { SlaBadge } from './sla-badge';
import { TicketFilters, type Filters } from './ticket-filters';
import { useApiData } from './use-api-data';

type Page = { tickets: TicketSummary[]; total: number; page: number; pageSize: number };
const KEYS: Array<keyof Filters> = ['q', 'status', 'priority', 'category', 'from', 'to', 'sort', 'order'];

/** Tickets: filtered, sorted and paged from the URL's query, exportable as CSV or JSON. */
export function TicketsView({ query }: { query: string }) {
  const { t, i18n } = useTranslation();
  const params = new URLSearchParams(query);
  const filters = Object.fromEntries(KEYS.map((k) => [k, params.get(k) ?? ''])) as Filters;
  const page = Number(params.get('page') ?? '1') || 1;
  const { data, error } = useApiData<Page>(`/api/tickets?${query}`);

  const go = (next: URLSearchParams) => {
    for (const [k, v] of [...next.entries()]) if (!v) next.delete(k);
    location.hash = `#/tickets?${next.toString()}`;
  };
  const change = (changes: Partial<Filters>) => {
    const next = new URLSearchParams(query);
    for (const [k, v] of Object.entries(changes)) next.set(k, v ?? '');
    next.delete('page');
    go(next);
  };
  const toPage = (n: number) => {
    const next = new URLSearchParams(query);
    next.set('page', String(n));
    go(next);
  };
  const exportQuery = new URLSearchParams(query);
  exportQuery.delete('page');
  exportQuery.delete('pageSize');
  const first = data ? (data.page - 1) * data.pageSize + 1 : 0;
  const last = data ? Math.min(data.total, data.page * data.pageSize) : 0;

  return (
    <section className="card" aria-labelledby="tickets-heading">
      <div className="inventory-toolbar">
        <h1 id="tickets-heading">{t('admin.tickets.title')}</h1>
        <a className="button" href={`/api/tickets/export?format=csv&${exportQuery}`} download>
          {t('admin.tickets.exportCsv')}
        </a>
        <a className="button" href={`/api/tickets/export?format=json&${exportQuery}`} download>
          {t('admin.tickets.exportJson')}
        </a>
      </div>
      <TicketFilters filters={filters} onChange={change} />
      {error && <p className="error">{t(`errors.${error}`)}</p>}
      {data && data.tickets.length === 0 && <p className="muted">{t('admin.tickets.empty')}</p>}
      {data && data.tickets.length > 0 && (
        <>
          <table className="table">
            <thead>
              <tr>
                <th>#</th>
                <th>{t('admin.tickets.subject')}</th>
                <th>{t('admin.tickets.customer')}</th>
                <th>{t('admin.tickets.status')}</th>
                <th>{t('engineer.wrapUp.priority')}</th>
                <th>{t('engineer.wrapUp.category')}</th>
                <th>{t('admin.tickets.sessions')}</th>
                <th>{t('admin.sla.title')}</th>
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
            </tbody>
          </table>
          <div className="pager">
            <span className="muted" data-testid="pager">
              {t('admin.tickets.range', { first, last, total: data.total })}
            </span>
            <button type="button" disabled={page <= 1} onClick={() => toPage(page - 1)}>
              {t('admin.tickets.previous')}
            </button>
            <button type="button" disabled={last >= data.total} onClick={() => toPage(page + 1)}>
              {t('admin.tickets.next')}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
