import { useTranslation } from 'react-i18next';
import { ChatPanel } from '../../features/chat/chat-panel';
import { RemoteScreen } from './remote-screen';
import type { useEngineerSession } from './use-engineer-session';

type Session = ReturnType<typeof useEngineerSession>;

export function SessionView({ session }: { session: Session }) {
  const { t } = useTranslation();
  const { phase } = session;
  if (phase.name === 'queue') return null;
  const { customerName, description } = phase.session;

  return (
    <div className="session-layout">
      <div className="session-main">
        <section className="card session-header">
          <div>
            <h1>{customerName}</h1>
            <p className="muted">{description}</p>
          </div>
          {phase.name !== 'ended' && (
            <button type="button" className="danger" onClick={() => void session.end()}>
              {t('engineer.session.end')}
            </button>
          )}
        </section>
        <p className="status-line" role="status" data-testid="engineer-status">
          {phase.name === 'awaiting-consent' && t('engineer.session.awaitingConsent', { name: customerName })}
          {phase.name === 'active' && !session.customerAway && !session.peerConnected && t('engineer.session.connecting', { name: customerName })}
          {phase.name !== 'ended' && session.customerAway && t('engineer.session.customerAway', { name: customerName })}
          {phase.name === 'active' && !session.customerAway && session.peerConnected && (session.sharing ? t('engineer.session.viewing', { name: customerName }) : t('engineer.session.notSharing', { name: customerName }))}
          {phase.name === 'ended' && t(`engineer.ended.${phase.reason}`, { name: customerName })}
        </p>
        {phase.name === 'ended' ? (
          <button type="button" className="primary" onClick={session.backToQueue}>
            {t('engineer.session.backToQueue')}
          </button>
        ) : (
          <RemoteScreen stream={session.remoteStream} sharing={session.sharing} getStats={session.getStats} />
        )}
      </div>
      <ChatPanel lines={session.chatLines} onSend={session.sendChat} disabled={phase.name !== 'active' || !session.peerConnected} />
    </div>
  );
}
