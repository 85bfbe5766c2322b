import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ClientResult, DiagnosticsConsent, EngineerIdentity, ErrorCode, Permission } from '@firstline/protocol';
import { useDiagnosticsSharing } from './use-diagnostics-sharing';
import type { ScreenSource } from '@firstline/bridge-contract';
import type { CustomerBridge } from '../../bridge/customer-bridge';
import { useChatLog } from '../../features/chat/use-chat-log';
import type { PeerLink } from '../../features/peer/peer-link';
import type { SignallingClient } from '../../features/signalling/signalling-client';
import { useFileTransfers } from '../../features/files/use-file-transfers';
import { useReceivedAnnotations } from './use-received-annotations';
import { useSessionRating } from './use-session-rating';
import { useSharingBarSync } from './use-sharing-bar-sync';
import { useCustomerControl } from './use-customer-control';
import { useScreenSwitching } from './use-screen-switching';
import { useCustomerClipboard } from './use-customer-clipboard';
import { usePictureSender } from './use-picture-sender';
import { useScreenShare } from './use-screen-share';
import { useEngineerLink } from './use-engineer-link';
import { useColleagueConsent } from './use-colleague-consent';
import { useWatcherLinks } from './use-watcher-links';
import type { CustomerEndReason, CustomerPhase, QueuePosition } from './customer-phase';
import { customerMemory, useCustomerRejoin } from './use-customer-rejoin';
import { useCustomerSignalling } from './use-customer-signalling';
import { useKeptScreenshots } from './use-kept-screenshots';
import { fetchDownload } from '../../features/api/rest-client';
import { useHelpRequest } from './use-help-request';

/** The customer's side of a help session, from "Get help" to the end. */
export function useCustomerSession(bridge: CustomerBridge, customerLabel: string) {
  const [phase, setPhase] = useState<CustomerPhase>({ name: 'form' });
  const [sharing, setSharing] = useState<{ label: string } | null>(null);
  const [peerConnected, setPeerConnected] = useState(false);
  const [peerInterrupted, setPeerInterrupted] = useState(false);
  const [error, setError] = useState<ErrorCode | 'capture_failed' | null>(null);
  const [sources, setSources] = useState<ScreenSource[] | null>(null);
  const signalling = useRef<SignallingClient | null>(null);
  const link = useRef<PeerLink | null>(null);
  const stream = useRef<MediaStream | null>(null);
  const engineerRef = useRef<EngineerIdentity | null>(null);
  const token = useRef<string | null>(null);
  const [reconnecting, setReconnecting] = useState(false);
  const [engineerAway, setEngineerAway] = useState(false);
  const [codeChanged, setCodeChanged] = useState(false);
  const [rejoined, setRejoined] = useState(false);
  const { rate, setRatingToken } = useSessionRating(bridge);
  const [fileSizeLimit, setFileSizeLimit] = useState(0);
  const files = useFileTransfers({ link, signalling, sink: bridge.files, limit: fileSizeLimit });
  const annotations = useReceivedAnnotations(bridge);
  const { receive: receiveAnnotation, clear: clearAnnotations } = annotations;
  const { close: closeFiles } = files;
  const chat = useChatLog(customerLabel);
  const diagnosticsSharing = useDiagnosticsSharing(bridge.diagnostics);
  const remoteControl = useCustomerControl(bridge);
  const { state: clipboard, received: receiveClipboard } = useCustomerClipboard(bridge, link, signalling);
  const { apply: applyPicture, choose: choosePicture, reset: resetPicture } = usePictureSender({ link, stream });
  const onSwitched = useCallback(
    (label: string) => {
      setSharing({ label });
      void applyPicture();
    },
    [applyPicture],
  );
  const switching = useScreenSwitching({
    bridge,
    link,
    stream,
    signalling,
    sources,
    connected: peerConnected,
    onSwitched,
    onControlFollow: remoteControl.follow,
  });
  const switchRequest = useRef(switching.onRequest);
  switchRequest.current = switching.onRequest;
  const { attach: attachControl, onChanged: onControlChanged, onInput: onControlInput, takeBack } = remoteControl;
  const { start: startDiagnostics, stop: stopDiagnostics } = diagnosticsSharing;
  // What the engineer kept of the screen, and for how long (the customer is told each time, and may delete each).
  const fetchScreenshot = useCallback(
    async (screenshotId: string) =>
      fetchDownload('POST /api/sessions/customer-screenshot', {
        base: await bridge.serverUrl(),
        body: { customerToken: token.current ?? '', screenshotId },
      }),
    [bridge],
  );
  const screenshots = useKeptScreenshots(signalling, fetchScreenshot);
  const { add: addScreenshot, reset: resetScreenshots } = screenshots;
  const { open: openLink, ice: iceConfig } = useEngineerLink({
    link,
    stream,
    setPeerConnected,
    setInterrupted: setPeerInterrupted,
    files,
    chat,
    startDiagnostics,
    onControlInput,
    receiveAnnotation,
    receiveClipboard,
    switchRequest,
    applyPicture,
    choosePicture,
  });
  // What the customer chose to share of their system, for whoever the session is handed over to.
  const sharedDiagnostics = useRef<DiagnosticsConsent | null>(null);
  const colleagues = useColleagueConsent();
  const { attach: attachColleagues } = colleagues;
  const { closeAll: closeWatcherLinks } = useWatcherLinks({ signalling, stream, watchers: colleagues.watchers, sharing, ice: iceConfig });
  const [handedOver, setHandedOver] = useState<{ from: EngineerIdentity; to: EngineerIdentity } | null>(null);

  const teardown = useCallback(() => {
    resetScreenshots();
    stopDiagnostics();
    closeWatcherLinks();
    attachColleagues(null);
    closeFiles();
    clearAnnotations();
    stream.current?.getTracks().forEach((track) => track.stop());
    stream.current = null;
    link.current?.destroy();
    link.current = null;
    signalling.current?.close();
    signalling.current = null;
    attachControl(null);
    resetPicture();
    token.current = null;
    setSharing(null);
    setPeerConnected(false);
    setReconnecting(false);
    setEngineerAway(false);
    setCodeChanged(false);
    setRejoined(false);
  }, [stopDiagnostics, attachControl, closeFiles, clearAnnotations, resetPicture, closeWatcherLinks, attachColleagues, resetScreenshots]);

  const finish = useCallback(
    (reason: CustomerEndReason, ticketId?: number) => {
      customerMemory.forget();
      teardown();
      // The server's end notice names the ticket; the customer's own end, acknowledged after it, does not.
      setPhase((prev) => ({
        name: 'ended',
        reason,
        engineer: engineerRef.current,
        reference: ticketId ?? (prev.name === 'ended' ? prev.reference : null),
      }));
    },
    [teardown],
  );

  useEffect(() => teardown, [teardown]);

  const [queuePosition, setQueuePosition] = useState<QueuePosition | null>(null);
  const openSignalling = useCustomerSignalling({
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
    onScreenshot: addScreenshot,
  });

  const onCreated = useCallback(
    (created: Extract<ClientResult<'session:create'>, { ok: true }>) => {
      token.current = created.customerToken;
      iceConfig.current = created.session.ice;
      setFileSizeLimit(created.session.fileSizeLimit);
    },
    [iceConfig],
  );
  const { start, keepWaiting, restart } = useHelpRequest({
    bridge,
    openSignalling,
    teardown,
    engineerRef,
    setPhase,
    setError,
    setQueuePosition,
    setHandedOver,
    setRatingToken,
    onCreated,
  });

  const respond = useCallback(
    async (granted: boolean, diagnostics: DiagnosticsConsent | null) => {
      const client = signalling.current;
      const engineer = engineerRef.current;
      if (!client || !engineer) return;
      const permissions: Permission[] = granted ? ['screen', 'chat', ...(diagnostics ? (['diagnostics'] as const) : [])] : [];
      const result = await client.request('consent:respond', { granted, permissions, diagnostics: diagnostics ?? undefined });
      if (!result.ok) return setError(result.error.code);
      if (!granted) return finish('consent_declined');
      sharedDiagnostics.current = diagnostics;
      iceConfig.current = result.session.ice;
      if (token.current) customerMemory.save({ token: token.current, diagnostics });
      openLink(client, engineer, diagnostics);
      setPhase({ name: 'connected', engineer });
      if (bridge.listSources) setSources(await bridge.listSources());
    },
    [bridge, finish, openLink, iceConfig],
  );

  const { share, stopSharing } = useScreenShare({
    bridge,
    link,
    signalling,
    stream,
    sources,
    setSharing,
    setError,
    shown: switching.shown,
    applyPicture,
  });

  const refreshSources = useCallback(async () => {
    if (bridge.listSources) setSources(await bridge.listSources());
  }, [bridge]);
  useCustomerRejoin({
    openSignalling,
    token,
    engineerRef,
    sharedDiagnostics,
    setPhase,
    setRatingToken,
    setFileSizeLimit,
    setRejoined,
    openLink,
    iceConfig,
    listSources: refreshSources,
    teardown,
  });

  const end = useCallback(async () => {
    await signalling.current?.request('session:end', {});
    finish('customer_ended');
  }, [finish]);
  const watcherNames = useMemo(() => colleagues.watchers.map((w) => w.name), [colleagues.watchers]);
  const takeBackByButton = useCallback(() => takeBack('button'), [takeBack]);
  useSharingBarSync({
    bridge,
    sharing: sharing !== null,
    engineerName: phase.name === 'connected' ? phase.engineer.name : '',
    watcherNames,
    controlShortcut: remoteControl.shortcut,
    stopSharing,
    takeBack: takeBackByButton,
    end,
  });

  const sendChat = useCallback((text: string) => chat.send(link.current, signalling.current, text), [chat]);

  return {
    screenshots,
    colleagues,
    handedOver,
    remoteControl,
    screenSwitching: switching,
    clipboard,
    rate,
    files,
    fileSizeLimit,
    annotations,
    diagnosticsProgress: diagnosticsSharing.progress,
    phase,
    sharing,
    peerConnected,
    peerInterrupted,
    reconnecting,
    engineerAway,
    codeChanged,
    rejoined,
    queuePosition,
    error,
    sources,
    chatLines: chat.lines,
    start,
    respond,
    share,
    stopSharing,
    refreshSources,
    end,
    sendChat,
    restart,
    keepWaiting,
  };
}
