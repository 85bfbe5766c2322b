import { useEffect, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { screenshotPath, type ScreenshotInfo } from '@firstline/protocol';
import { apiErrorText, callApi } from '../../features/api/rest-client';
import { useApiData } from '../../features/api/use-api-data';
import { framePng } from '../../features/screenshots/frame-png';
import type { SignallingClient } from '../../features/signalling/signalling-client';
import { formatTime, isolate } from '../../features/ui/format';

/**
 * Screenshots of the customer's screen kept with the ticket: the frame on the engineer's screen at
 * full resolution, one click, listed here as they are taken; the server tells the customer each
 * time, and one the customer deletes leaves the list.
 */
export function ScreenshotsCard({
  sessionId,
  video,
  canTake,
  signalling,
  customerName,
}: {
  sessionId: string;
  video: RefObject<HTMLVideoElement | null>;
  canTake: boolean;
  signalling: RefObject<SignallingClient | null>;
  customerName: string;
}) {
  const { t, i18n } = useTranslation();
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

  const take = async () => {
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
  };

  return (
    <section className="card screenshots-card" aria-labelledby="screenshots-heading">
      <h2 id="screenshots-heading">{t('screenshots.title')}</h2>
      <p className="muted small">{t('screenshots.hint')}</p>
      <button type="button" onClick={() => void take()} disabled={!canTake || busy}>
        {busy ? t('screenshots.taking') : t('screenshots.take')}
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {taken.length > 0 ? t('screenshots.kept', { count: taken.length }) : ''}
      </p>
      {deleted.length > 0 && (
        <p className="muted" role="status" data-testid="screenshot-deleted-notice">
          {t('screenshots.deletedByCustomer', { name: isolate(customerName), count: deleted.length })}
        </p>
      )}
      {shots.length > 0 && (
        <ul className="screenshot-list" data-testid="screenshots">
          {shots.map((shot) => (
            <li key={shot.id}>
              <a href={screenshotPath(sessionId, shot.id)} target="_blank" rel="noopener noreferrer" title={t('screenshots.open')}>
                <img
                  src={screenshotPath(sessionId, shot.id)}
                  alt={t('screenshots.alt', { time: formatTime(shot.takenAt, i18n.language), width: shot.width, height: shot.height })}
                  loading="lazy"
                />
              </a>
              <span className="muted small tabular">
                {formatTime(shot.takenAt, i18n.language)} · {shot.width}×{shot.height}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
