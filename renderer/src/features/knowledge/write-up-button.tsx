import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, callApi } from '../api/rest-client';

/**
 * "Write up as article": one click files a draft prefilled from the ticket (problem, findings,
 * resolution, notes; the customer's data removed), then hands its id on to be opened for editing.
 */
export function WriteUpButton({ ticketId, onCreated }: { ticketId: number; onCreated: (articleId: string) => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const writeUp = async () => {
    setBusy(true);
    setError(null);
    try {
      const { article } = await callApi('POST /api/knowledge/articles/from-ticket', { body: { ticketId } });
      onCreated(article.id);
    } catch (err) {
      setError(err instanceof ApiError ? err.code : 'internal');
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" disabled={busy} onClick={() => void writeUp()}>
        {t('knowledge.fromTicket')}
      </button>
      {error && (
        <span className="error" role="alert">
          {t(`errors.${error}`)}
        </span>
      )}
    </>
  );
}
