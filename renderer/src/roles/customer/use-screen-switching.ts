import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { ScreenSource } from '@firstline/bridge-contract';
import type { CustomerBridge } from '../../bridge/customer-bridge';
import type { PeerLink } from '../../features/peer/peer-link';
import type { SignallingClient } from '../../features/signalling/signalling-client';

/**
 * Another of the customer's screens, on the same connection: the new capture replaces the video
 * track (no renegotiation). The engineer can only ask; the customer decides, and can switch on
 * their own too. Remote control, if granted, follows to the new screen.
 */
export function useScreenSwitching(deps: {
  bridge: CustomerBridge;
  link: RefObject<PeerLink | null>;
  stream: RefObject<MediaStream | null>;
  signalling: RefObject<SignallingClient | null>;
  sources: ScreenSource[] | null;
  /** The data channel is open: the screens list can be sent. */
  connected: boolean;
  onSwitched: (label: string) => void;
  onControlFollow: () => void;
}) {
  const { bridge, link, stream, signalling, sources, connected, onSwitched, onControlFollow } = deps;
  const [current, setCurrent] = useState<string | null>(null);
  const [asked, setAsked] = useState<ScreenSource | null>(null);
  const screens = sources?.filter((s) => s.kind === 'screen') ?? [];

  /** Which screen is shown now (null: a window, or nothing). */
  const announce = useCallback((currentId: string | null) => setCurrent(currentId), []);

  // The engineer is told which screens there are and which one is shown, once the channel is open
  // and whenever either changes.
  useEffect(() => {
    const list = (sources ?? []).filter((s) => s.kind === 'screen').map((s) => ({ id: s.id, name: s.name.slice(0, 300) }));
    if (connected && current !== null && list.length > 0) link.current?.send({ kind: 'screens', screens: list.slice(0, 16), current });
  }, [connected, current, sources, link]);

  const switchTo = useCallback(
    async (id: string) => {
      const shown = stream.current;
      if (!shown || !link.current || id === current) return false;
      const next = await bridge.captureScreen(id).catch(() => null);
      const track = next?.getVideoTracks()[0];
      if (!track) return false;
      link.current.replaceVideoTrack(shown, track);
      const label = sources?.find((s) => s.id === id)?.name ?? 'monitor';
      onSwitched(label);
      announce(id);
      onControlFollow();
      await signalling.current?.request('share:report', { sharing: true, sourceLabel: label.slice(0, 200), switched: true });
      return true;
    },
    [bridge, link, stream, signalling, sources, current, announce, onSwitched, onControlFollow],
  );

  /** The engineer asked to see another screen. */
  const onRequest = useCallback((id: string) => setAsked(sources?.find((s) => s.id === id && s.kind === 'screen') ?? null), [sources]);

  const respond = useCallback(
    async (yes: boolean) => {
      const target = asked;
      setAsked(null);
      if (yes && target) await switchTo(target.id);
    },
    [asked, switchTo],
  );

  return { screens, current, asked, announce, switchTo, onRequest, respond };
}
