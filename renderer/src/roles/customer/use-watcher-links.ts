import { useCallback, useEffect, useRef, type RefObject } from 'react';
import { DEFAULT_PICTURE, type EngineerIdentity, type IceConfig } from '@firstline/protocol';
import { createPeerLink, type PeerLink } from '../../features/peer/peer-link';
import type { SignallingClient } from '../../features/signalling/signalling-client';

interface SideLink {
  link: PeerLink;
  /** What this connection sends: the shared screen's current track, in a stream of its own. */
  sent: MediaStream | null;
}

/**
 * One side connection per watching colleague, from the customer: it carries the shared screen
 * and nothing else (no chat, control, files or clipboard). It follows the share as it starts,
 * switches screen and stops, and closes the moment the colleague stops watching.
 */
export function useWatcherLinks(deps: {
  signalling: RefObject<SignallingClient | null>;
  stream: RefObject<MediaStream | null>;
  watchers: EngineerIdentity[];
  /** Changes whenever the share starts, switches or stops. */
  sharing: object | null;
  ice: RefObject<IceConfig | null>;
}) {
  const { signalling, stream, watchers, sharing, ice } = deps;
  const links = useRef(new Map<string, SideLink>());

  const sync = useCallback(
    (side: SideLink) => {
      const track = sharing ? stream.current?.getVideoTracks()[0] : undefined;
      const sending = side.sent?.getVideoTracks()[0];
      if (track && !side.sent) {
        side.sent = new MediaStream([track]);
        side.link.addStream(side.sent);
      } else if (track && side.sent && sending !== track) {
        side.link.replaceVideoTrack(side.sent, track);
      } else if (!track && side.sent) {
        side.link.removeStream(side.sent);
        side.sent = null;
      }
    },
    [sharing, stream],
  );

  useEffect(() => {
    const client = signalling.current;
    const wanted = new Set(watchers.map((w) => w.id));
    for (const [id, side] of links.current) {
      if (wanted.has(id) && client) continue;
      side.link.destroy();
      links.current.delete(id);
    }
    if (!client) return;
    for (const watcher of watchers) {
      if (links.current.has(watcher.id)) continue;
      const side: SideLink = { link: null as unknown as PeerLink, sent: null };
      side.link = createPeerLink({
        initiator: true,
        signalling: client,
        peer: watcher.id,
        ice: ice.current ?? undefined,
        events: {
          onNegotiated: () => {
            const track = side.sent?.getVideoTracks()[0];
            if (track) void side.link.tunePicture(track, DEFAULT_PICTURE).catch(() => null);
          },
        },
      });
      links.current.set(watcher.id, side);
    }
  }, [signalling, watchers, ice]);

  useEffect(() => {
    for (const side of links.current.values()) sync(side);
  }, [sync, watchers]);

  const closeAll = useCallback(() => {
    for (const side of links.current.values()) side.link.destroy();
    links.current.clear();
  }, []);
  useEffect(() => closeAll, [closeAll]);

  return { closeAll };
}
