import { z } from 'zod';
import { EndReason, SessionStatus } from './session';
import { SessionRecord, TicketPriority, TicketStatus } from './tickets';

/** Filters, sort and page for the sessions list (the session log); the admin console keeps them in its URL. */
export const SessionQuery = z.object({
  /** Text in the session's chat and notes, or its ticket's subject, customer and resolution. */
  q: z.string().trim().max(100).optional(),
  status: SessionStatus.optional(),
  outcome: EndReason.optional(),
  engineer: z.string().uuid().optional(),
  rating: z.coerce.number().int().min(1).max(5).optional(),
  rated: z.stringbool().optional(),
  ticketStatus: TicketStatus.optional(),
  priority: TicketPriority.optional(),
  category: z.string().trim().max(80).optional(),
  slaBreached: z.stringbool().optional(),
  from: z.coerce.number().int().min(0).optional(),
  to: z.coerce.number().int().min(0).optional(),
  sort: z.enum(['created', 'duration', 'rating']).default('created'),
  order: z.enum(['asc', 'desc']).default('desc'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type SessionQuery = z.infer<typeof SessionQuery>;

/** The same filter for an export, without paging, and the format. */
export const SessionExportQuery = SessionQuery.omit({ page: true, pageSize: true }).extend({
  format: z.enum(['csv', 'json']).default('csv'),
});

/** One row of the sessions list: the session and what its ticket says about it. */
export const SessionListItem = SessionRecord.extend({
  durationMs: z.number().nullable(),
  ticketSubject: z.string().nullable(),
  ticketStatus: TicketStatus.nullable(),
  priority: TicketPriority.nullable(),
  category: z.string().nullable(),
  slaBreached: z.boolean(),
});
export type SessionListItem = z.infer<typeof SessionListItem>;
