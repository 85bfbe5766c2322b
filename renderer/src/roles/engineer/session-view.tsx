import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChatPanel } from '../../features/chat/chat-panel';
import { InventoryPanel } from '../../features/diagnostics/inventory-panel';
import { MetricsChart } from '../../features/diagnostics/metrics-chart';
import { FileTransferCard } from '../../features/files/file-transfer-card';
import { ClipboardCard } from './clipboard-card';
import { AnnotationToolbar } from './annotation-toolbar';
import { ControlToolbar } from './control-toolbar';
import type { DrawTool } from '../../features/annotation/use-annotation-drawing';
import { CustomerScreens } from './customer-screens';
import { LiveScreen } from './live-screen';
import { PictureControls } from './picture-controls';
import { WrapUpPanel } from './wrap-up-panel';
import { FollowUpLine } from './follow-up-line';
import { TabList, tabId, tabPanelId } from '../../features/ui/tab-list';
import type { useEngineerSession } from './use-engineer-session';
import { ColleaguesCard } from './colleagues-card';
import { isolate } from '../../features/ui/format';
import { languageName } from '../../features/i18n/pick-language';
import type { Colleagues } from './use-colleagues';
import { SuggestedArticles } from './suggested-articles';

type Session = ReturnType<typeof useEngineerSession>;

export function SessionView({ session, colleagues }: { session: Session; colleagues: Colleagues }) {
  const { t } = useTranslation();
  const { phase } = session;
  const [tab, setTab] = useState<'screen' | 'system'>('screen');
  // Capture belongs to one grant: after a take-back and a new grant it starts off again.
  const grantedSince = session.control.state.state === 'granted' ? session.control.state.since : null;
  const [captureFor, setCaptureFor] = useState<number | null>(null);
  const capturing = grantedSince !== null && captureFor === grantedSince;
  const release = useCallback(() => setCaptureFor(null), []);
  const [tool, setTool] = useState<DrawTool | null>(null);
  const [pinned, setPinned] = useState(false);
  const { annotate, scene } = session.annotation;
  const pin = useCallback(
    (next: boolean) => {
      setPinned(next);
      // The switch applies to what is already drawn, too.
      for (const shape of scene.shapes) annotate({ op: 'pin', id: shape.id, pinned: next });
    },
    [annotate, scene],
  );
  if (phase.name === 'queue') return null;
  const browserOnly = session.inventory.sections.some((s) => s.name === 'browser');
  const { customerName, customerLanguage, description, earlierTicketId, canShareScreen } = phase.session;
  // A customer on a phone or tablet can only chat: the screen's tools would have nothing to act on.
  const screenTools = phase.name === 'active' && canShareScreen;

  return (
    <div className="session-layout">
      <div className="session-main">
        <section className="card session-header">
          <div>
            <h1>{customerName}</h1>
            <p className="muted">{description}</p>
            {customerLanguage && (
              <p className="muted small" data-testid="customer-language">
                {t('engineer.session.customerLanguage', { language: isolate(languageName(customerLanguage)) })}
              </p>
            )}
            {earlierTicketId !== null && <FollowUpLine ticketId={earlierTicketId} />}
          </div>
          {phase.name !== 'ended' && (
            <button type="button" className="danger" data-testid="end-session" onClick={() => void session.end()}>
              {t('engineer.session.end')}
            </button>
          )}
        </section>
        {session.relayRefused && phase.name === 'active' && (
          <p className="error" role="alert" data-testid="relay-refused">
            {t('engineer.session.relayRefused', { name: isolate(customerName) })}
          </p>
        )}
        <p className="status-line" role="status" data-testid="engineer-status">
          {phase.name === 'awaiting-consent' && t('engineer.session.awaitingConsent', { name: customerName })}
          {phase.name === 'active' &&
            !session.customerAway &&
            !session.peerConnected &&
            t('engineer.session.connecting', { name: customerName })}
          {phase.name !== 'ended' && session.customerAway && t('engineer.session.customerAway', { name: customerName })}
          {phase.name === 'active' && session.interrupted && t('engineer.session.interrupted', { name: isolate(customerName) })}
          {phase.name === 'active' &&
            !session.customerAway &&
            !session.interrupted &&
            session.peerConnected &&
            (session.sharing
              ? t('engineer.session.viewing', { name: customerName })
              : t(canShareScreen ? 'engineer.session.notSharing' : 'engineer.session.chatOnly', { name: customerName }))}
          {phase.name === 'ended' && t(`engineer.ended.${phase.reason}`, { name: customerName })}
        </p>
        {phase.name === 'ended' ? (
          <>
            {phase.ticketId !== null && phase.session.engineer && (
              <WrapUpPanel sessionId={phase.session.id} initialTicketId={phase.ticketId} earlierTicketId={earlierTicketId} />
            )}
            <button type="button" className="primary" onClick={session.backToQueue}>
              {t('engineer.session.backToQueue')}
            </button>
          </>
        ) : (
          <>
            <TabList
              prefix="session"
              label={t('engineer.tabs.label', { name: customerName })}
              selected={tab}
              onSelect={setTab}
              tabs={[
                { id: 'screen', label: t('engineer.tabs.screen') },
                {
                  id: 'system',
                  label: (
                    <>
                      {t('engineer.tabs.system')}{' '}
                      {session.inventory.findings && session.inventory.findings.length > 0 && (
                        <span className="count">{session.inventory.findings.length}</span>
                      )}
                    </>
                  ),
                },
              ]}
            />
            <div
              hidden={tab !== 'screen'}
              role="tabpanel"
              id={tabPanelId('session', 'screen')}
              aria-labelledby={tabId('session', 'screen')}
            >
              {phase.name === 'active' && (
                <CustomerScreens
                  customerName={customerName}
                  screens={session.sharing ? session.customerScreens : null}
                  onAsk={session.askForScreen}
                />
              )}
              {screenTools && (
                <ControlToolbar
                  client={phase.session.client}
                  customerName={customerName}
                  sharing={session.sharing}
                  control={session.control.state}
                  capturing={capturing}
                  onAsk={() => void session.control.request()}
                  onLetGo={() => void session.control.letGo()}
                  onCapture={(on) => setCaptureFor(on ? grantedSince : null)}
                  onSpecialKeys={(keys) => session.control.send({ type: 'special-keys', keys })}
                />
              )}
              {screenTools && (
                <AnnotationToolbar
                  customerName={customerName}
                  tool={tool}
                  pinned={pinned}
                  disabled={!session.sharing || capturing}
                  onTool={setTool}
                  onPinned={pin}
                  onClear={() => annotate({ op: 'clear' })}
                />
              )}
              <LiveScreen
                key={phase.session.id}
                sessionId={phase.session.id}
                screenTools={screenTools}
                customerName={customerName}
                signalling={session.signalling}
                screen={{
                  waitingText: canShareScreen ? undefined : t('engineer.screen.chatOnly', { name: isolate(customerName) }),
                  stream: session.remoteStream,
                  sharing: session.sharing,
                  getStats: session.getStats,
                  control: { capturing, send: session.control.send, onRelease: release },
                  annotation: { ...session.annotation, tool, pinned },
                  qualityControls: canShareScreen && (
                    <PictureControls
                      choice={session.picture.choice}
                      applied={session.picture.applied}
                      onChoose={session.picture.choose}
                      disabled={!session.sharing || !session.peerConnected}
                    />
                  ),
                }}
              />
              {phase.name === 'active' && (
                <ClipboardCard
                  customerName={customerName}
                  received={session.clipboard.received}
                  sentChars={session.clipboard.sentChars}
                  disabled={!session.peerConnected}
                  onSend={session.clipboard.send}
                />
              )}
              {phase.name === 'active' && (
                <FileTransferCard
                  files={session.files}
                  peerName={customerName}
                  limit={session.fileSizeLimit}
                  disabled={!session.peerConnected}
                />
              )}
              {phase.name === 'active' && <ColleaguesCard colleagues={colleagues} customerName={customerName} />}
            </div>
            {tab === 'system' && (
              <div role="tabpanel" id={tabPanelId('session', 'system')} aria-labelledby={tabId('session', 'system')}>
                <InventoryPanel
                  sections={session.inventory.sections}
                  findings={session.inventory.findings}
                  browserOnly={browserOnly}
                  onRefresh={() => void session.inventory.refresh()}
                />
                {/* A browser cannot measure CPU, memory or network: say so instead of drawing an empty chart. */}
                {browserOnly ? (
                  <p className="muted" data-testid="metrics-unavailable">
                    {t('inventory.metrics.waiting')}
                  </p>
                ) : (
                  <MetricsChart metrics={session.inventory.metrics} />
                )}
              </div>
            )}
          </>
        )}
      </div>
      <div className="session-side">
        {/* Still there after the end, so "This solved it" can be said during the wrap-up too. */}
        <SuggestedArticles
          sessionId={phase.session.id}
          problem={description}
          language={customerLanguage}
          findings={(session.inventory.findings ?? []).map((f) => f.rule)}
          onSendChat={session.sendChat}
          canSend={phase.name === 'active' && session.peerConnected}
        />
        <ChatPanel lines={session.chatLines} onSend={session.sendChat} disabled={phase.name !== 'active' || !session.peerConnected} />
      </div>
    </div>
  );
}
