import { z } from 'zod';
import { EndReason, SessionStatus } from './session';
import { TimelineEvent } from './timeline';

export const TicketStatus = z.enum(['open', 'pending', 'resolved', 'closed']);
export type TicketStatus = z.infer<typeof TicketStatus>;

export const SessionRecord = z.object({
  id: z.string(),
  ticketId: z.number().nullable(),
  customerName: z.string(),
  description: z.string(),
  status: SessionStatus,
  engineerId: z.string().nullable(),
  engineerName: z.string().nullable(),
  createdAt: z.number(),
  claimedAt: z.number().nullable(),
  endedAt: z.number().nullable(),
  endReason: EndReason.nullable(),
  rating: z.number().int().min(1).max(5).nullable(),
  ratingComment: z.string().nullable(),
});
export type SessionRecord = z.infer<typeof SessionRecord>;

export const TicketSummary = z.object({
  id: z.number(),
  subject: z.string(),
  customerName: z.string(),
  status: TicketStatus,
  createdAt: z.number(),
  updatedAt: z.number(),
  sessionCount: z.number(),
});
export type TicketSummary = z.infer<typeof TicketSummary>;

/** The customer's rating at the end of a session, proven by the session's customer token. */
export const RatingRequest = z.object({
  customerToken: z.string().min(16).max(128),
  score: z.number().int().min(1).max(5),
  comment: z.string().trim().max(2000).optional(),
});
export type RatingRequest = z.infer<typeof RatingRequest>;

export const TicketDetail = TicketSummary.extend({
  sessions: z.array(SessionRecord.extend({ timeline: z.array(TimelineEvent) })),
});
export type TicketDetail = z.infer<typeof TicketDetail>;
