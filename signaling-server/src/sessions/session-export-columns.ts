import type { SessionListItem } from '../../protocol';
import { isoTime, type CsvColumn } from '../http/export-format';

/** The session log export's CSV columns. */
export const SESSION_COLUMNS: Array<CsvColumn<SessionListItem>> = [
  ['id', (s) => s.id],
  ['ticket', (s) => s.ticketId],
  ['subject', (s) => s.ticketSubject ?? s.description],
  ['customer', (s) => s.customerName],
  ['customer_email', (s) => s.customerEmail],
  ['customer_language', (s) => s.customerLanguage],
  ['earlier_reference', (s) => s.earlierTicketId],
  ['engineer', (s) => s.engineerName],
  ['status', (s) => s.status],
  ['outcome', (s) => s.endReason],
  ['started', (s) => isoTime(s.createdAt)],
  ['answered', (s) => isoTime(s.claimedAt)],
  ['ended', (s) => isoTime(s.endedAt)],
  ['duration_s', (s) => (s.durationMs === null ? null : Math.round(s.durationMs / 1000))],
  ['rating', (s) => s.rating],
  ['rating_comment', (s) => s.ratingComment],
  ['priority', (s) => s.priority],
  ['category', (s) => s.category],
  ['sla_breached', (s) => (s.ticketId === null ? null : String(s.slaBreached))],
];
