import { randomUUID } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import { SLA_TARGETS } from '@firstline/protocol';

export const WORDS = [
  'printer',
  'vpn',
  'outlook',
  'wifi',
  'driver',
  'update',
  'password',
  'screen',
  'laptop',
  'battery',
  'teams',
  'excel',
  'backup',
  'disk',
  'slow',
  'crash',
  'sync',
  'audio',
  'camera',
  'keyboard',
];
export const STATUSES = ['open', 'pending', 'resolved', 'closed'] as const;
export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export const CATEGORIES = ['Printing', 'Network', 'Email', 'Hardware', 'Accounts'];

/**
 * Seeds `tickets` tickets, one session each, `eventsPerSession` events per session (chat in the
 * middle), straight through SQLite in one transaction, and the search index the store keeps.
 */
export const SEED_START = Date.UTC(2026, 0, 1);

export function seedTickets(file: string, tickets: number, eventsPerSession: number, start = SEED_START): void {
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const word = (i: number) => WORDS[i % WORDS.length]!;
  const insertTicket = db.prepare(
    'insert into tickets (id, subject, customer_name, status, created_at, updated_at, priority, category, resolved_at, first_response_at, first_response_due_at, resolution_due_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertTag = db.prepare('insert into ticket_tags (ticket_id, tag) values (?, ?)');
  const insertSession = db.prepare(
    "insert into help_sessions (id, ticket_id, customer_name, description, status, engineer_id, created_at, claimed_at, ended_at, end_reason, customer_token_hash, rating) values (?, ?, ?, ?, 'ended', null, ?, ?, ?, 'engineer_ended', ?, ?)",
  );
  const insertEvent = db.prepare(
    "insert into session_events (id, session_id, at, actor_role, actor_name, type, payload) values (?, ?, ?, 'customer', 'c', ?, ?)",
  );
  const insertDoc = db.prepare('insert into search_docs (ticket_id, session_id, kind, text) values (?, ?, ?, ?)');
  db.transaction(() => {
    for (let i = 1; i <= tickets; i += 1) {
      const at = start + i * 60_000;
      const subject = `${word(i)} ${word(i * 7 + 3)} problem ${i}`;
      const customer = `Customer ${i % 5000}`;
      const status = STATUSES[i % 4]!;
      const priority = PRIORITIES[i % 4]!;
      const sla = SLA_TARGETS[priority];
      const resolvedAt = status === 'resolved' || status === 'closed' ? at + 7_200_000 : null;
      insertTicket.run(
        i,
        subject,
        customer,
        status,
        at,
        at + 3_600_000,
        priority,
        CATEGORIES[i % 5]!,
        resolvedAt,
        at + 120_000,
        at + sla.firstResponseMs,
        at + sla.resolutionMs,
      );
      insertTag.run(i, word(i * 3));
      const sessionId = randomUUID();
      insertSession.run(sessionId, i, customer, subject, at, at + 120_000, at + 900_000, randomUUID(), (i % 5) + 1);
      insertDoc.run(i, null, 'subject', `${subject} ${customer}`.toLowerCase());
      for (let e = 0; e < eventsPerSession; e += 1) {
        const chat = e > 1 && e < eventsPerSession - 1;
        const text = `${word(i + e)} ${word(i * e + 11)} message ${e} of ticket ${i}`;
        const payload = chat
          ? JSON.stringify({ type: 'chat.message', text })
          : JSON.stringify({ type: 'session.created', description: subject });
        insertEvent.run(randomUUID(), sessionId, at + e * 1000, chat ? 'chat.message' : 'session.created', payload);
        if (chat) insertDoc.run(i, sessionId, 'chat.message', text.toLowerCase());
      }
    }
  })();
  db.close();
}
