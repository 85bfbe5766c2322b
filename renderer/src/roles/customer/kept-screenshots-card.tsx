import { useTranslation } from 'react-i18next';
import { formatTime, isolate } from '../../features/ui/format';
import type { useKeptScreenshots } from './use-kept-screenshots';

/**
 * What the engineer kept of the customer's screen in this session: the customer is told each time,
 * for how long it is kept, may see what was kept, and may delete any of them at once.
 */
export function KeptScreenshotsCard({
  engineerName,
  screenshots,
}: {
  engineerName: string;
  screenshots: ReturnType<typeof useKeptScreenshots>;
}) {
  const { t, i18n } = useTranslation();
  const { kept, deleted, failed, images, toggle, remove } = screenshots;
  if (kept.length === 0 && deleted === 0) return null;
  const latest = kept.at(-1);
  return (
    <section className="card" aria-labelledby="kept-screenshots-heading" data-testid="kept-screenshots">
      <h2 id="kept-screenshots-heading">{t('customer.screenshots.title')}</h2>
      {latest && (
        <p className="muted" role="status" data-testid="screenshot-notice">
          {t('customer.session.screenshot', { name: isolate(engineerName), time: formatTime(latest.takenAt, i18n.language) })}{' '}
          {latest.keptDays !== null && t('customer.session.screenshotKept', { count: latest.keptDays })}
        </p>
      )}
      {kept.length > 0 && (
        <>
          <ul className="people-list">
            {kept.map((shot) => {
              const time = formatTime(shot.takenAt, i18n.language);
              return (
                <li key={shot.screenshotId}>
                  <span className="tabular">{time}</span>{' '}
                  <span className="kept-actions">
                    <button
                      type="button"
                      aria-expanded={images[shot.screenshotId] !== undefined}
                      aria-label={t(images[shot.screenshotId] ? 'customer.screenshots.hideAt' : 'customer.screenshots.showAt', { time })}
                      onClick={() => void toggle(shot.screenshotId)}
                    >
                      {t(images[shot.screenshotId] ? 'customer.screenshots.hide' : 'customer.screenshots.show')}
                    </button>
                    <button
                      type="button"
                      className="danger-outline"
                      aria-label={t('customer.screenshots.deleteAt', { time })}
                      onClick={() => void remove(shot.screenshotId)}
                    >
                      {t('customer.screenshots.delete')}
                    </button>
                  </span>
                  {images[shot.screenshotId] && (
                    <img className="kept-screenshot" src={images[shot.screenshotId]} alt={t('customer.screenshots.alt', { time })} />
                  )}
                </li>
              );
            })}
          </ul>
          <p className="muted small">{t('customer.screenshots.hint')}</p>
        </>
      )}
      {deleted > 0 && (
        <p role="status" data-testid="screenshot-deleted">
          {t('customer.screenshots.deleted')}
        </p>
      )}
      {failed && (
        <p className="error" role="alert">
          {t(failed === 'show' ? 'customer.screenshots.showFailed' : 'customer.screenshots.failed')}
        </p>
      )}
    </section>
  );
}
