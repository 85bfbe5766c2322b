import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { TicketOutcome } from '../../protocol';
import type { Database } from './database-schema';
import type { SearchIndex } from './search-index';
import { slaDueColumns } from './sla-columns';
import { enqueueWebhook } from './webhook-outbox';

/** A ticket's subject and customer, as one searchable text. */
export async function indexTicketSubject(trx: Kysely<Database>, search: SearchIndex, ticketId: number): Promise<void> {
  const t = await trx
    .selectFrom('tickets')
    .select(['subject', 'customer_name', 'customer_email', 'customer_organisation'])
    .where('id', '=', ticketId)
    .executeTakeFirstOrThrow();
  await search.replace(
    trx,
    ticketId,
    'subject',
    [t.subject, t.customer_name, t.customer_email, t.customer_organisation].filter(Boolean).join(' '),
  );
}

/**
 * Files a session in a new ticket, within the caller's transaction (so a session's end and its
 * ticket can commit together): open, or closed outside the SLA when the request ended without
 * help (`outcome`). The ticket is dated from when the customer asked for help. Gives its id.
 */
export async function fileSessionTicket(
  trx: Kysely<Database>,
  search: SearchIndex,
  sessionId: string,
  now: number,
  outcome: TicketOutcome | null,
): Promise<number> {
  const session = await trx.selectFrom('help_sessions').selectAll().where('id', '=', sessionId).executeTakeFirstOrThrow();
  const ticket = await trx
    .insertInto('tickets')
    .values({
      subject: session.description.slice(0, 140),
      customer_name: session.customer_name,
      customer_email: session.customer_email,
      // A request that ended without help is filed closed, with how it ended, and no SLA clock.
      status: outcome ? 'closed' : 'open',
      outcome,
      created_at: Number(session.created_at),
      updated_at: now,
      resolved_at: outcome ? now : null,
      first_response_at: session.claimed_at,
      // The engineer who handled the session owns its follow-up until someone reassigns it.
      assignee_id: session.engineer_id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const ticketId = Number(ticket.id);
  if (!outcome) await trx.updateTable('tickets').set(slaDueColumns('normal')).where('id', '=', ticketId).execute();
  await trx.updateTable('help_sessions').set({ ticket_id: ticketId }).where('id', '=', sessionId).execute();
  await indexTicketSubject(trx, search, ticketId);
  await search.fileSession(trx, sessionId, ticketId);
  const data = {
    ticketId,
    sessionId,
    subject: session.description.slice(0, 140),
    customerName: session.customer_name,
    customerEmail: session.customer_email,
    status: outcome ? 'closed' : 'open',
    outcome,
    priority: 'normal',
  };
  await enqueueWebhook(trx, { id: randomUUID(), type: 'ticket.created', createdAt: now, data });
  return ticketId;
}
