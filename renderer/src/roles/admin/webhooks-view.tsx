import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { callApi } from '../../features/api/rest-client';
import { useApiData } from '../../features/api/use-api-data';
import { WebhookDeliveries } from './webhook-deliveries';
import { WebhookEndpointForm } from './webhook-endpoint-form';
import { DataTable } from '../../features/ui/data-table';

/** Integrations: where Firstline POSTs signed ticket and session events, and how each delivery went. */
export function WebhooksView() {
  const { t } = useTranslation();
  const { data, error, reload } = useApiData('GET /api/webhooks');
  const [refreshKey, setRefreshKey] = useState(0);
  /** Runs an action on the endpoints, then reloads them and the delivery log. */
  const act = async (action: Promise<unknown>) => {
    await action;
    reload();
    setRefreshKey((k) => k + 1);
  };
  return (
    <div className="stack">
      <section className="card" aria-labelledby="webhooks-heading">
        <h1 id="webhooks-heading">{t('admin.webhooks.title')}</h1>
        <p className="muted">{t('admin.webhooks.explain')}</p>
        {error && <p className="error">{t(`errors.${error}`)}</p>}
        {data && data.endpoints.length === 0 && <p className="muted">{t('admin.webhooks.none')}</p>}
        {data && data.endpoints.length > 0 && (
          <DataTable labels={[t('admin.webhooks.url'), t('admin.webhooks.events'), t('admin.webhooks.secret'), null]}>
            {data.endpoints.map((endpoint) => (
              <tr key={endpoint.id} data-testid="webhook-row">
                <td>
                  {endpoint.url}
                  {!endpoint.active && <span className="badge">{t('admin.webhooks.paused')}</span>}
                </td>
                <td className="small">{endpoint.events.join(', ')}</td>
                <td className="small">…{endpoint.secretHint}</td>
                <td className="actions">
                  <button
                    type="button"
                    disabled={!endpoint.active}
                    onClick={() => void act(callApi('POST /api/webhooks/:id/ping', { params: { id: endpoint.id } }))}
                  >
                    {t('admin.webhooks.ping')}
                  </button>
                  <button
                    type="button"
                    onClick={() =>
                      void act(callApi('PATCH /api/webhooks/:id', { params: { id: endpoint.id }, body: { active: !endpoint.active } }))
                    }
                  >
                    {endpoint.active ? t('admin.webhooks.pause') : t('admin.webhooks.resume')}
                  </button>
                  <button
                    type="button"
                    className="danger"
                    onClick={() => void act(callApi('DELETE /api/webhooks/:id', { params: { id: endpoint.id } }))}
                  >
                    {t('admin.webhooks.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
      <WebhookEndpointForm onCreated={reload} />
      <WebhookDeliveries refreshKey={refreshKey} />
    </div>
  );
}
