import { useTranslation } from 'react-i18next';
import type { TicketSummary } from '@firstline/protocol';
import { formatDateTime } from '../../features/ui/format';

/** Outside the SLA (a request that ended without help), met, breached, or due when: the resolution target first, the first-response one if that was missed. */
export function SlaBadge({ ticket }: { ticket: TicketSummary }) {
  const { t, i18n } = useTranslation();
  const sla = ticket.sla;
  if (ticket.outcome) return <span className="muted small">{t('admin.sla.outside')}</span>;
  if (!sla) return null;
  if (sla.firstResponseBreached || sla.resolutionBreached) {
    return (
      <span className="badge sla-breached">
        {t(sla.firstResponseBreached ? 'admin.sla.responseBreached' : 'admin.sla.resolutionBreached')}
      </span>
    );
  }
  if (ticket.resolvedAt !== null) return <span className="badge resolved">{t('admin.sla.met')}</span>;
  return <span className="badge">{t('admin.sla.due', { time: formatDateTime(sla.resolutionDueAt, i18n.language) })}</span>;
}
