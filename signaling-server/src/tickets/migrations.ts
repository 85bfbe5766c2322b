import { SLA_TARGETS } from './sla';
import { Migrator, sql, type ColumnDefinitionBuilder, type Kysely, type Migration, type MigrationProvider } from 'kysely';

export type Dialect = 'sqlite' | 'postgres';

/** A SQL expression: the SLA target (ms) for the row's priority, from the same table the code uses. */
function slaCase(target: 'firstResponseMs' | 'resolutionMs') {
  const arms = Object.entries(SLA_TARGETS).map(([priority, t]) => sql`when ${sql.lit(priority)} then ${sql.lit(t[target])}`);
  return sql`(case priority ${sql.join(arms, sql` `)} end)`;
}

/**
 * Versioned migrations for both databases, run at start. Append new ones; never edit a released
 * one. The only difference between the dialects is how a counting primary key is declared.
 */
function migrationsFor(dialect: Dialect): Record<string, Migration> {
  const counter = (c: ColumnDefinitionBuilder) => (dialect === 'postgres' ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement());
  return {
  '0001_foundation': {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('organisation', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('disabled', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('auth_sessions')
        .addColumn('token_hash', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('expires_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('tickets')
        .addColumn('id', 'integer', counter)
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('customer_name', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('help_sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('ticket_id', 'integer', (c) => c.references('tickets.id'))
        .addColumn('customer_name', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('engineer_id', 'text', (c) => c.references('users.id'))
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('claimed_at', 'bigint')
        .addColumn('ended_at', 'bigint')
        .addColumn('end_reason', 'text')
        .execute();
      await db.schema
        .createTable('session_events')
        .addColumn('seq', 'integer', counter)
        .addColumn('id', 'text', (c) => c.notNull().unique())
        .addColumn('session_id', 'text', (c) => c.notNull().references('help_sessions.id'))
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addColumn('actor_role', 'text', (c) => c.notNull())
        .addColumn('actor_name', 'text', (c) => c.notNull())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('session_events_by_session').on('session_events').columns(['session_id', 'seq']).execute();
      await db.schema.createIndex('help_sessions_by_ticket').on('help_sessions').column('ticket_id').execute();
    },
  },
  '0002_account_security': {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('users').addColumn('totp_secret', 'text').execute();
      await db.schema.alterTable('users').addColumn('totp_enabled', 'integer', (c) => c.notNull().defaultTo(0)).execute();
      await db.schema.alterTable('users').addColumn('must_change_password', 'integer', (c) => c.notNull().defaultTo(0)).execute();
      await db.schema
        .createTable('settings')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
  },
    '0003_session_rating': {
      async up(db: Kysely<any>) {
        await db.schema.alterTable('help_sessions').addColumn('customer_token_hash', 'text').execute();
        await db.schema.alterTable('help_sessions').addColumn('rating', 'integer').execute();
        await db.schema.alterTable('help_sessions').addColumn('rating_comment', 'text').execute();
        await db.schema.alterTable('help_sessions').addColumn('rated_at', 'bigint').execute();
        await db.schema.createIndex('help_sessions_by_customer_token').on('help_sessions').column('customer_token_hash').execute();
      },
    },
    '0004_ticket_work': {
      async up(db: Kysely<any>) {
        await db.schema.alterTable('tickets').addColumn('priority', 'text', (c) => c.notNull().defaultTo('normal')).execute();
        await db.schema.alterTable('tickets').addColumn('category', 'text').execute();
        await db.schema.alterTable('tickets').addColumn('assignee_id', 'text', (c) => c.references('users.id')).execute();
        await db.schema.alterTable('tickets').addColumn('resolution_summary', 'text').execute();
        await db.schema.alterTable('tickets').addColumn('resolved_at', 'bigint').execute();
      },
    },
    '0005_search_index': {
      async up(db: Kysely<any>) {
        // Trigram indexes on both: substring search that also works for languages without spaces.
        if (dialect === 'sqlite') {
          await sql`create virtual table search_docs using fts5(ticket_id UNINDEXED, session_id UNINDEXED, kind UNINDEXED, text, tokenize='trigram')`.execute(db);
        } else {
          // In public, not the store's schema: dropping a schema must never take the extension along.
          await sql`create extension if not exists pg_trgm with schema public`.execute(db);
          await sql`create table search_docs (ticket_id integer, session_id text, kind text not null, text text not null)`.execute(db);
          await sql`create index search_docs_text on search_docs using gin (text gin_trgm_ops)`.execute(db);
          await sql`create index search_docs_session on search_docs (session_id)`.execute(db);
        }
        const textOf = dialect === 'sqlite' ? sql`json_extract(e.payload, '$.text')` : sql`(e.payload::json ->> 'text')`;
        await sql`insert into search_docs (ticket_id, session_id, kind, text) select id, null, 'subject', subject || ' ' || customer_name from tickets`.execute(db);
        await sql`insert into search_docs (ticket_id, session_id, kind, text) select id, null, 'resolution', resolution_summary from tickets where resolution_summary is not null`.execute(db);
        await sql`insert into search_docs (ticket_id, session_id, kind, text)
          select s.ticket_id, e.session_id, e.type, ${textOf} from session_events e join help_sessions s on s.id = e.session_id
          where e.type in ('chat.message', 'note.added')`.execute(db);
      },
    },
    '0006_ticket_list_indexes': {
      async up(db: Kysely<any>) {
        for (const column of ['updated_at', 'created_at', 'status', 'priority', 'category', 'assignee_id']) {
          await db.schema.createIndex(`tickets_by_${column}`).on('tickets').column(column).execute();
        }
        await db.schema.createIndex('help_sessions_by_engineer').on('help_sessions').column('engineer_id').execute();
      },
    },
    '0007_ticket_customer_tags_sla': {
      async up(db: Kysely<any>) {
        await db.schema.alterTable('help_sessions').addColumn('customer_email', 'text').execute();
        for (const column of ['customer_email', 'customer_organisation']) {
          await db.schema.alterTable('tickets').addColumn(column, 'text').execute();
        }
        // SLA clocks live on the ticket, so "breached" is a filter the database can answer.
        for (const column of ['first_response_at', 'first_response_due_at', 'resolution_due_at']) {
          await db.schema.alterTable('tickets').addColumn(column, 'bigint').execute();
        }
        await sql`update tickets set first_response_at = (select min(claimed_at) from help_sessions where help_sessions.ticket_id = tickets.id)`.execute(db);
        await sql`update tickets set first_response_due_at = created_at + ${slaCase('firstResponseMs')}, resolution_due_at = created_at + ${slaCase('resolutionMs')}`.execute(db);
        await db.schema
          .createTable('ticket_tags')
          .addColumn('ticket_id', 'integer', (c) => c.notNull().references('tickets.id').onDelete('cascade'))
          .addColumn('tag', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('ticket_tags_pk', ['ticket_id', 'tag'])
          .execute();
        await db.schema.createIndex('ticket_tags_by_tag').on('ticket_tags').columns(['tag', 'ticket_id']).execute();
        await db.schema.createIndex('help_sessions_by_created').on('help_sessions').column('created_at').execute();
      },
    },
    '0008_webhooks': {
      async up(db: Kysely<any>) {
        await db.schema
          .createTable('webhook_endpoints')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('url', 'text', (c) => c.notNull())
          .addColumn('secret', 'text', (c) => c.notNull())
          .addColumn('events', 'text', (c) => c.notNull())
          .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .execute();
        // The outbox: a delivery row is written in the same transaction as the event it reports.
        await db.schema
          .createTable('webhook_deliveries')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('endpoint_id', 'text', (c) => c.notNull().references('webhook_endpoints.id').onDelete('cascade'))
          .addColumn('event_type', 'text', (c) => c.notNull())
          .addColumn('payload', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
          .addColumn('next_attempt_at', 'bigint', (c) => c.notNull())
          .addColumn('last_status', 'integer')
          .addColumn('last_error', 'text')
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addColumn('delivered_at', 'bigint')
          .execute();
        await db.schema.createIndex('webhook_deliveries_due').on('webhook_deliveries').columns(['status', 'next_attempt_at']).execute();
        await db.schema.createIndex('webhook_deliveries_by_created').on('webhook_deliveries').column('created_at').execute();
      },
    },
    '0009_search_by_ticket': {
      async up(db: Kysely<any>) {
        // A search can walk tickets in list order and ask, per ticket, whether one of its texts
        // matches: that needs search_docs indexed by ticket. On SQLite the texts move to a plain
        // table and the FTS5 trigram index follows it through triggers (external content).
        if (dialect === 'sqlite') {
          await sql`create table search_texts (id integer primary key, ticket_id integer, session_id text, kind text not null, text text not null)`.execute(db);
          await sql`insert into search_texts (ticket_id, session_id, kind, text) select ticket_id, session_id, kind, text from search_docs`.execute(db);
          await sql`drop table search_docs`.execute(db);
          await sql`alter table search_texts rename to search_docs`.execute(db);
          await sql`create virtual table search_docs_fts using fts5(text, content='search_docs', content_rowid='id', tokenize='trigram')`.execute(db);
          await sql`insert into search_docs_fts (search_docs_fts) values ('rebuild')`.execute(db);
          await sql`create trigger search_docs_ai after insert on search_docs begin insert into search_docs_fts (rowid, text) values (new.id, new.text); end`.execute(db);
          await sql`create trigger search_docs_ad after delete on search_docs begin insert into search_docs_fts (search_docs_fts, rowid, text) values ('delete', old.id, old.text); end`.execute(db);
          await sql`create trigger search_docs_au after update of text on search_docs begin
            insert into search_docs_fts (search_docs_fts, rowid, text) values ('delete', old.id, old.text);
            insert into search_docs_fts (rowid, text) values (new.id, new.text); end`.execute(db);
          await sql`create index search_docs_session on search_docs (session_id)`.execute(db);
        }
        await sql`create index search_docs_ticket on search_docs (ticket_id)`.execute(db);
      },
    },
    '0010_filter_indexes': {
      async up(db: Kysely<any>) {
        // The status filter, the most used, walks these in list order and stops at a page.
        await db.schema.createIndex('tickets_by_status_updated').on('tickets').columns(['status', 'updated_at']).execute();
        await db.schema.createIndex('tickets_by_status_created').on('tickets').columns(['status', 'created_at']).execute();
        await db.schema.createIndex('help_sessions_by_rating').on('help_sessions').columns(['rating', 'ticket_id']).execute();
        // Categories are matched case-insensitively.
        await db.schema.createIndex('tickets_by_category_lower').on('tickets').expression(sql`lower(category)`).execute();
      },
    },
    '0011_search_text_folded': {
      async up(db: Kysely<any>) {
        // Search texts are stored lower-cased from now on (see foldForSearch). SQLite's lower()
        // folds ASCII only, so capitals from other scripts indexed before now keep their case.
        await sql`update search_docs set text = lower(text) where text <> lower(text)`.execute(db);
      },
    },
  };
}

export async function migrateToLatest(db: Kysely<any>, dialect: Dialect, schema?: string): Promise<void> {
  const provider: MigrationProvider = { getMigrations: async () => migrationsFor(dialect) };
  // The migrator's own tables live in the store's schema, so parallel schemas never see each other's.
  const { error, results } = await new Migrator({ db, provider, ...(schema && { migrationTableSchema: schema }) }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) throw new Error(`Migration failed: ${failed?.migrationName ?? ''} ${String(error)}`);
}
