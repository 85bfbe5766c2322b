import type { TimelineEvent } from './timeline';
import { z } from 'zod';
import { patchOf } from './patch';

/**
 * What a webhook can subscribe to. Session and ticket events of the timeline, and ticket.created;
 * never chat, screen or diagnostics contents, which stay inside Firstline.
 */
export const WEBHOOK_EVENTS = [
  'session.created',
  'session.claimed',
  'session.ended',
  'ticket.created',
  'ticket.updated',
  'ticket.escalated',
  'session.linked',
  'note.added',
  'rating.given',
] as const;
export const WebhookEventType = z.enum(WEBHOOK_EVENTS);
export type WebhookEventType = z.infer<typeof WebhookEventType>;

const WebhookUrl = z.url({ protocol: /^https?$/, error: 'A webhook URL is http:// or https://' }).max(2000);

export const CreateWebhookRequest = z.object({
  url: WebhookUrl,
  events: z
    .array(WebhookEventType)
    .min(1)
    .transform((events) => [...new Set(events)]),
});
export type CreateWebhookRequest = z.infer<typeof CreateWebhookRequest>;

export const UpdateWebhookRequest = patchOf({ url: WebhookUrl, events: z.array(WebhookEventType).min(1), active: z.boolean() });
export type UpdateWebhookRequest = z.infer<typeof UpdateWebhookRequest>;

export const WebhookEndpoint = z.object({
  id: z.string(),
  url: z.string(),
  events: z.array(WebhookEventType),
  active: z.boolean(),
  createdAt: z.number(),
  /** The last four characters of the signing secret (the whole secret is shown once, at creation). */
  secretHint: z.string(),
});
export type WebhookEndpoint = z.infer<typeof WebhookEndpoint>;

export const DeliveryStatus = z.enum(['pending', 'delivered', 'failed']);
export type DeliveryStatus = z.infer<typeof DeliveryStatus>;

export const WebhookDelivery = z.object({
  id: z.string(),
  endpointId: z.string(),
  url: z.string(),
  eventType: z.string(),
  status: DeliveryStatus,
  attempts: z.number(),
  nextAttemptAt: z.number(),
  lastStatus: z.number().nullable(),
  lastError: z.string().nullable(),
  createdAt: z.number(),
  deliveredAt: z.number().nullable(),
  /** The body as sent. */
  payload: z.record(z.string(), z.unknown()),
});
export type WebhookDelivery = z.infer<typeof WebhookDelivery>;

export const DeliveryQuery = z.object({
  endpoint: z.string().uuid().optional(),
  status: DeliveryStatus.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type DeliveryQuery = z.infer<typeof DeliveryQuery>;

/** The body Firstline POSTs: `id` is the same for every endpoint and every retry, for de-duplication. */
export interface WebhookBody {
  id: string;
  type: WebhookEventType | 'ping';
  createdAt: number;
  data: Record<string, unknown>;
}

/** The webhook body for a timeline event, or null for events webhooks never carry (chat, screen, diagnostics). */
export function webhookBodyFor(event: TimelineEvent, ticketId: number | null): WebhookBody | null {
  const type = WebhookEventType.safeParse(event.payload.type);
  if (!type.success) return null;
  const { type: _type, ...details } = event.payload;
  return {
    id: event.id,
    type: type.data,
    createdAt: event.at,
    data: { sessionId: event.sessionId, ticketId, actor: event.actor, ...details },
  };
}
