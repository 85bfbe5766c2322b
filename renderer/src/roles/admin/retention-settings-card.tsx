import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RETENTION_MAX_DAYS, type RetentionChange, type RetentionSettings } from '@firstline/protocol';
import { apiErrorText, callApi } from '../../features/api/rest-client';
import { useApiData } from '../../features/api/use-api-data';
import { formatDateTime, isolate } from '../../features/ui/format';

const DEFAULT_DAYS = 30;

/** Saving this setting deletes screenshots now: turning deletion on, or shortening the period. */
const deletesNow = (saved: RetentionSettings, next: RetentionSettings) =>
  next.screenshotDays !== null && (saved.screenshotDays === null || next.screenshotDays < saved.screenshotDays);

/**
 * How long screenshots of customers' screens are kept: until an admin deletes one, or a number of
 * days. A change that deletes some at once is said first and confirmed.
 */
export function RetentionSettingsCard() {
  const { t, i18n } = useTranslation();
  const { data } = useApiData('GET /api/settings/retention');
  const [saved, setSaved] = useState<RetentionSettings | null>(null);
  const [changed, setChanged] = useState<RetentionChange | null>(null);
  const [expires, setExpires] = useState(false);
  const [days, setDays] = useState(String(DEFAULT_DAYS));
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<{ kind: 'notice' | 'error'; text: string } | null>(null);

  const show = (settings: RetentionSettings, lastChange: RetentionChange | null) => {
    setSaved(settings);
    setChanged(lastChange);
    setExpires(settings.screenshotDays !== null);
    if (settings.screenshotDays !== null) setDays(String(settings.screenshotDays));
  };
  useEffect(() => {
    if (data) show(data.settings, data.changed);
  }, [data]);

  const next: RetentionSettings = { screenshotDays: expires ? Number(days) : null };

  async function save() {
    setConfirming(false);
    try {
      const answer = await callApi('PUT /api/settings/retention', { body: next });
      show(answer.settings, answer.changed);
      setStatus({
        kind: 'notice',
        text: answer.removed === 0 ? t('admin.retention.saved') : t('admin.retention.savedRemoved', { count: answer.removed }),
      });
    } catch (err) {
      setStatus({ kind: 'error', text: apiErrorText(err, t) });
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setStatus(null);
    if (saved && deletesNow(saved, next)) setConfirming(true);
    else void save();
  }

  return (
    <section className="card" aria-labelledby="retention-heading">
      <h2 id="retention-heading">{t('admin.retention.title')}</h2>
      <p className="muted">{t('admin.retention.explain')}</p>
      {changed && (
        <p className="muted small" data-testid="retention-changed">
          {t('admin.retention.changed', { name: isolate(changed.by), date: formatDateTime(changed.at, i18n.language) })}
        </p>
      )}
      <form onSubmit={submit} data-testid="retention-form">
        <fieldset className="checklist" disabled={!saved}>
          <legend className="visually-hidden">{t('admin.retention.title')}</legend>
          <label>
            <input type="radio" name="retention" checked={!expires} onChange={() => setExpires(false)} />
            {t('admin.retention.keep')}
          </label>
          <label>
            <input type="radio" name="retention" checked={expires} onChange={() => setExpires(true)} />
            {t('admin.retention.expire')}
          </label>
          {expires && (
            <label className="retention-days">
              {t('admin.retention.days')}
              <input
                type="number"
                inputMode="numeric"
                min={1}
                max={RETENTION_MAX_DAYS}
                step={1}
                required
                value={days}
                onChange={(e) => {
                  setDays(e.target.value);
                  setConfirming(false);
                }}
              />
            </label>
          )}
        </fieldset>
        {confirming ? (
          <div className="actions" role="alert">
            <p>{t('admin.retention.confirm', { count: Number(days) })}</p>
            <button type="button" className="danger" onClick={() => void save()}>
              {t('admin.retention.confirmDelete')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('admin.retention.cancel')}
            </button>
          </div>
        ) : (
          <div className="actions">
            <button type="submit" disabled={!saved}>
              {t('admin.retention.save')}
            </button>
          </div>
        )}
        {status && (
          <p className={status.kind} role={status.kind === 'error' ? 'alert' : 'status'}>
            {status.text}
          </p>
        )}
      </form>
    </section>
  );
}
