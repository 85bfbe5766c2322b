import type { TicketSummary } from '../../protocol';
import { isoTime, type CsvColumn } from '../http/export-format';

export type TicketExportRow = TicketSummary & { resolutionSummary: string | null };

/** The tickets export's CSV columns. */
export const TICKET_COLUMNS: Array<CsvColumn<TicketExportRow>> = [
  ['id', (t) => t.id],
  ['subject', (t) => t.subject],
  ['customer', (t) => t.customerName],
  ['customer_email', (t) => t.customerEmail],
  ['organisation', (t) => t.customerOrganisation],
  ['status', (t) => t.status],
  ['outcome', (t) => t.outcome],
  ['priority', (t) => t.priority],
  ['category', (t) => t.category],
  ['assignee', (t) => t.assigneeName],
  ['tags', (t) => t.tags.join(' ')],
  ['sessions', (t) => t.sessionCount],
  ['created', (t) => isoTime(t.createdAt)],
  ['updated', (t) => isoTime(t.updatedAt)],
  ['resolved', (t) => isoTime(t.resolvedAt)],
  ['resolution', (t) => t.resolutionSummary],
];
