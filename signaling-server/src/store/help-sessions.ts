import type { Kysely, Transaction } from 'kysely';
import { webhookBodyFor, type TimelineEvent } from '../../protocol';
import type { DurableWrite, DurableWrites } from './group-commit';
import type { Database } from './database-schema';
import type { SearchIndex } from './search-index';
import { selectSessions, toSessionRecord, toTimelineEvent } from './session-rows';
import { createSessionLog } from './session-log';
import type { NewSessionRecord, SessionPatch, SessionRepo } from './store';
import { enqueueWebhook } from './webhook-outbox';
import { oncePerTransaction } from './transaction-memo';
import { fileSessionTicket } from './session-ticket';
import { compiledOnce } from './compiled-once';

/**
 * Help sessions and their timelines; an event, its search text and its webhook deliveries commit
 * together. With group commit (SQLite), the writes of concurrent sessions (new sessions, their
 * changes and their events) share one transaction and one fsync; each still resolves only once it
 * is on disk, and in the order it was made.
 */
export function createSessionRepo(db: Kysely<Database>, search: SearchIndex, writes: DurableWrites): SessionRepo {
  const run = (write: DurableWrite) => writes.run(write);
  const statements = eventStatements(db);
  return {
    insert: (record) => run((trx) => insertRow(trx, record)),
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
    update: (id, patch) => run((trx) => updateRow(trx, id, patch)),
    appendEvent: (event) => run((trx) => writeEvent(trx, search, statements, event)),
    async change(sessionId, row, events) {
      let ticketId: number | undefined;
      // Run again on its own if its group fails: the ticket id is the one of the write that commits.
      await run(async (trx) => {
        ticketId = undefined;
        if (row && 'insert' in row) await insertRow(trx, row.insert);
        if (row && 'update' in row) await updateRow(trx, sessionId, row.update);
        for (const event of events) await writeEvent(trx, search, statements, event);
        if (row && 'update' in row && row.fileTicket) {
          ticketId = await fileSessionTicket(trx, search, sessionId, row.fileTicket.at, row.fileTicket.outcome);
          // Later events of this session in the same group commit are filed under it.
          ticketOnce.set(trx, sessionId, ticketId);
        }
      });
      return ticketId;
    },
    async timeline(sessionId) {
      const rows = await db.selectFrom('session_events').selectAll().where('session_id', '=', sessionId).orderBy('seq').execute();
      return rows.map(toTimelineEvent);
    },
    async get(id) {
      const row = await selectSessions(db).where('help_sessions.id', '=', id).executeTakeFirst();
      return row && toSessionRecord(row);
    },
    ...createSessionLog(db, search),
    async listUnfinished() {
      const rows = await selectSessions(db).where('help_sessions.status', '!=', 'ended').execute();
      return rows.map(toSessionRecord);
    },
  };
}

function insertRow(trx: Transaction<Database>, record: NewSessionRecord) {
  return trx
    .insertInto('help_sessions')
    .values({
      id: record.id,
      ticket_id: null,
      customer_name: record.customerName,
      customer_email: record.customerEmail ?? null,
      customer_language: record.customerLanguage ?? null,
      earlier_ticket_id: record.earlierTicketId ?? null,
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
}

function updateRow(trx: Transaction<Database>, id: string, patch: SessionPatch) {
  return trx
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
}

/** The statements every event runs, compiled once per store. */
function eventStatements(db: Kysely<Database>) {
  return {
    insert: compiledOnce(db, 7, (d, id: string, sessionId: string, at: number, role: string, name: string, type: string, payload: string) =>
      d
        .insertInto('session_events')
        .values({ id, session_id: sessionId, at, actor_role: role as TimelineEvent['actor']['role'], actor_name: name, type, payload })
        .onConflict((oc) => oc.column('id').doNothing()),
    ),
    ticketOf: compiledOnce(db, 1, (d, sessionId: string) => d.selectFrom('help_sessions').select('ticket_id').where('id', '=', sessionId)),
  };
}
type EventStatements = ReturnType<typeof eventStatements>;

async function writeEvent(
  trx: Transaction<Database>,
  search: SearchIndex,
  statements: EventStatements,
  event: TimelineEvent,
): Promise<void> {
  const { id, sessionId, at, actor, payload } = event;
  const inserted = await statements.insert(trx, id, sessionId, at, actor.role, actor.name, payload.type, JSON.stringify(payload));
  // A retried event (not inserted again) is neither indexed nor delivered twice.
  if (Number(inserted.numAffectedRows ?? 0) === 0) return;
  const ticketId = await ticketOf(trx, statements, sessionId);
  if (payload.type === 'chat.message' || payload.type === 'note.added')
    await search.add(trx, { ticketId, sessionId, kind: payload.type, text: payload.text });
  const body = webhookBodyFor(event, ticketId === null ? null : Number(ticketId));
  if (body) await enqueueWebhook(trx, body);
}

/** Writes an event inside a transaction of another repository's (with its search text and webhook deliveries). */
export type EventWriter = (trx: Transaction<Database>, event: TimelineEvent) => Promise<void>;
export function createEventWriter(db: Kysely<Database>, search: SearchIndex): EventWriter {
  const statements = eventStatements(db);
  return (trx, event) => writeEvent(trx, search, statements, event);
}

const ticketOnce = oncePerTransaction<number | null>();

/** The ticket a session is filed under, read once per session per transaction. */
function ticketOf(trx: Transaction<Database>, statements: EventStatements, sessionId: string): Promise<number | null> {
  return ticketOnce(trx, sessionId, () => statements.ticketOf(trx, sessionId).then((result) => result.rows[0]?.ticket_id ?? null));
}
