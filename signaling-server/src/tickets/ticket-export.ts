import type { SessionListItem, TicketSummary } from '../../protocol';
import { isoTime, type CsvColumn } from './export-format';

export type TicketExportRow = TicketSummary & { resolutionSummary: string | null };

export const TICKET_COLUMNS: Array<CsvColumn<TicketExportRow>> = [
  ['id', (t) => t.id],
  ['subject', (t) => t.subject],
  ['customer', (t) => t.customerName],
  ['customer_email', (t) => t.customerEmail],
  ['organisation', (t) => t.customerOrganisation],
  ['status', (t) => t.status],
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

export const SESSION_COLUMNS: Array<CsvColumn<SessionListItem>> = [
  ['id', (s) => s.id],
  ['ticket', (s) => s.ticketId],
  ['subject', (s) => s.ticketSubject ?? s.description],
  ['customer', (s) => s.customerName],
  ['customer_email', (s) => s.customerEmail],
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
