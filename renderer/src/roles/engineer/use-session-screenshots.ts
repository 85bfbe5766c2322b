import { useCallback, useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScreenshotInfo } from '@firstline/protocol';
import { apiErrorText, callApi } from '../../features/api/rest-client';
import { useApiData } from '../../features/api/use-api-data';
import { framePng } from '../../features/screenshots/frame-png';
import type { SignallingClient } from '../../features/signalling/signalling-client';

export interface SessionScreenshots {
  /** Kept and not deleted: those taken before a reload, then those taken since. */
  shots: ScreenshotInfo[];
  /** How many this page has taken, and how many the customer has deleted. */
  takenCount: number;
  deletedCount: number;
  busy: boolean;
  error: string | null;
  /** Keeps the frame on the engineer's screen, at the size it arrived. */
  take: () => Promise<void>;
}

/**
 * The session's screenshots, one list for every place the engineer takes them from (the card under
 * the picture, the bar over it in full screen): the frame as it arrived, lossless, kept with the
 * ticket; the customer may delete one, and the server says so.
 */
export function useSessionScreenshots(
  sessionId: string,
  video: RefObject<HTMLVideoElement | null>,
  signalling: RefObject<SignallingClient | null>,
): SessionScreenshots {
  const { t } = useTranslation();
  const earlier = useApiData('GET /api/sessions/:id/screenshots', { params: { id: sessionId } });
  const [taken, setTaken] = useState<ScreenshotInfo[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<string[]>([]);
  const known = new Set(taken.map((s) => s.id));
  const shots = [...(earlier.data?.screenshots ?? []).filter((s) => !known.has(s.id)), ...taken].filter((s) => !deleted.includes(s.id));

  useEffect(
    () => signalling.current?.on('screenshot:deleted', ({ screenshotId }) => setDeleted((ids) => [...ids, screenshotId])),
    [signalling],
  );

  const take = useCallback(async () => {
    setError(null);
    // Before the first frame has arrived there is nothing to keep.
    if (!video.current?.videoWidth) return setError(t('screenshots.noPicture'));
    setBusy(true);
    try {
      const png = await framePng(video.current);
      const { screenshot } = await callApi('POST /api/sessions/:id/screenshots', { params: { id: sessionId }, body: { png } });
      setTaken((list) => [...list, screenshot]);
    } catch (err) {
      setError(apiErrorText(err, t));
    } finally {
      setBusy(false);
    }
  }, [sessionId, t, video]);

  return { shots, takenCount: taken.length, deletedCount: deleted.length, busy, error, take };
}
