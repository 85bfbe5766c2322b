import { useTranslation } from 'react-i18next';
import { SessionRecordCard } from './session-record-card';
import { useApiData } from '../../features/api/use-api-data';

/** One session from the session log, with its whole timeline. */
export function SessionDetail({ id, isAdmin }: { id: string; isAdmin: boolean }) {
  const { t } = useTranslation();
  const { data, error, reload } = useApiData('GET /api/sessions/:id', { params: { id } });
  if (error) return <p className="error">{t(`errors.${error}`)}</p>;
  if (!data) return <p className="muted">{t('app.loading')}</p>;
  return (
    <div className="stack">
      <a href="#/sessions">{t('admin.sessions.back')}</a>
      <SessionRecordCard session={data.session} heading="h1" screenshots={{ canDelete: isAdmin, onDeleted: reload }} />
    </div>
  );
}
