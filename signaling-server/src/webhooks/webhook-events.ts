import { WebhookEventType, type TimelineEvent, type WebhookBody } from '../../protocol';

/** The webhook body for a timeline event, or null for events webhooks never carry (chat, screen, diagnostics). */
export function webhookBodyFor(event: TimelineEvent, ticketId: number | null): WebhookBody | null {
  const type = WebhookEventType.safeParse(event.payload.type);
  if (!type.success) return null;
  const { type: _type, ...details } = event.payload;
  return { id: event.id, type: type.data, createdAt: event.at, data: { sessionId: event.sessionId, ticketId, actor: event.actor, ...details } };
}
