import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { DEFAULT_PICTURE } from '@firstline/protocol';
import type {
  AnnotationUpdate,
  ControlInput,
  ControlState,
  EndReason,
  ErrorCode,
  PictureApplied,
  PictureChoice,
  QueueEntry,
  SessionView,
  StaffUser,
} from '@firstline/protocol';
import { useChatLog } from '../../features/chat/use-chat-log';
import { useInventory } from '../../features/diagnostics/use-inventory';
import { applyQueueChange } from './queue-changes';
import { useClipboardExchange } from '../../features/clipboard/use-clipboard-exchange';
import { useAnnotationScene } from '../../features/annotation/use-annotation-scene';
import { createBrowserDownloadSink } from '../../features/files/received-file-sink';
import { useFileTransfers } from '../../features/files/use-file-transfers';
import { createPeerLink, type PeerLink } from '../../features/peer/peer-link';
import { createSignallingClient, type ConnectionState, type SignallingClient } from '../../features/signalling/signalling-client';
import { useEngineerRejoin } from './use-engineer-rejoin';
import type { EngineerPhase } from './engineer-phase';

/** The engineer's console state: the live queue, and at most one session at a time. */
export function useEngineerSession(user: StaffUser) {
  const [connection, setConnection] = useState<ConnectionState>('connecting');
  const [queue, setQueue] = useState<QueueEntry[]>([]);
  // The latest customer to start waiting, for the arrival alerts.
  const [arrival, setArrival] = useState<QueueEntry | null>(null);
  const [phase, setPhase] = useState<EngineerPhase>({ name: 'queue' });
  const [error, setError] = useState<ErrorCode | null>(null);
  const [remoteStream, setRemoteStream] = useState<MediaStream | null>(null);
  const [sharing, setSharing] = useState(false);
  const [peerConnected, setPeerConnected] = useState(false);
  const [customerAway, setCustomerAway] = useState(false);
  // The relay refused the credentials the server minted: media cannot flow, and the engineer is told why.
  const [relayRefused, setRelayRefused] = useState(false);
  const [interrupted, setInterrupted] = useState(false);
  const [control, setControl] = useState<ControlState>({ state: 'off' });
  const [picture, setPicture] = useState<{ choice: PictureChoice; applied: PictureApplied | null }>({
    choice: DEFAULT_PICTURE,
    applied: null,
  });
  const controlSeq = useRef(0);
  const [customerScreens, setCustomerScreens] = useState<{ list: Array<{ id: string; name: string }>; current: string | null } | null>(
    null,
  );
  const client = useRef<SignallingClient | null>(null);
  const link = useRef<PeerLink | null>(null);
  const phaseRef = useRef(phase);
  phaseRef.current = phase;
  const chat = useChatLog(user.name);
  const inventory = useInventory();
  const { receive: receiveChat, clear: clearChat } = chat;
  const clipboard = useClipboardExchange();
  const { receive: receiveClipboard, clear: clearClipboard } = clipboard;
  const { receive: receiveInventory, reset: resetInventory } = inventory;
  // The engineer's console runs in a browser (or the app's web view): files come as browser downloads.
  const downloads = useMemo(() => createBrowserDownloadSink(), []);
  const fileSizeLimit = phase.name === 'active' ? phase.session.fileSizeLimit : 0;
  const files = useFileTransfers({ link, signalling: client, sink: downloads, limit: fileSizeLimit });
  const annotations = useAnnotationScene();
  const { apply: applyAnnotation, reset: resetAnnotations } = annotations;
  const { connect: connectFiles, close: closeFiles, handle: handleFileMessage, onFrame: onFileFrame } = files;

  const dropPeer = useCallback(() => {
    closeFiles();
    resetAnnotations();
    link.current?.destroy();
    link.current = null;
    setRemoteStream(null);
    setSharing(false);
    setPeerConnected(false);
    setCustomerAway(false);
    setRelayRefused(false);
    setInterrupted(false);
    setControl({ state: 'off' });
    setCustomerScreens(null);
    setPicture({ choice: DEFAULT_PICTURE, applied: null });
  }, [closeFiles, resetAnnotations]);

  const endWith = useCallback(
    (reason: EndReason | 'connection_lost', ticketId: number | null = null) => {
      dropPeer();
      const current = phaseRef.current;
      if (current.name === 'awaiting-consent' || current.name === 'active')
        setPhase({ name: 'ended', session: current.session, reason, ticketId });
    },
    [dropPeer],
  );

  /** The connection to the customer: after their consent, or when a colleague hands the session to us. */
  const connectToCustomer = useCallback(
    (signalling: SignallingClient, session: SessionView) => {
      link.current?.destroy();
      link.current = createPeerLink({
        initiator: false,
        signalling,
        ice: session.ice,
        events: {
          onConnect: () => setPeerConnected(true),
          onRelayRefused: () => setRelayRefused(true),
          onInterrupted: setInterrupted,
          onStream: (stream) => setRemoteStream(stream),
          onFileFrame,
          onMessage: (m) => {
            if (handleFileMessage(m)) return;
            if (m.kind === 'chat') receiveChat(m.id, m.text, session.customerName, m.sentAt);
            else if (m.kind === 'clipboard') receiveClipboard(m.text);
            else if (m.kind === 'screens') setCustomerScreens({ list: m.screens, current: m.current });
            else if (m.kind === 'picture-applied') setPicture((p) => ({ ...p, applied: m.applied }));
            else receiveInventory(m);
          },
          onClose: () => {
            setPeerConnected(false);
            closeFiles();
          },
        },
      });
      connectFiles();
    },
    [receiveChat, receiveInventory, receiveClipboard, connectFiles, closeFiles, handleFileMessage, onFileFrame],
  );

  const { rejoin: rejoinAfterReload, forget: forgetSession } = useEngineerRejoin({ phase, setPhase, setSharing, connectToCustomer });

  useEffect(() => {
    const signalling = createSignallingClient('');
    client.current = signalling;
    const offs = [
      signalling.onConnection((state) => {
        setConnection(state);
        if (state === 'connected' || state === 'reconnected') {
          void signalling.request('queue:watch', {}).then((r) => r.ok && setQueue(r.queue));
        }
        const current = phaseRef.current;
        if (state === 'reconnected' && (current.name === 'awaiting-consent' || current.name === 'active')) {
          void signalling.request('session:resume', { sessionId: current.session.id }).then((r) => !r.ok && endWith('connection_lost'));
        }
        if (state === 'lost') endWith('connection_lost');
        if (state === 'connected') rejoinAfterReload(signalling);
      }),
      signalling.on('session:presence', ({ role, connected, restart }) => {
        if (role !== 'customer') return;
        setCustomerAway(!connected);
        // The customer reloaded: the old connection is gone; theirs will offer a new one.
        const current = phaseRef.current;
        if (connected && restart && current.name === 'active') {
          setRemoteStream(null);
          setPeerConnected(false);
          connectToCustomer(signalling, current.session);
        }
      }),
      signalling.on('queue:changed', (change) => {
        setQueue((current) => applyQueueChange(current, change));
        if (change.op === 'added') setArrival(change.entry);
      }),
      signalling.on('session:share', ({ sharing: next }) => setSharing(next)),
      signalling.on('control:changed', ({ control: next }) => setControl(next)),
      signalling.on('session:ended', ({ reason, ticketId }) => endWith(reason, ticketId ?? null)),
      signalling.on('session:consent', ({ session, granted }) => {
        if (!granted) return;
        setPhase({ name: 'active', session });
        connectToCustomer(signalling, session);
      }),
    ];
    return () => {
      offs.forEach((off) => off());
      dropPeer();
      signalling.close();
    };
    // The socket lives as long as the console: every dependency is a stable callback.
  }, [dropPeer, endWith, connectToCustomer, rejoinAfterReload]);

  const claim = useCallback(async (target: { code: string } | { sessionId: string }) => {
    setError(null);
    const result = await client.current?.request('session:claim', target);
    if (!result) return;
    if (!result.ok) return setError(result.error.code);
    setPhase({ name: 'awaiting-consent', session: result.session });
  }, []);

  const end = useCallback(async () => {
    await client.current?.request('session:end', {});
  }, []);

  const backToQueue = useCallback(() => {
    setPhase({ name: 'queue' });
    resetInventory();
    clearClipboard();
    clearChat();
    void client.current?.request('queue:watch', {}).then((r) => r.ok && setQueue(r.queue));
  }, [resetInventory, clearClipboard, clearChat]);

  /** A colleague handed their session to us (the customer allowed it): it is ours now, live. */
  const takeOver = useCallback(
    (session: SessionView) => {
      dropPeer();
      setPhase({ name: 'active', session });
      setSharing(session.sharing);
      if (client.current) connectToCustomer(client.current, session);
    },
    [dropPeer, connectToCustomer],
  );

  /** We handed the session over: it goes on with the colleague, and we go back to the queue. */
  const handedOver = useCallback(() => {
    forgetSession();
    dropPeer();
    backToQueue();
  }, [dropPeer, backToQueue, forgetSession]);

  const requestControl = useCallback(async () => {
    setError(null);
    const result = await client.current?.request('control:request', {});
    if (result && !result.ok) setError(result.error.code);
  }, []);

  const letGoControl = useCallback(async () => {
    await client.current?.request('control:end', { how: 'engineer' });
  }, []);

  /** Remote input over the data channel; the customer's side checks the grant again before injecting. */
  const sendControl = useCallback((input: ControlInput) => {
    link.current?.send({ kind: 'control', seq: controlSeq.current++, input });
  }, []);

  /** Shown on the engineer's picture at once, and over the customer's screen when it arrives. */
  const annotate = useCallback(
    (update: AnnotationUpdate) => {
      applyAnnotation(update);
      link.current?.send({ kind: 'annotation', update });
    },
    [applyAnnotation],
  );

  const sendChat = useCallback((text: string) => chat.send(link.current, client.current, text), [chat]);
  const refreshInventory = useCallback(() => link.current?.send({ kind: 'diag-refresh' }) ?? false, []);
  const getStats = useCallback(() => link.current?.getStats() ?? Promise.resolve(null), []);
  /** The engineer's quality choice goes to the customer's sender, which applies it and says what it took. */
  const choosePicture = useCallback((choice: PictureChoice) => {
    setPicture((p) => ({ ...p, choice }));
    link.current?.send({ kind: 'picture-quality', choice });
  }, []);

  return {
    signalling: client,
    takeOver,
    handedOver,
    inventory: { sections: inventory.sections, findings: inventory.findings, metrics: inventory.metrics, refresh: refreshInventory },
    connection,
    queue,
    arrival,
    phase,
    error,
    remoteStream,
    sharing,
    peerConnected,
    customerAway,
    relayRefused,
    interrupted,
    chatLines: chat.lines,
    claim,
    end,
    backToQueue,
    sendChat,
    getStats,
    picture: { ...picture, choose: choosePicture },
    control: { state: control, request: requestControl, letGo: letGoControl, send: sendControl },
    customerScreens,
    files,
    fileSizeLimit,
    annotation: { scene: annotations.scene, now: annotations.now, annotate },
    askForScreen: (id: string) => void link.current?.send({ kind: 'screen-switch', id }),
    clipboard: {
      received: clipboard.received,
      sentChars: clipboard.sentChars,
      send: (text: string) => clipboard.send(link.current, client.current, text),
    },
  };
}
