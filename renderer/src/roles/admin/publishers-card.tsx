import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { callApi } from '../../features/api/rest-client';
import { useApiData } from '../../features/api/use-api-data';

/** Admins choose the engineers who may publish articles (admins always may). */
export function PublishersCard() {
  const { t } = useTranslation();
  const users = useApiData('GET /api/users');
  const saved = useApiData('GET /api/knowledge/publishers');
  const [chosen, setChosen] = useState<Set<string> | null>(null);
  const [status, setStatus] = useState<'idle' | 'saved' | 'failed'>('idle');
  useEffect(() => {
    if (saved.data) setChosen(new Set(saved.data.userIds));
  }, [saved.data]);
  const engineers = (users.data?.users ?? []).filter((u) => u.role === 'engineer' && !u.disabled);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
    setStatus('idle');
  };
  const save = async () => {
    try {
      await callApi('PUT /api/knowledge/publishers', { body: { userIds: [...(chosen ?? [])] } });
      setStatus('saved');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <section className="card" aria-labelledby="publishers-heading">
      <h2 id="publishers-heading">{t('knowledge.publishers.title')}</h2>
      <p className="muted">{t('knowledge.publishers.explain')}</p>
      {chosen && (
        <fieldset className="checklist">
          <legend className="visually-hidden">{t('knowledge.publishers.title')}</legend>
          {engineers.map((user) => (
            <label key={user.id} className="inline">
              <input type="checkbox" checked={chosen.has(user.id)} onChange={(e) => toggle(user.id, e.target.checked)} />
              <bdi>{user.name}</bdi> <span className="muted small">{user.email}</span>
            </label>
          ))}
        </fieldset>
      )}
      <div className="actions">
        <button type="button" onClick={() => void save()} disabled={!chosen}>
          {t('knowledge.publishers.save')}
        </button>
        <span role="status" className="muted">
          {status === 'saved' && t('knowledge.publishers.saved')}
          {status === 'failed' && t('errors.internal')}
        </span>
      </div>
    </section>
  );
}
