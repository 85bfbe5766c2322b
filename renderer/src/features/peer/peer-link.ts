import Peer from 'simple-peer';
import { createPeerMessageDecoder, encodePeerMessage, FILE_CHANNEL, SignalData, type PeerMessage } from '@firstline/protocol';
import type { SignallingClient } from '../signalling/signalling-client';
import { applyPictureChoice, playWithoutDelay, preferScreenCodecs } from '../picture/tune-sender';
import { NO_RELAY, type IceConfig, type PictureApplied, type PictureChoice } from '@firstline/protocol';

export interface PeerLinkEvents {
  onConnect?: () => void;
  onStream?: (stream: MediaStream) => void;
  onMessage?: (message: PeerMessage) => void;
  /** A binary frame on the file channel (a piece of a file the other side sends). */
  onFileFrame?: (frame: ArrayBuffer) => void;
  onClose?: (reason: 'closed' | 'error') => void;
  /** An offer and answer completed: the sender has its encodings now (or new ones). */
  onNegotiated?: () => void;
  /** The relay (TURN) server refused our credentials: it is misconfigured (a wrong shared secret). */
  onRelayRefused?: () => void;
  /** The network between the peers dropped (true) and came back (false); the link restarts ICE meanwhile. */
  onInterrupted?: (interrupted: boolean) => void;
}

/** How soon after the path drops, and then how often, the initiator restarts ICE (new candidates, same connection). */
export const ICE_RESTART_AFTER_MS = 1500;

export interface PeerLink {
  send(message: PeerMessage): boolean;
  addStream(stream: MediaStream): void;
  removeStream(stream: MediaStream): void;
  /** Shows another source in place of the current one, on the same connection (no renegotiation). */
  replaceVideoTrack(stream: MediaStream, next: MediaStreamTrack): void;
  /** The binary channel files travel on, open once the link is connected. */
  fileChannel(): RTCDataChannel | null;
  getStats(): Promise<RTCStatsReport | null>;
  /** Screen-content settings for the track we send (setParameters, no renegotiation); what the sender took, read back. */
  tunePicture(track: MediaStreamTrack, choice: PictureChoice): Promise<PictureApplied | null>;
  destroy(): void;
}

/**
 * One simple-peer connection whose signalling goes through the server, which relays it only to
 * the other member of this session (or, for a side connection, between the customer and one
 * watching colleague). Data-channel messages are validated on receipt.
 */
export function createPeerLink(options: {
  initiator: boolean;
  signalling: SignallingClient;
  events: PeerLinkEvents;
  /** A side connection to a watching colleague (their id); absent for the session's own pair. */
  peer?: string;
  /** The session's relay servers and transport policy, as the server gave them. */
  ice?: IceConfig;
}): PeerLink {
  const { signalling, events } = options;
  const ice = options.ice ?? NO_RELAY;
  const peer = new Peer({
    initiator: options.initiator,
    trickle: true,
    config: { iceServers: ice.iceServers, iceTransportPolicy: ice.iceTransportPolicy },
  });
  let connected = false;
  let closed = false;
  let files: RTCDataChannel | null = null;
  // simple-peer keeps its RTCPeerConnection private; stats and the second channel need it.
  const pc = () => (peer as unknown as { _pc?: RTCPeerConnection })._pc ?? null;

  peer.on('signal', (data) => {
    const parsed = SignalData.safeParse(data);
    if (parsed.success) signalling.relay({ data: parsed.data, ...(options.peer && { to: options.peer }) });
  });
  const stopRelay = signalling.on('signal:relay', ({ data, peer: from }) => {
    if (!closed && from === options.peer) peer.signal(data as Peer.SignalData);
  });
  // 401: the relay did not accept the credentials the server minted (its secret differs from coturn's).
  pc()?.addEventListener('icecandidateerror', (event) => {
    if ((event as RTCPeerConnectionIceErrorEvent).errorCode === 401) events.onRelayRefused?.();
  });
  // A path that drops (a network change, a dead relay) is found again by an ICE restart: the
  // initiator offers new ICE credentials on the same connection, again while it stays down.
  let restartTimer: ReturnType<typeof setTimeout> | null = null;
  const stopRestarting = () => {
    if (restartTimer) clearTimeout(restartTimer);
    restartTimer = null;
  };
  const restartIce = () => {
    restartTimer = setTimeout(restartIce, ICE_RESTART_AFTER_MS * 2);
    if (closed) return stopRestarting();
    // simple-peer has no restartIce(): its next offer is made with iceRestart (negotiate() is in its API, not its types).
    const restartable = peer as unknown as { offerOptions: RTCOfferOptions; negotiate(): void };
    restartable.offerOptions = { iceRestart: true };
    restartable.negotiate();
  };
  peer.on('iceStateChange', (state: RTCIceConnectionState) => {
    if (state === 'disconnected') {
      events.onInterrupted?.(true);
      if (options.initiator && !restartTimer) restartTimer = setTimeout(restartIce, ICE_RESTART_AFTER_MS);
    } else if (state === 'connected' || state === 'completed') {
      stopRestarting();
      (peer as unknown as { offerOptions: RTCOfferOptions }).offerOptions = {};
      events.onInterrupted?.(false);
    }
  });
  peer.on('connect', () => {
    connected = true;
    // Negotiated on both sides with the same id: it opens without another offer and answer, and
    // simple-peer (which takes over any channel the other side announces) never sees it.
    files = pc()?.createDataChannel(FILE_CHANNEL.label, { negotiated: true, id: FILE_CHANNEL.id }) ?? null;
    if (files) {
      files.binaryType = 'arraybuffer';
      files.onmessage = (event: MessageEvent<ArrayBuffer>) => events.onFileFrame?.(event.data);
    }
    events.onConnect?.();
  });
  peer.on('stream', (stream: MediaStream) => events.onStream?.(stream));
  // The engineer's side plays each frame as soon as it is decoded.
  peer.on('track', (track: MediaStreamTrack) => {
    const receiver = pc()
      ?.getReceivers()
      .find((r) => r.track === track);
    if (receiver && track.kind === 'video') playWithoutDelay(receiver);
  });
  peer.on('negotiated', () => events.onNegotiated?.());
  const decode = createPeerMessageDecoder();
  peer.on('data', (chunk: Uint8Array) => {
    const message = decode(new TextDecoder().decode(chunk));
    if (message) events.onMessage?.(message);
  });
  const finish = (reason: 'closed' | 'error') => {
    if (closed) return;
    closed = true;
    stopRelay();
    stopRestarting();
    events.onClose?.(reason);
  };
  peer.on('close', () => finish('closed'));
  peer.on('error', () => finish('error'));

  return {
    send(message) {
      if (!connected || closed) return false;
      for (const frame of encodePeerMessage(message, () => crypto.randomUUID())) peer.send(frame);
      return true;
    },
    addStream(stream) {
      peer.addStream(stream);
      // Synchronously after the tracks are added: simple-peer makes its offer in a microtask.
      const connection = pc();
      if (connection) for (const track of stream.getVideoTracks()) preferScreenCodecs(connection, track);
    },
    removeStream: (stream) => peer.removeStream(stream),
    replaceVideoTrack(stream, next) {
      const old = stream.getVideoTracks()[0];
      if (!old) return;
      peer.replaceTrack(old, next, stream);
      // The stream keeps standing for what is sent, so a later removeStream finds the new track.
      stream.removeTrack(old);
      stream.addTrack(next);
      old.stop();
    },
    fileChannel: () => files,
    async getStats() {
      return pc()?.getStats() ?? null;
    },
    async tunePicture(track, choice) {
      const connection = pc();
      return connection && !closed ? applyPictureChoice(connection, track, choice) : null;
    },
    destroy() {
      stopRelay();
      stopRestarting();
      closed = true;
      peer.destroy();
    },
  };
}
