import { useCallback, useRef, type RefObject } from 'react';
import { DEFAULT_PICTURE, type PictureChoice } from '@firstline/protocol';
import type { PeerLink } from '../../features/peer/peer-link';

/**
 * The customer's side of picture quality: the shared track is sent as screen content, at the
 * engineer's choice (Best quality, Balanced, Fastest; a resolution cap). Applied with
 * setParameters when sharing starts, after each negotiation, after a screen switch and when the
 * engineer changes the choice; what the sender took is read back and sent to the engineer.
 */
export function usePictureSender({ link, stream }: { link: RefObject<PeerLink | null>; stream: RefObject<MediaStream | null> }) {
  const choice = useRef<PictureChoice>(DEFAULT_PICTURE);

  const apply = useCallback(async () => {
    const track = stream.current?.getVideoTracks()[0];
    const current = link.current;
    if (!track || !current) return;
    const applied = await current.tunePicture(track, choice.current).catch(() => null);
    if (applied) current.send({ kind: 'picture-applied', applied });
  }, [link, stream]);

  const choose = useCallback(
    (next: PictureChoice) => {
      choice.current = next;
      void apply();
    },
    [apply],
  );

  const reset = useCallback(() => {
    choice.current = DEFAULT_PICTURE;
  }, []);

  return { apply, choose, reset };
}
