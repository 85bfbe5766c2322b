import { useEffect, useEffectEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DeliveryStatus } from '@firstline/protocol';
import { callApi } from '../../features/api/rest-client';
import { formatDateTime } from '../../features/ui/format';
import { ChoiceSelect } from './filter-controls';
import { Pager, useFilterAndPage } from './pager';
import { useApiData } from '../../features/api/use-api-data';
import { DataTable } from '../../features/ui/data-table';

/** The delivery log: every message sent or still to send, its attempts and the last answer. */
export function WebhookDeliveries({ refreshKey }: { refreshKey: number }) {
  const { t, i18n } = useTranslation();
  const { filter: status, page, setPage, choose } = useFilterAndPage();
  const { data, error, reload } = useApiData('GET /api/webhooks/deliveries', {
    query: { page, pageSize: 20, status: DeliveryStatus.safeParse(status).data },
  });
  // The endpoints above changed something (a test sent, an endpoint removed): load the log again.
  // Only on that signal; a new page or status already loads through the path.
  const reloadLog = useEffectEvent(reload);
  useEffect(() => {
    if (refreshKey > 0) reloadLog();
  }, [refreshKey]);
  const retry = async (id: string) => {
    await callApi('POST /api/webhooks/deliveries/:id/retry', { params: { id } });
    reload();
  };
  return (
    <section className="card" aria-labelledby="deliveries-heading">
      <div className="inventory-toolbar">
        <h2 id="deliveries-heading">{t('admin.webhooks.deliveries')}</h2>
        <ChoiceSelect
          label={t('admin.tickets.status')}
          any={t('admin.filters.anyStatus')}
          choices={DeliveryStatus.options.map((s): [string, string] => [s, t(`admin.webhooks.status.${s}`)])}
          value={status}
          onChange={choose}
        />
        <button type="button" onClick={reload}>
          {t('admin.webhooks.refresh')}
        </button>
      </div>
      {error && <p className="error">{t(`errors.${error}`)}</p>}
      {data && data.deliveries.length === 0 && <p className="muted">{t('admin.webhooks.noDeliveries')}</p>}
      {data && data.deliveries.length > 0 && (
        <>
          <DataTable
            labels={[
              t('admin.webhooks.when'),
              t('admin.webhooks.event'),
              t('admin.webhooks.url'),
              t('admin.tickets.status'),
              t('admin.webhooks.attempts'),
              t('admin.webhooks.lastAnswer'),
              null,
            ]}
          >
            {data.deliveries.map((d) => (
              <tr key={d.id} data-testid="delivery-row">
                <td>{formatDateTime(d.createdAt, i18n.language)}</td>
                <td>
                  <code>{d.eventType}</code>
                </td>
                <td className="small">{d.url}</td>
                <td>
                  <span className={`badge ${d.status}`}>{t(`admin.webhooks.status.${d.status}`)}</span>
                  {d.status === 'pending' && d.attempts > 0 && (
                    <div className="muted small">
                      {t('admin.webhooks.nextAt', { time: formatDateTime(d.nextAttemptAt, i18n.language) })}
                    </div>
                  )}
                </td>
                <td className="tabular">{d.attempts}</td>
                <td className="small">{d.lastStatus ? `HTTP ${d.lastStatus}` : (d.lastError ?? '—')}</td>
                <td>
                  {d.status === 'failed' && (
                    <button type="button" onClick={() => void retry(d.id)}>
                      {t('admin.webhooks.retry')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
          <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={setPage} />
        </>
      )}
    </section>
  );
}
