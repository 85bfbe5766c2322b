import { useTranslation } from 'react-i18next';
import type { TicketSummary } from '@firstline/protocol';

/** The ticket's status badge, and how the request ended when it ended without help. */
export function TicketStatusBadge({ ticket }: { ticket: Pick<TicketSummary, 'status' | 'outcome'> }) {
  const { t } = useTranslation();
  return (
    <>
      <span className={`badge ${ticket.status}`}>{t(`ticketStatus.${ticket.status}`)}</span>
      {ticket.outcome && (
        <span className="muted small outcome" data-testid="ticket-outcome">
          {' '}
          {t(`ticketOutcome.${ticket.outcome}`)}
        </span>
      )}
    </>
  );
}
