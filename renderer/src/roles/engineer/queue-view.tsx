import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProductLanguage, QueueEntry } from '@firstline/protocol';
import { formatElapsed } from '../../features/ui/format';
import { useNow } from '../../features/ui/use-now';
import { DataTable } from '../../features/ui/data-table';
import { languageName } from '../../features/i18n/pick-language';
import type { ArrivalAlerts } from './use-arrival-alerts';

/** How many waiting customers the queue shows at first, and how many more each time. */
export const QUEUE_PAGE = 50;

export function QueueView({
  queue,
  alerts,
  onClaim,
}: {
  queue: QueueEntry[];
  alerts: ArrivalAlerts;
  onClaim: (target: { code: string } | { sessionId: string }) => void;
}) {
  const { t } = useTranslation();
  const now = useNow();
  const [code, setCode] = useState('');
  // A long queue is shown a page at a time: the longest waits first.
  const [shown, setShown] = useState(QUEUE_PAGE);

  function submit(event: FormEvent) {
    event.preventDefault();
    onClaim({ code });
  }

  return (
    <div className="queue-layout">
      <section className="card" aria-labelledby="queue-heading">
        <h1 id="queue-heading">
          {t('engineer.queue.title')} <span className="count">{queue.length}</span>
        </h1>
        <label className="checkbox">
          <input type="checkbox" checked={alerts.enabled} onChange={(e) => void alerts.setEnabled(e.target.checked)} />
          {t('engineer.alerts.toggle')}
        </label>
        {alerts.enabled && alerts.notificationsBlocked && <p className="muted small">{t('engineer.alerts.blocked')}</p>}
        {queue.length === 0 ? (
          <p className="muted">{t('engineer.queue.empty')}</p>
        ) : (
          <DataTable
            labels={[
              t('engineer.queue.customer'),
              t('engineer.queue.language'),
              t('engineer.queue.problem'),
              t('engineer.queue.waiting'),
              null,
            ]}
          >
            {queue.slice(0, shown).map((entry) => (
              <tr key={entry.id} data-testid="queue-row">
                <td>
                  {entry.customerName}
                  {!entry.canShareScreen && (
                    <div className="muted small" data-testid="queue-chat-only">
                      {t('engineer.chatOnly')}
                    </div>
                  )}
                  {entry.earlierTicketId !== null && (
                    <div className="muted small" data-testid="queue-follow-up">
                      {t('engineer.followUp', { id: entry.earlierTicketId })}
                    </div>
                  )}
                </td>
                <CustomerLanguageCell language={entry.customerLanguage} />
                <td className="clip">{entry.description}</td>
                <td className="tabular">{formatElapsed(now - entry.createdAt)}</td>
                <td>
                  <button type="button" className="primary" onClick={() => onClaim({ sessionId: entry.id })}>
                    {t('engineer.queue.take')}
                  </button>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
        {queue.length > shown && (
          <button type="button" data-testid="queue-more" onClick={() => setShown((n) => n + QUEUE_PAGE)}>
            {t('engineer.queue.showMore', { count: queue.length - shown })}
          </button>
        )}
      </section>
      <form className="card" onSubmit={submit} aria-labelledby="code-heading">
        <h2 id="code-heading">{t('engineer.code.title')}</h2>
        <p className="muted">{t('engineer.code.hint')}</p>
        <input
          inputMode="numeric"
          aria-label={t('engineer.code.label')}
          placeholder="123 456 789"
          value={code}
          onChange={(e) => setCode(e.target.value)}
        />
        <button type="submit" className="primary" disabled={code.replace(/\D/g, '').length !== 9}>
          {t('engineer.code.join')}
        </button>
      </form>
    </div>
  );
}

/** The language the customer's screens are in, by its own name (and read out in it). */
function CustomerLanguageCell({ language }: { language: ProductLanguage | null }) {
  return (
    <td lang={language ?? undefined} data-testid="queue-language">
      {language ? languageName(language) : '—'}
    </td>
  );
}
