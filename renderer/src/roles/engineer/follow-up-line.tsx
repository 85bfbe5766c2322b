import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketDetail } from '@firstline/protocol';
import { ApiError, callApi } from '../../features/api/rest-client';

type Earlier = { ticket: TicketDetail } | { refused: 'forbidden' | 'not_found' } | null;

/**
 * The earlier request a follow-up names. When this engineer may open that ticket: its subject,
 * status and resolution, the context for picking up where it was left. When not, why only the
 * number shows (someone else's ticket, which an admin can open, or no such ticket).
 */
export function FollowUpLine({ ticketId }: { ticketId: number }) {
  const { t } = useTranslation();
  const [earlier, setEarlier] = useState<Earlier>(null);
  useEffect(() => {
    let current = true;
    callApi('GET /api/tickets/:id', { params: { id: ticketId } })
      .then(({ ticket }) => current && setEarlier({ ticket }))
      .catch((err: unknown) => {
        const code = err instanceof ApiError ? err.code : null;
        // Any other failure leaves the number alone: it is what the customer said either way.
        if (current && (code === 'forbidden' || code === 'not_found')) setEarlier({ refused: code });
      });
    return () => {
      current = false;
    };
  }, [ticketId]);
  return (
    <div className="muted small" data-testid="session-follow-up">
      <p>{t('engineer.followUp', { id: ticketId })}</p>
      {earlier && 'ticket' in earlier && (
        <p data-testid="earlier-ticket">
          <bdi>{earlier.ticket.subject}</bdi> · {t(`ticketStatus.${earlier.ticket.status}`)}
          {earlier.ticket.resolutionSummary && (
            <>
              {' '}
              · <bdi>{earlier.ticket.resolutionSummary}</bdi>
            </>
          )}
        </p>
      )}
      {earlier && 'refused' in earlier && <p>{t(`engineer.followUpRefused.${earlier.refused}`)}</p>}
    </div>
  );
}
