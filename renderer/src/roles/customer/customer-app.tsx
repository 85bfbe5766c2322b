import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { getCustomerBridge } from '../../bridge/customer-bridge';
import { ChatPanel } from '../../features/chat/chat-panel';
import { FileTransferCard } from '../../features/files/file-transfer-card';
import { AppHeader } from '../../features/ui/app-header';
import { ClipboardCard } from './clipboard-card';
import { ConsentView } from './consent-view';
import { ControlPrompt } from './control-prompt';
import { ColleaguePrompt } from './colleague-prompt';
import { WatchersCard } from './watchers-card';
import { KeptScreenshotsCard } from './kept-screenshots-card';
import { EndedView } from './ended-view';
import { GetHelpForm } from './get-help-form';
import { ScreenSwitcher } from './screen-switcher';
import { SharePicker } from './share-picker';
import { SwitchPrompt } from './switch-prompt';
import { SharingBar } from './sharing-bar';
import { useCustomerSession } from './use-customer-session';
import { WaitingView } from './waiting-view';
import { WindowAnnotations } from './window-annotations';
import { useHeadingFocus } from '../../features/ui/use-heading-focus';
import { formatList, isolate } from '../../features/ui/format';

export function CustomerApp() {
  const { t, i18n } = useTranslation();
  const bridge = useMemo(() => getCustomerBridge(), []);
  const serverUrl = useCallback(() => bridge.serverUrl(), [bridge]);
  const session = useCustomerSession(bridge, t('chat.you'));
  const { phase } = session;
  useHeadingFocus(phase.name);

  return (
    <div className="app customer">
      {phase.name === 'connected' && (
        <SharingBar
          engineerName={phase.engineer.name}
          watcherNames={session.colleagues.watchers.map((w) => w.name)}
          sharing={session.sharing !== null}
          controlShortcut={session.remoteControl.shortcut}
          onStopSharing={() => void session.stopSharing()}
          onEnd={() => void session.end()}
          onTakeBack={() => void session.remoteControl.takeBack('button')}
        />
      )}
      {phase.name === 'connected' && session.annotations.inPage && (
        <WindowAnnotations scene={session.annotations.scene} now={session.annotations.now} />
      )}
      <AppHeader title={t('customer.title')} />
      <main>
        {session.reconnecting && (
          <p className="notice" role="status">
            {t('customer.reconnecting')}
          </p>
        )}
        {phase.name === 'connected' && session.engineerAway && (
          <p className="notice" role="status">
            {t('customer.engineerAway', { name: phase.engineer.name })}
          </p>
        )}
        {session.error && (
          <p className="error" role="alert">
            {t(`errors.${session.error}`)}
          </p>
        )}
        {phase.name === 'form' && <GetHelpForm onStart={session.start} serverUrl={serverUrl} earlier={phase.earlier} />}
        {phase.name === 'waiting' && (
          <WaitingView {...phase} codeChanged={session.codeChanged} queue={session.queuePosition} onCancel={() => void session.end()} />
        )}
        {phase.name === 'consent' && (
          <ConsentView
            engineer={phase.engineer}
            permissions={phase.permissions}
            diagnosticsKind={bridge.diagnostics.kind}
            onRespond={(g, d) => void session.respond(g, d)}
          />
        )}
        {phase.name === 'connected' && session.remoteControl.control.state === 'requested' && session.remoteControl.asker && (
          <ControlPrompt
            engineer={session.remoteControl.asker}
            expiresAt={session.remoteControl.control.expiresAt}
            onRespond={(granted) => void session.remoteControl.respond(granted)}
          />
        )}
        {phase.name === 'connected' && session.colleagues.request && (
          <ColleaguePrompt request={session.colleagues.request} onRespond={(granted) => void session.colleagues.respond(granted)} />
        )}
        {phase.name === 'connected' && session.rejoined && !session.sharing && (
          <p className="notice" role="status" data-testid="rejoined">
            {t('customer.session.rejoined', { name: isolate(phase.engineer.name) })}
          </p>
        )}
        {phase.name === 'connected' && session.handedOver && (
          <p className="notice" role="status" data-testid="handed-over">
            {t('customer.colleague.handedOver', { from: isolate(session.handedOver.from.name), to: isolate(session.handedOver.to.name) })}
          </p>
        )}
        {phase.name === 'connected' && session.screenSwitching.asked && (
          <SwitchPrompt
            engineerName={phase.engineer.name}
            screenName={session.screenSwitching.asked.name}
            onRespond={(yes) => void session.screenSwitching.respond(yes)}
          />
        )}
        {session.remoteControl.failed && (
          <p className="error" role="alert">
            {t('customer.control.failed')}
          </p>
        )}
        {phase.name === 'connected' && (
          <div className="session-layout">
            <div className="session-main">
              <h1 className="session-title">{t('customer.session.title', { name: phase.engineer.name })}</h1>
              <p className="status-line" data-testid="peer-status">
                {session.peerInterrupted
                  ? t('customer.session.interrupted', { name: isolate(phase.engineer.name) })
                  : session.peerConnected
                    ? t('customer.session.connected', { name: phase.engineer.name })
                    : t('customer.session.connecting')}
              </p>
              {session.diagnosticsProgress.state !== 'idle' && (
                <p className="muted" role="status" data-testid="diagnostics-progress">
                  {session.diagnosticsProgress.state === 'collecting'
                    ? t('customer.diagnostics.collecting', {
                        done: session.diagnosticsProgress.done,
                        count: session.diagnosticsProgress.total,
                      })
                    : t('customer.diagnostics.shared', { count: session.diagnosticsProgress.sections, name: phase.engineer.name })}
                </p>
              )}
              {session.sharing ? (
                <section className="card">
                  <h2>{t('customer.session.sharingTitle')}</h2>
                  <p>
                    {t('customer.session.sharingDetail', {
                      name: formatList([phase.engineer.name, ...session.colleagues.watchers.map((w) => w.name)], i18n.language),
                      source: t(`surfaces.${session.sharing.label}`, { defaultValue: session.sharing.label }),
                    })}
                  </p>
                  <button type="button" className="danger-outline" onClick={() => void session.stopSharing()}>
                    {t('customer.bar.stop')}
                  </button>
                  <ScreenSwitcher
                    screens={session.screenSwitching.screens}
                    current={session.screenSwitching.current}
                    onSwitch={(id) => void session.screenSwitching.switchTo(id)}
                  />
                </section>
              ) : (
                <SharePicker
                  sources={session.sources}
                  canCapture={bridge.canCaptureScreen}
                  onPick={(id) => void session.share(id)}
                  onRefresh={() => void session.refreshSources()}
                />
              )}
            </div>
            <div className="stack">
              <WatchersCard watchers={session.colleagues.watchers} onRemove={(id) => void session.colleagues.remove(id)} />
              <KeptScreenshotsCard engineerName={phase.engineer.name} screenshots={session.screenshots} />
              <ChatPanel lines={session.chatLines} onSend={session.sendChat} disabled={!session.peerConnected} />
              <ClipboardCard
                engineerName={phase.engineer.name}
                placedAutomatically={bridge.kind === 'desktop'}
                received={session.clipboard.received}
                sentChars={session.clipboard.sentChars}
                disabled={!session.peerConnected}
                onSendMine={session.clipboard.sendMine}
              />
              <FileTransferCard
                files={session.files}
                peerName={phase.engineer.name}
                limit={session.fileSizeLimit}
                disabled={!session.peerConnected}
              />
            </div>
          </div>
        )}
        {phase.name === 'ended' && (
          <EndedView
            reason={phase.reason}
            engineerName={phase.engineer?.name ?? null}
            reference={phase.reference}
            onRestart={session.restart}
            onKeepWaiting={session.keepWaiting}
            onRate={session.rate}
          />
        )}
      </main>
    </div>
  );
}
