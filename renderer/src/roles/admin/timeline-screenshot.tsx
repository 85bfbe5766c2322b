import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { screenshotPath } from '@firstline/protocol';
import { apiErrorText, callApi } from '../../features/api/rest-client';

/** What a timeline may do with the screenshots it shows: delete them (admins), then reload. */
export interface ScreenshotActions {
  canDelete: boolean;
  onDeleted: () => void;
}

/**
 * A screenshot on the timeline: a preview that opens the full picture; an admin deletes it for good
 * in two steps (a screenshot can hold what should not be kept, a password shown on screen).
 */
export function TimelineScreenshot({
  sessionId,
  screenshotId,
  actions,
}: {
  sessionId: string;
  screenshotId: string;
  actions?: ScreenshotActions;
}) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const path = screenshotPath(sessionId, screenshotId);
  const remove = async () => {
    try {
      await callApi('DELETE /api/sessions/:id/screenshots/:shotId', { params: { id: sessionId, shotId: screenshotId } });
      actions?.onDeleted();
    } catch (err) {
      setError(apiErrorText(err, t));
    }
  };
  return (
    <div className="timeline-screenshot">
      <a href={path} target="_blank" rel="noopener noreferrer">
        <img src={path} alt={t('screenshots.open')} loading="lazy" />
      </a>
      {actions?.canDelete && !confirming && (
        <button type="button" className="link" onClick={() => setConfirming(true)}>
          {t('screenshots.delete')}
        </button>
      )}
      {confirming && (
        <span className="actions">
          <button type="button" className="danger" onClick={() => void remove()}>
            {t('screenshots.deleteForGood')}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t('screenshots.keep')}
          </button>
        </span>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
