import { useTranslation } from 'react-i18next';
import { screenshotPath } from '@firstline/protocol';
import { formatTime, isolate } from '../../features/ui/format';
import type { SessionScreenshots } from './use-session-screenshots';

/**
 * Screenshots of the customer's screen kept with the ticket: the frame on the engineer's screen at
 * full resolution, one click, listed here as they are taken; the server tells the customer each
 * time, and one the customer deletes leaves the list.
 */
export function ScreenshotsCard({
  sessionId,
  screenshots,
  canTake,
  customerName,
}: {
  sessionId: string;
  screenshots: SessionScreenshots;
  canTake: boolean;
  customerName: string;
}) {
  const { t, i18n } = useTranslation();
  const { shots, error, takenCount, deletedCount } = screenshots;

  return (
    <section className="card screenshots-card" aria-labelledby="screenshots-heading">
      <h2 id="screenshots-heading">{t('screenshots.title')}</h2>
      <p className="muted small">{t('screenshots.hint')}</p>
      <TakeScreenshotButton screenshots={screenshots} canTake={canTake} />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {takenCount > 0 ? t('screenshots.kept', { count: takenCount }) : ''}
      </p>
      {deletedCount > 0 && (
        <p className="muted" role="status" data-testid="screenshot-deleted-notice">
          {t('screenshots.deletedByCustomer', { name: isolate(customerName), count: deletedCount })}
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

/** Take screenshot, wherever it is offered (under the picture, over it in full screen): one list behind both. */
export function TakeScreenshotButton({ screenshots, canTake }: { screenshots: SessionScreenshots; canTake: boolean }) {
  const { t } = useTranslation();
  return (
    <button type="button" onClick={() => void screenshots.take()} disabled={!canTake || screenshots.busy}>
      {screenshots.busy ? t('screenshots.taking') : t('screenshots.take')}
    </button>
  );
}
