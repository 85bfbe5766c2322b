import pg from 'pg';
import { SLA_TARGETS } from '@firstline/protocol';
import { CATEGORIES, PRIORITIES, SEED_START, STATUSES, WORDS } from './tickets-seed';

const array = (values: readonly string[]) => `array[${values.map((v) => `'${v}'`).join(',')}]`;

/**
 * The same data as seedTickets(), generated inside PostgreSQL with generate_series (one statement
 * per table), into `schema`, whose tables the store's migrations have already made.
 */
export async function seedTicketsPostgres(url: string, schema: string, tickets: number, eventsPerSession: number): Promise<void> {
  const client = new pg.Client({ connectionString: url, options: `-c search_path=${schema},public` });
  await client.connect();
  // w(n): the seed's word n, 1-based over the word list, as seedTickets() picks them.
  const w = (n: string) => `(${array(WORDS)})[((${n}) % ${WORDS.length}) + 1]`;
  const dueMs = (target: 'firstResponseMs' | 'resolutionMs') =>
    `(array[${PRIORITIES.map((p) => SLA_TARGETS[p][target]).join(',')}]::bigint[])[(i % 4) + 1]`;
  const at = `(${SEED_START}::bigint + i::bigint * 60000)`;
  try {
    await client.query(`insert into tickets (id, subject, customer_name, status, created_at, updated_at, priority, category, resolved_at, first_response_at, first_response_due_at, resolution_due_at)
      select i, ${w('i')} || ' ' || ${w('i * 7 + 3')} || ' problem ' || i, 'Customer ' || (i % 5000), (${array(STATUSES)})[(i % 4) + 1], ${at}, ${at} + 3600000,
        (${array(PRIORITIES)})[(i % 4) + 1], (${array(CATEGORIES)})[(i % 5) + 1], case when i % 4 >= 2 then ${at} + 7200000 end, ${at} + 120000,
        ${at} + ${dueMs('firstResponseMs')}, ${at} + ${dueMs('resolutionMs')}
      from generate_series(1, ${tickets}) i`);
    await client.query(`insert into ticket_tags (ticket_id, tag) select i, ${w('i * 3')} from generate_series(1, ${tickets}) i`);
    await client.query(`insert into help_sessions (id, ticket_id, customer_name, description, status, engineer_id, created_at, claimed_at, ended_at, end_reason, customer_token_hash, rating)
      select 's' || i, i, 'Customer ' || (i % 5000), t.subject, 'ended', null, ${at}, ${at} + 120000, ${at} + 900000, 'engineer_ended', md5(i::text), (i % 5) + 1
      from generate_series(1, ${tickets}) i join tickets t on t.id = i`);
    const chat = `e > 1 and e < ${eventsPerSession - 1}`;
    const text = `${w('i + e')} || ' ' || ${w('i * e + 11')} || ' message ' || e || ' of ticket ' || i`;
    await client.query(`insert into session_events (id, session_id, at, actor_role, actor_name, type, payload)
      select 'e' || i || '-' || e, 's' || i, ${at} + e * 1000, 'customer', 'c',
        case when ${chat} then 'chat.message' else 'session.created' end,
        case when ${chat} then json_build_object('type', 'chat.message', 'text', ${text})::text else json_build_object('type', 'session.created', 'description', 'seeded')::text end
      from generate_series(1, ${tickets}) i cross join generate_series(0, ${eventsPerSession - 1}) e`);
    await client.query(
      `insert into search_docs (ticket_id, session_id, kind, text) select id, null, 'subject', lower(subject || ' ' || customer_name) from tickets`,
    );
    await client.query(`insert into search_docs (ticket_id, session_id, kind, text)
      select i, 's' || i, 'chat.message', lower(${text}) from generate_series(1, ${tickets}) i cross join generate_series(0, ${eventsPerSession - 1}) e where ${chat}`);
    // As autovacuum leaves a table in use: statistics, and a visibility map for index-only scans.
    await client.query('vacuum analyze');
  } finally {
    await client.end();
  }
}
