import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Colleagues } from './use-colleagues';
import { isolate } from '../../features/ui/format';

/** In a live session: ask a colleague to watch, or hand the session over; who watches now. */
export function ColleaguesCard({ colleagues, customerName }: { colleagues: Colleagues; customerName: string }) {
  const { t } = useTranslation();
  const { online, refresh, sent, watchers } = colleagues;
  const [picked, setPicked] = useState('');
  useEffect(() => void refresh(), [refresh]);
  const choice = online.find((c) => c.id === picked) ?? null;
  const pending = sent && !watchers.some((w) => w.id === sent.engineer.id);

  return (
    <section className="card" aria-labelledby="colleagues-heading" data-testid="colleagues">
      <h2 id="colleagues-heading">{t('engineer.colleagues.title')}</h2>
      <p className="muted">{t('engineer.colleagues.hint', { name: customerName })}</p>
      {online.length === 0 ? (
        <p className="muted">{t('engineer.colleagues.noneOnline')}</p>
      ) : (
        <div className="colleague-picker">
          <select aria-label={t('engineer.colleagues.pick')} value={picked} onChange={(e) => setPicked(e.target.value)}>
            <option value="">{t('engineer.colleagues.pick')}</option>
            {online.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name} ({c.organisation})
              </option>
            ))}
          </select>
          <button type="button" disabled={!choice} onClick={() => choice && void colleagues.invite(choice, 'watch')}>
            {t('engineer.colleagues.inviteWatch')}
          </button>
          <button type="button" disabled={!choice} onClick={() => choice && void colleagues.invite(choice, 'handover')}>
            {t('engineer.colleagues.handOver')}
          </button>
        </div>
      )}
      <button type="button" onClick={() => void refresh()}>
        {t('engineer.colleagues.refresh')}
      </button>
      {pending && (
        <p role="status" data-testid="invitation-status">
          {t(`engineer.colleagues.sent.${sent.state === 'sent' ? `sent_${sent.mode}` : sent.state}`, { name: isolate(sent.engineer.name) })}
        </p>
      )}
      {colleagues.error && (
        <p className="error" role="alert">
          {t(`errors.${colleagues.error}`)}
        </p>
      )}
      {watchers.length > 0 && (
        <>
          <h3>{t('engineer.colleagues.watching')}</h3>
          <ul className="people-list" data-testid="watchers">
            {watchers.map((w) => (
              <li key={w.id}>
                <bdi>{w.name}</bdi>
                <button type="button" className="danger-outline" onClick={() => void colleagues.removeWatcher(w.id)}>
                  {t('engineer.colleagues.remove', { name: w.name })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
