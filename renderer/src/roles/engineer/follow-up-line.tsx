import { useTranslation } from 'react-i18next';
import { useApiData } from '../../features/api/use-api-data';

/**
 * The earlier request a follow-up names. When this engineer may open that ticket: its subject,
 * status and resolution, the context for picking up where it was left. When not, why only the
 * number shows (someone else's ticket, which an admin can open, or no such ticket).
 */
export function FollowUpLine({ ticketId }: { ticketId: number }) {
  const { t } = useTranslation();
  const { data, error } = useApiData('GET /api/tickets/:id', { params: { id: ticketId } });
  const ticket = data?.ticket;
  // Any other failure leaves the number alone: it is what the customer said either way.
  const refused = error === 'forbidden' || error === 'not_found' ? error : null;
  return (
    <div className="muted small" data-testid="session-follow-up">
      <p>{t('engineer.followUp', { id: ticketId })}</p>
      {ticket && (
        <p data-testid="earlier-ticket">
          <bdi>{ticket.subject}</bdi> · {t(`ticketStatus.${ticket.status}`)}
          {ticket.resolutionSummary && (
            <>
              {' '}
              · <bdi>{ticket.resolutionSummary}</bdi>
            </>
          )}
        </p>
      )}
      {refused && <p>{t(`engineer.followUpRefused.${refused}`)}</p>}
    </div>
  );
}
