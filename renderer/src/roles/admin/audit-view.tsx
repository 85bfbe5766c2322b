import { useTranslation } from 'react-i18next';
import { AuditAction } from '@firstline/protocol';
import { useApiData } from '../../features/api/use-api-data';
import { DataTable } from '../../features/ui/data-table';
import { formatDateTime } from '../../features/ui/format';
import { auditEntryText } from './audit-entry-text';
import { ExportLinks } from './export-links';
import { ChoiceSelect } from './filter-controls';
import { Pager, useFilterAndPage } from './pager';

/** The audit trail: who changed accounts and settings, and when, newest first; one kind of change at a time if asked. */
export function AuditView() {
  const { t, i18n } = useTranslation();
  const { filter: action, page, setPage, choose } = useFilterAndPage();
  const { data, error } = useApiData('GET /api/audit', { query: { page, pageSize: 25, action: AuditAction.safeParse(action).data } });
  return (
    <section className="card" aria-labelledby="audit-heading">
      <div className="inventory-toolbar">
        <h1 id="audit-heading">{t('admin.audit.title')}</h1>
        <ChoiceSelect
          label={t('admin.audit.kind')}
          any={t('admin.audit.anyKind')}
          choices={AuditAction.options.map((a): [string, string] => [a, t(`admin.audit.kinds.${a}`)])}
          value={action}
          onChange={choose}
        />
        <ExportLinks route="GET /api/audit/export" filter={action && `action=${encodeURIComponent(action)}`} />
      </div>
      <p className="muted">{t('admin.audit.explain')}</p>
      {error && <p className="error">{t(`errors.${error}`)}</p>}
      {data && data.entries.length === 0 && <p className="muted">{t('admin.audit.none')}</p>}
      {data && data.entries.length > 0 && (
        <>
          <DataTable labels={[t('admin.audit.when'), t('admin.audit.who'), t('admin.audit.what')]}>
            {data.entries.map((entry) => (
              <tr key={entry.id} data-testid="audit-row" data-action={entry.action}>
                <td className="tabular whole-words">
                  <time dateTime={new Date(entry.at).toISOString()}>{formatDateTime(entry.at, i18n.language)}</time>
                </td>
                <td className="whole-words">
                  <bdi>{entry.actor.name}</bdi>
                </td>
                <td>
                  {auditEntryText(entry, t, i18n.language)}
                  {entry.target?.kind === 'session' && (
                    <>
                      {' '}
                      <a href={`#/sessions/${entry.target.id}`}>{t('admin.audit.openSession')}</a>
                    </>
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
