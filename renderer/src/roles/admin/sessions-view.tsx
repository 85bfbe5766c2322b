import { useTranslation } from 'react-i18next';
import { formatDateTime, formatElapsed } from '../../features/ui/format';
import { ExportLinks } from './export-links';
import { Pager } from './pager';
import { stars } from './session-record-card';
import { SESSION_FILTER_KEYS, SessionFilters } from './session-filters';
import { useApiData } from '../../features/api/use-api-data';
import { listFromUrl } from './list-url';
import { DataTable } from '../../features/ui/data-table';

/** The session log: every help session, filtered, sorted and paged from the URL. */
export function SessionsView({ query }: { query: string }) {
  const { t, i18n } = useTranslation();
  const list = listFromUrl('sessions', query, SESSION_FILTER_KEYS);
  const { data, error } = useApiData('GET /api/sessions', { query });
  return (
    <section className="card" aria-labelledby="sessions-heading">
      <div className="inventory-toolbar">
        <h1 id="sessions-heading">{t('admin.sessions.title')}</h1>
        <ExportLinks route="GET /api/sessions/export" filter={list.unpaged} />
      </div>
      <SessionFilters filters={list.filters} onChange={list.change} />
      {error && <p className="error">{t(`errors.${error}`)}</p>}
      {data && data.sessions.length === 0 && <p className="muted">{t('admin.sessions.empty')}</p>}
      {data && data.sessions.length > 0 && (
        <>
          <DataTable
            labels={[
              t('admin.session.started'),
              t('admin.tickets.customer'),
              t('admin.sessions.engineer'),
              t('admin.tickets.subject'),
              t('admin.session.outcome'),
              t('admin.session.duration'),
              t('admin.session.rating'),
              t('admin.sla.title'),
            ]}
          >
            {data.sessions.map((s) => (
              <tr key={s.id} data-testid="session-row">
                <td>
                  <a href={`#/sessions/${s.id}`}>{formatDateTime(s.createdAt, i18n.language)}</a>
                </td>
                <td>{s.customerName}</td>
                <td>{s.engineerName ?? '—'}</td>
                <td>{s.ticketId === null ? s.description : <a href={`#/tickets/${s.ticketId}`}>{s.ticketSubject}</a>}</td>
                <td>{s.endReason ? t(`endReason.${s.endReason}`) : t(`sessionStatus.${s.status}`)}</td>
                <td className="tabular">{s.durationMs === null ? '—' : formatElapsed(s.durationMs)}</td>
                <td title={s.ratingComment ?? undefined}>{s.rating ? stars(s.rating) : '—'}</td>
                <td>
                  {s.ticketId === null ? (
                    '—'
                  ) : (
                    <span className={`badge ${s.slaBreached ? 'sla-breached' : 'resolved'}`}>
                      {s.slaBreached ? t('admin.filters.slaBreached') : t('admin.sla.met')}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
          <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={list.toPage} />
        </>
      )}
    </section>
  );
}
