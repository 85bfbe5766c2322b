import { useTranslation } from 'react-i18next';
import { EMPTY_SCENE } from '../../features/annotation/annotation-scene';
import { RemoteScreen } from './remote-screen';
import { isolate } from '../../features/ui/format';
import type { Colleagues, Watching } from './use-colleagues';

const ignore = () => undefined;

/** Watching a colleague's session: the customer's screen, view only, and a way out. */
export function WatchView({ watching, colleagues }: { watching: Watching; colleagues: Colleagues }) {
  const { t } = useTranslation();
  const { session, stream } = watching;
  return (
    <div className="session-main">
      <section className="card session-header">
        <div>
          <h1>{t('engineer.watch.title', { name: isolate(session.customerName) })}</h1>
          <p className="muted">{session.description}</p>
        </div>
        <button type="button" className="danger-outline" onClick={() => void colleagues.leave()}>
          {t('engineer.watch.leave')}
        </button>
      </section>
      <p className="status-line" role="status" data-testid="watch-status">
        {t(stream ? 'engineer.watch.viewing' : 'engineer.watch.waiting', {
          name: isolate(session.customerName),
          engineer: isolate(session.engineer?.name ?? ''),
        })}
      </p>
      <RemoteScreen
        stream={stream}
        sharing={stream !== null}
        getStats={colleagues.getWatchStats}
        control={{ capturing: false, send: ignore, onRelease: ignore }}
        annotation={{ tool: null, pinned: false, scene: EMPTY_SCENE, now: 0, annotate: ignore }}
      />
    </div>
  );
}
