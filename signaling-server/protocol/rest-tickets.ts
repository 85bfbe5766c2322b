import { z } from 'zod';
import { Report } from './reports';
import { NumericIdParams, OkResponse, okWith, UuidParams, type RestRoute } from './rest-route';
import { SessionExportQuery, SessionListItem, SessionQuery } from './session-list';
import {
  EscalateRequest,
  LinkRequest,
  NoteRequest,
  RatingRequest,
  SessionRecord,
  TicketDetail,
  TicketExportQuery,
  TicketQuery,
  TicketSummary,
  TicketUpdate,
} from './tickets';
import { TimelineEvent } from './timeline';

export const TicketSearchQuery = z.object({ q: z.string().trim().min(2).max(100) });
export const ReportQuery = z.object({ from: z.coerce.number().int().min(0).optional(), to: z.coerce.number().int().min(0).optional() });

/** One page of a list, and how many match in all. */
const pageOf = <S extends z.ZodRawShape>(shape: S) => okWith({ ...shape, total: z.number(), page: z.number(), pageSize: z.number() });

export const TicketPage = pageOf({ tickets: z.array(TicketSummary), totalCapped: z.boolean() });
export type TicketPage = z.infer<typeof TicketPage>;
export const SessionPage = pageOf({ sessions: z.array(SessionListItem) });
export type SessionPage = z.infer<typeof SessionPage>;
export const SessionWithTimeline = SessionRecord.extend({ timeline: z.array(TimelineEvent) });
export type SessionWithTimeline = z.infer<typeof SessionWithTimeline>;

/** Tickets: engineers see and work the ones they handled or were given; admins all. */
export const ticketRoutes = {
  'GET /api/tickets': {
    summary: 'Tickets: filter, search, sort, page (engineers: their own)',
    access: 'engineer',
    query: TicketQuery,
    response: TicketPage,
  },
  'GET /api/tickets/export': {
    summary: 'Export the filter as CSV or JSON, streamed',
    access: 'engineer',
    query: TicketExportQuery,
    response: 'download',
  },
  'GET /api/tickets/search': {
    summary: 'Find tickets by subject, customer, resolution, notes or chat (engineers: their own)',
    access: 'engineer',
    query: TicketSearchQuery,
    response: okWith({ tickets: z.array(TicketSummary) }),
  },
  'GET /api/tickets/:id': {
    summary: 'A ticket with its sessions and their timelines',
    access: 'engineer',
    params: NumericIdParams,
    response: okWith({ ticket: TicketDetail }),
  },
  'PATCH /api/tickets/:id': {
    summary: 'Change status, priority, category, resolution, customer details, tags',
    access: 'engineer',
    params: NumericIdParams,
    body: TicketUpdate,
    response: OkResponse,
  },
  'POST /api/tickets/:id/escalate': {
    summary: 'Assign to a colleague, with a reason',
    access: 'engineer',
    params: NumericIdParams,
    body: EscalateRequest,
    response: OkResponse,
  },
} as const satisfies Record<string, RestRoute>;

/** The session log, work on a session after it, and the customer's rating. */
export const sessionRoutes = {
  'GET /api/sessions': {
    summary: 'The session log: filter, search, sort, page (engineers: the sessions they took)',
    access: 'engineer',
    query: SessionQuery,
    response: SessionPage,
  },
  'GET /api/sessions/export': {
    summary: 'Export the session log filter as CSV or JSON, streamed',
    access: 'engineer',
    query: SessionExportQuery,
    response: 'download',
  },
  'GET /api/sessions/:id': {
    summary: 'A session with its timeline: events, chat, diagnostics, notes, rating',
    access: 'engineer',
    params: UuidParams,
    response: okWith({ session: SessionWithTimeline }),
  },
  'POST /api/sessions/:id/notes': {
    summary: 'Add a note to a session',
    access: 'engineer',
    params: UuidParams,
    body: NoteRequest,
    response: OkResponse,
  },
  'POST /api/sessions/:id/link': {
    summary: 'File a session under an existing ticket',
    access: 'engineer',
    params: UuidParams,
    body: LinkRequest,
    response: okWith({ ticketId: z.number() }),
  },
  'POST /api/sessions/rating': {
    summary: "The customer's rating, proven by the session token",
    access: 'anonymous',
    body: RatingRequest,
    response: OkResponse,
    cors: true,
  },
} as const satisfies Record<string, RestRoute>;

export const reportRoutes = {
  'GET /api/reports': {
    summary: 'Figures for a period (default: the last 30 days)',
    access: 'admin',
    query: ReportQuery,
    response: okWith({ from: z.number(), to: z.number(), report: Report }),
  },
} as const satisfies Record<string, RestRoute>;
