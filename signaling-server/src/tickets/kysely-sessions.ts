import type { Kysely, Selectable } from 'kysely';
import { TimelinePayload, type EndReason, type SessionRecord, type TimelineEvent } from '../../protocol';
import type { Database, HelpSessionsTable, SessionEventsTable } from './database-schema';
import type { SearchIndex } from './kysely-search';
import type { SessionRepo, WebhookRepo } from './store';
import { webhookBodyFor } from '../webhooks/webhook-events';
import { createSessionList } from './kysely-session-list';

export function toSessionRecord(row: Selectable<HelpSessionsTable> & { engineer_name: string | null }): SessionRecord {
  return {
    id: row.id,
    ticketId: row.ticket_id,
    customerName: row.customer_name,
    customerEmail: row.customer_email,
    description: row.description,
    status: row.status,
    engineerId: row.engineer_id,
    engineerName: row.engineer_name,
    createdAt: Number(row.created_at),
    claimedAt: row.claimed_at === null ? null : Number(row.claimed_at),
    endedAt: row.ended_at === null ? null : Number(row.ended_at),
    endReason: row.end_reason as EndReason | null,
    rating: row.rating,
    ratingComment: row.rating_comment,
  };
}

export function toTimelineEvent(row: Selectable<SessionEventsTable>): TimelineEvent {
  return {
    id: row.id,
    sessionId: row.session_id,
    at: Number(row.at),
    actor: { role: row.actor_role as TimelineEvent['actor']['role'], name: row.actor_name },
    payload: TimelinePayload.parse(JSON.parse(row.payload)),
  };
}

export function selectSessions(db: Kysely<Database>) {
  return db
    .selectFrom('help_sessions')
    .leftJoin('users', 'users.id', 'help_sessions.engineer_id')
    .selectAll('help_sessions')
    .select('users.name as engineer_name');
}

export function createSessionRepo(db: Kysely<Database>, search: SearchIndex, webhooks: WebhookRepo): SessionRepo {
  return {
    async insert(record) {
      await db
        .insertInto('help_sessions')
        .values({
          id: record.id,
          ticket_id: null,
          customer_name: record.customerName,
          customer_email: record.customerEmail ?? null,
          description: record.description,
          status: record.status,
          engineer_id: record.engineerId,
          created_at: record.createdAt,
          claimed_at: record.claimedAt,
          ended_at: record.endedAt,
          end_reason: record.endReason,
          customer_token_hash: record.customerTokenHash,
          rating: null,
          rating_comment: null,
          rated_at: null,
        })
        .execute();
    },
    async findByCustomerToken(tokenHash) {
      const row = await selectSessions(db).where('help_sessions.customer_token_hash', '=', tokenHash).executeTakeFirst();
      return row && toSessionRecord(row);
    },
    async rate(id, score, comment, at) {
      const result = await db
        .updateTable('help_sessions')
        .set({ rating: score, rating_comment: comment, rated_at: at })
        .where('id', '=', id)
        .where('rating', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async update(id, patch) {
      await db
        .updateTable('help_sessions')
        .set({
          ...(patch.status !== undefined && { status: patch.status }),
          ...(patch.engineerId !== undefined && { engineer_id: patch.engineerId }),
          ...(patch.claimedAt !== undefined && { claimed_at: patch.claimedAt }),
          ...(patch.endedAt !== undefined && { ended_at: patch.endedAt }),
          ...(patch.endReason !== undefined && { end_reason: patch.endReason }),
        })
        .where('id', '=', id)
        .execute();
    },
    async appendEvent(event) {
      // The event, its search text and its webhook deliveries commit together, or not at all.
      await db.transaction().execute(async (trx) => {
        const inserted = await trx
          .insertInto('session_events')
          .values({
            id: event.id,
            session_id: event.sessionId,
            at: event.at,
            actor_role: event.actor.role,
            actor_name: event.actor.name,
            type: event.payload.type,
            payload: JSON.stringify(event.payload),
          })
          .onConflict((oc) => oc.column('id').doNothing())
          .executeTakeFirst();
        // A retried event (not inserted again) is neither indexed nor delivered twice.
        if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return;
        const owner = await trx.selectFrom('help_sessions').select('ticket_id').where('id', '=', event.sessionId).executeTakeFirst();
        const ticketId = owner?.ticket_id ?? null;
        const p = event.payload;
        if (p.type === 'chat.message' || p.type === 'note.added') await search.add(trx, { ticketId, sessionId: event.sessionId, kind: p.type, text: p.text });
        const body = webhookBodyFor(event, ticketId === null ? null : Number(ticketId));
        if (body) await webhooks.enqueue(trx, body);
      });
    },
    async timeline(sessionId) {
      const rows = await db.selectFrom('session_events').selectAll().where('session_id', '=', sessionId).orderBy('seq').execute();
      return rows.map(toTimelineEvent);
    },
    async get(id) {
      const row = await selectSessions(db).where('help_sessions.id', '=', id).executeTakeFirst();
      return row && toSessionRecord(row);
    },
    ...createSessionList(db, search),
    async listUnfinished() {
      const rows = await selectSessions(db).where('help_sessions.status', '!=', 'ended').execute();
      return rows.map(toSessionRecord);
    },
  };
}
