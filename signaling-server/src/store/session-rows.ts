import type { Kysely, Selectable } from 'kysely';
import { productLanguageOf, TimelinePayload, type EndReason, type SessionRecord, type TimelineEvent } from '../../protocol';
import type { Database, HelpSessionsTable, SessionEventsTable } from './database-schema';

export function toSessionRecord(row: Selectable<HelpSessionsTable> & { engineer_name: string | null }): SessionRecord {
  return {
    id: row.id,
    ticketId: row.ticket_id,
    customerName: row.customer_name,
    customerEmail: row.customer_email,
    customerLanguage: productLanguageOf(row.customer_language),
    description: row.description,
    earlierTicketId: row.earlier_ticket_id === null ? null : Number(row.earlier_ticket_id),
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

/** Help sessions with their engineer's name, ready for toSessionRecord. */
export function selectSessions(db: Kysely<Database>) {
  return db
    .selectFrom('help_sessions')
    .leftJoin('users', 'users.id', 'help_sessions.engineer_id')
    .selectAll('help_sessions')
    .select('users.name as engineer_name');
}
