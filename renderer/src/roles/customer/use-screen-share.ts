import { useCallback, type Dispatch, type RefObject, type SetStateAction } from 'react';
import type { ErrorCode } from '@firstline/protocol';
import type { ScreenSource } from '@firstline/bridge-contract';
import type { CustomerBridge } from '../../bridge/customer-bridge';
import type { PeerLink } from '../../features/peer/peer-link';
import { markTiming } from '../../features/peer/timing-marks';
import type { SignallingClient } from '../../features/signalling/signalling-client';
import { describeSurface } from './describe-surface';

/** Starting and stopping the share: capture, the track on the link (as screen content), and the record. */
export function useScreenShare(deps: {
  bridge: CustomerBridge;
  link: RefObject<PeerLink | null>;
  signalling: RefObject<SignallingClient | null>;
  stream: RefObject<MediaStream | null>;
  sources: ScreenSource[] | null;
  setSharing: Dispatch<SetStateAction<{ label: string } | null>>;
  setError: Dispatch<SetStateAction<ErrorCode | 'capture_failed' | null>>;
  shown: (sourceId: string | null) => void;
  applyPicture: () => Promise<void>;
}) {
  const { bridge, link, signalling, stream, sources, setSharing, setError, shown, applyPicture } = deps;

  const stopSharing = useCallback(async () => {
    const current = stream.current;
    if (!current) return;
    stream.current = null;
    link.current?.removeStream(current);
    current.getTracks().forEach((track) => track.stop());
    setSharing(null);
    await signalling.current?.request('share:report', { sharing: false });
  }, [link, signalling, stream, setSharing]);

  const share = useCallback(
    async (sourceId?: string) => {
      setError(null);
      let captured: MediaStream;
      try {
        captured = await bridge.captureScreen(sourceId);
      } catch {
        return setError('capture_failed');
      }
      markTiming('screen-track-ready');
      const track = captured.getVideoTracks()[0];
      stream.current = captured;
      link.current?.addStream(captured);
      void applyPicture();
      track?.addEventListener('ended', () => void stopSharing());
      // Desktop: the name the customer picked. Browser: what kind of surface the browser granted.
      const picked = sourceId ? sources?.find((s) => s.id === sourceId)?.name : undefined;
      const label = picked ?? describeSurface(track);
      setSharing({ label });
      shown(sourceId ?? null);
      await signalling.current?.request('share:report', { sharing: true, sourceLabel: label.slice(0, 200) });
    },
    [bridge, sources, stopSharing, shown, applyPicture, link, signalling, stream, setSharing, setError],
  );

  return { share, stopSharing };
}
