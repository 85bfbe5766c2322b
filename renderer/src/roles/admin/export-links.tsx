import { useTranslation } from 'react-i18next';
import type { DownloadRouteKey } from '@firstline/protocol';
import { downloadUrl } from '../../features/api/rest-client';

/** Download the list's current filter (without paging) as CSV or JSON, streamed by the server. */
export function ExportLinks({ route, filter }: { route: DownloadRouteKey; filter: string }) {
  const { t } = useTranslation();
  const link = (format: 'csv' | 'json') => downloadUrl(route, { query: [`format=${format}`, filter].filter(Boolean).join('&') });
  return (
    <>
      <a className="button" href={link('csv')} download>
        {t('admin.tickets.exportCsv')}
      </a>
      <a className="button" href={link('json')} download>
        {t('admin.tickets.exportJson')}
      </a>
    </>
  );
}
