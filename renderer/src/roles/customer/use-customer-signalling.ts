import { useCallback, type Dispatch, type RefObject, type SetStateAction } from 'react';
import type { DiagnosticsConsent, EngineerIdentity, IceConfig, ServerPayload } from '@firstline/protocol';
import type { CustomerBridge } from '../../bridge/customer-bridge';
import type { PeerLink } from '../../features/peer/peer-link';
import { createSignallingClient, type SignallingClient } from '../../features/signalling/signalling-client';
import type { CustomerEndReason, CustomerPhase, QueuePosition } from './customer-phase';

/**
 * The customer's socket and what the server tells it: an engineer taking the request, a hand-over,
 * the queue, the engineer dropping and coming back, and the end. A dropped socket resumes the
 * session with its token; only a connection that cannot come back ends it.
 */
export function useCustomerSignalling(deps: {
  bridge: CustomerBridge;
  signalling: RefObject<SignallingClient | null>;
  token: RefObject<string | null>;
  link: RefObject<PeerLink | null>;
  engineerRef: RefObject<EngineerIdentity | null>;
  sharedDiagnostics: RefObject<DiagnosticsConsent | null>;
  attachControl: (client: SignallingClient | null) => void;
  attachColleagues: (client: SignallingClient | null) => void;
  onControlChanged: (payload: ServerPayload<'control:changed'>) => void;
  openLink: (client: SignallingClient, engineer: EngineerIdentity, diagnostics: DiagnosticsConsent | null) => void;
  iceConfig: RefObject<IceConfig | null>;
  finish: (reason: CustomerEndReason, ticketId?: number) => void;
  setPhase: Dispatch<SetStateAction<CustomerPhase>>;
  setHandedOver: (handover: { from: EngineerIdentity; to: EngineerIdentity }) => void;
  setQueuePosition: (position: QueuePosition) => void;
  setCodeChanged: (changed: boolean) => void;
  setEngineerAway: (away: boolean) => void;
  setReconnecting: (reconnecting: boolean) => void;
  /** The engineer kept a screenshot of the shared screen (when, and for how many days). */
  onScreenshot: (screenshot: ServerPayload<'session:screenshot'>) => void;
}) {
  const { bridge, signalling, token, link, engineerRef, sharedDiagnostics, attachControl, attachColleagues } = deps;
  const { onControlChanged, openLink, iceConfig, finish, setPhase, setHandedOver, setQueuePosition, setCodeChanged } = deps;
  const { setEngineerAway, setReconnecting, onScreenshot } = deps;
  return useCallback(async () => {
    const client = createSignallingClient(await bridge.serverUrl());
    signalling.current = client;
    attachControl(client);
    attachColleagues(client);
    client.on('control:changed', onControlChanged);
    // A colleague takes over (the customer allowed it): same session, a new connection to them.
    client.on('session:handover', ({ session, from, to }) => {
      engineerRef.current = to;
      iceConfig.current = session.ice;
      setHandedOver({ from, to });
      openLink(client, to, sharedDiagnostics.current);
      setPhase({ name: 'connected', engineer: to });
    });
    client.on('session:claimed', ({ engineer, permissions }) => {
      engineerRef.current = engineer;
      setPhase({ name: 'consent', engineer, permissions });
    });
    client.on('session:ended', ({ reason, ticketId }) => finish(reason, ticketId));
    client.on('session:position', setQueuePosition);
    client.on('session:screenshot', onScreenshot);
    client.on('session:code', ({ code }) => {
      setCodeChanged(true);
      setPhase((current) => (current.name === 'waiting' ? { ...current, code } : current));
    });
    client.on('session:presence', ({ role, connected, restart }) => {
      if (role !== 'engineer') return;
      setEngineerAway(!connected);
      // The engineer reloaded their console: their side of the connection is new, so is ours.
      if (connected && restart && engineerRef.current && link.current) openLink(client, engineerRef.current, sharedDiagnostics.current);
    });
    client.onConnection((state) => {
      if (signalling.current !== client) return;
      if (state === 'reconnecting') setReconnecting(true);
      if (state === 'lost') finish('connection_lost');
      if (state === 'reconnected' && token.current) {
        void client.request('session:resume', { customerToken: token.current }).then((resumed) => {
          if (resumed.ok) setReconnecting(false);
          else finish('connection_lost');
        });
      }
    });
    return client;
  }, [
    bridge,
    signalling,
    token,
    link,
    engineerRef,
    sharedDiagnostics,
    attachControl,
    attachColleagues,
    onControlChanged,
    openLink,
    iceConfig,
    finish,
    setPhase,
    setHandedOver,
    setQueuePosition,
    setCodeChanged,
    setEngineerAway,
    setReconnecting,
    onScreenshot,
  ]);
}
