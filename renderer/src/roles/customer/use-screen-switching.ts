import { useCallback, useEffect, useMemo, useState, type RefObject } from 'react';
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
  const screens = useMemo(() => sources?.filter((s) => s.kind === 'screen') ?? [], [sources]);

  // The engineer is told which screens there are and which one is shown, once the channel is open
  // and whenever either changes.
  useEffect(() => {
    const list = screens.slice(0, 16).map((s) => ({ id: s.id, name: s.name.slice(0, 300) }));
    if (connected && current !== null && list.length > 0) link.current?.send({ kind: 'screens', screens: list, current });
  }, [connected, current, screens, link]);

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
      setCurrent(id);
      onControlFollow();
      await signalling.current?.request('share:report', { sharing: true, sourceLabel: label.slice(0, 200), switched: true });
      return true;
    },
    [bridge, link, stream, signalling, sources, current, onSwitched, onControlFollow],
  );

  /** The engineer asked to see another screen. */
  const onRequest = useCallback((id: string) => setAsked(screens.find((s) => s.id === id) ?? null), [screens]);

  const respond = useCallback(
    async (yes: boolean) => {
      const target = asked;
      setAsked(null);
      if (yes && target) await switchTo(target.id);
    },
    [asked, switchTo],
  );

  /** `shown(id)`: which screen the share shows now (null: a window, or nothing). */
  return { screens, current, asked, shown: setCurrent, switchTo, onRequest, respond };
}
