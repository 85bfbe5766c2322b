import { z } from 'zod';
import { patchOf } from './patch';
import { EndReason, SessionStatus } from './session';
import { ProductLanguage } from './languages';
import { TimelineEvent } from './timeline';

export const TicketStatus = z.enum(['open', 'pending', 'resolved', 'closed']);
export type TicketStatus = z.infer<typeof TicketStatus>;
export const TicketPriority = z.enum(['low', 'normal', 'high', 'urgent']);
/**
 * How a request that never got help ended. Its ticket is filed closed with this outcome, outside
 * the SLA and out of the open-work views unless asked for.
 */
export const TicketOutcome = z.enum(['cancelled', 'declined', 'expired', 'no_engineer', 'abandoned']);
export type TicketOutcome = z.infer<typeof TicketOutcome>;
export type TicketPriority = z.infer<typeof TicketPriority>;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Service-level targets by priority: time to first response (an engineer takes it) and to resolution. */
export const SLA_TARGETS: Record<TicketPriority, { firstResponseMs: number; resolutionMs: number }> = {
  urgent: { firstResponseMs: 15 * MINUTE, resolutionMs: 4 * HOUR },
  high: { firstResponseMs: 1 * HOUR, resolutionMs: 8 * HOUR },
  normal: { firstResponseMs: 4 * HOUR, resolutionMs: 24 * HOUR },
  low: { firstResponseMs: 8 * HOUR, resolutionMs: 72 * HOUR },
};

export const SessionRecord = z.object({
  id: z.string(),
  ticketId: z.number().nullable(),
  customerName: z.string(),
  customerEmail: z.string().nullable(),
  /** The language the customer's screens were in. */
  customerLanguage: ProductLanguage.nullable(),
  description: z.string(),
  /** The reference of an earlier request the customer said this one follows up. */
  earlierTicketId: z.number().nullable(),
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
  /** Set when the request ended without help (the ticket is then closed and outside the SLA). */
  outcome: TicketOutcome.nullable(),
  priority: TicketPriority,
  category: z.string().nullable(),
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  createdAt: z.number(),
  updatedAt: z.number(),
  sessionCount: z.number(),
  /** When an engineer first took one of its sessions. */
  firstResponseAt: z.number().nullable(),
  resolvedAt: z.number().nullable(),
  customerEmail: z.string().nullable(),
  customerOrganisation: z.string().nullable(),
  tags: z.array(z.string()),
  sla: z
    .object({
      firstResponseDueAt: z.number(),
      resolutionDueAt: z.number(),
      firstResponseBreached: z.boolean(),
      resolutionBreached: z.boolean(),
    })
    .optional(),
});
export type TicketSummary = z.infer<typeof TicketSummary>;

/** The customer's rating at the end of a session, proven by the session's customer token. */
export const RatingRequest = z.object({
  customerToken: z.string().min(16).max(128),
  score: z.number().int().min(1).max(5),
  comment: z.string().trim().max(2000).optional(),
});
export type RatingRequest = z.infer<typeof RatingRequest>;

/** A tag: short, lower-case, letters (any script), digits and - _ . only. */
export const Tag = z
  .string()
  .trim()
  .toLowerCase()
  .min(1)
  .max(40)
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u, 'Tags are letters, digits and - _ .');

/**
 * Commas as each of our languages types them: ASCII, the full-width and ideographic commas of
 * Chinese input methods, and the Arabic comma. A tag list typed in any of them splits the same way.
 */
const TAG_SEPARATORS = /[,\uFF0C\u3001\u060C\uFE50\uFF64]/;

/**
 * What people type in a tags field, as tags: split at any script's comma, spaces inside a tag
 * joined with hyphens ("paper jam" → "paper-jam"), lower-case, each once, in the order typed.
 */
export function splitTags(text: string): string[] {
  const tags = text
    .split(TAG_SEPARATORS)
    .map((tag) => tag.trim().replace(/\s+/gu, '-').toLowerCase())
    .filter(Boolean);
  return [...new Set(tags)];
}

/** What an engineer may change on a ticket during or after a session. */
export const TicketUpdate = patchOf({
  status: TicketStatus,
  priority: TicketPriority,
  category: z.string().trim().min(1).max(80).nullable(),
  resolutionSummary: z.string().trim().max(4000).nullable(),
  customerEmail: z.email().max(254).nullable(),
  customerOrganisation: z.string().trim().min(1).max(120).nullable(),
  /** The ticket's whole tag set (replaces the old one). */
  tags: z
    .array(Tag)
    .max(20)
    .transform((tags) => [...new Set(tags)]),
});
export type TicketUpdate = z.infer<typeof TicketUpdate>;

export const NoteRequest = z.object({ text: z.string().trim().min(1).max(4000) });
export const LinkRequest = z.object({ ticketId: z.number().int().positive() });
export const EscalateRequest = z.object({ assigneeId: z.string().uuid(), reason: z.string().trim().min(1).max(1000) });

/** Filters, sort and page for the tickets list; the admin console keeps them in its URL. */
export const TicketQuery = z.object({
  q: z.string().trim().max(100).optional(),
  status: TicketStatus.optional(),
  priority: TicketPriority.optional(),
  category: z.string().trim().max(80).optional(),
  assignee: z.string().uuid().optional(),
  /** Tickets this engineer was assigned or worked a session of. */
  engineer: z.string().uuid().optional(),
  tag: Tag.optional(),
  /** Tickets with a session rated exactly this. */
  rating: z.coerce.number().int().min(1).max(5).optional(),
  slaBreached: z.stringbool().optional(),
  /** 'none' (the default): requests that got help or still need it; 'any': all; or one outcome. */
  outcome: z.union([TicketOutcome, z.enum(['none', 'any'])]).default('none'),
  from: z.coerce.number().int().min(0).optional(),
  to: z.coerce.number().int().min(0).optional(),
  sort: z.enum(['updated', 'created', 'priority']).default('updated'),
  order: z.enum(['asc', 'desc']).default('desc'),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type TicketQuery = z.infer<typeof TicketQuery>;

/** The same filter for an export, without paging, and the format. */
export const TicketExportQuery = TicketQuery.omit({ page: true, pageSize: true }).extend({
  format: z.enum(['csv', 'json']).default('csv'),
});

export const TicketDetail = TicketSummary.extend({
  resolutionSummary: z.string().nullable(),
  sessions: z.array(SessionRecord.extend({ timeline: z.array(TimelineEvent) })),
});
export type TicketDetail = z.infer<typeof TicketDetail>;
