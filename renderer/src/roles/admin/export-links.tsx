import { useTranslation } from 'react-i18next';

/** Download the list's current filter (without paging) as CSV or JSON, streamed by the server. */
export function ExportLinks({ path, filter }: { path: string; filter: string }) {
  const { t } = useTranslation();
  return (
    <>
      <a className="button" href={`${path}?format=csv&${filter}`} download>
        {t('admin.tickets.exportCsv')}
      </a>
      <a className="button" href={`${path}?format=json&${filter}`} download>
        {t('admin.tickets.exportJson')}
      </a>
    </>
  );
}
