import { useTranslation } from 'react-i18next';
import type { EngineerIdentity } from '@firstline/protocol';

/** Who else sees the customer's screen right now, each removable at once. */
export function WatchersCard({ watchers, onRemove }: { watchers: EngineerIdentity[]; onRemove: (engineerId: string) => void }) {
  const { t } = useTranslation();
  if (watchers.length === 0) return null;
  return (
    <section className="card" aria-labelledby="watchers-heading" data-testid="watchers">
      <h2 id="watchers-heading">{t('customer.watchers.title')}</h2>
      <ul className="people-list">
        {watchers.map((watcher) => (
          <li key={watcher.id}>
            <span>
              <bdi>{watcher.name}</bdi> <span className="muted">({watcher.organisation})</span>
            </span>{' '}
            <button type="button" className="danger-outline" onClick={() => onRemove(watcher.id)}>
              {t('customer.watchers.remove', { name: watcher.name })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
