import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../dialect';

/** Migration 0005_search_index: released; never edit it, add a new one. */
export function migrationSearchIndex(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      // Trigram indexes on both: substring search that also works for languages without spaces.
      if (dialect === 'sqlite') {
        await sql`create virtual table search_docs using fts5(ticket_id UNINDEXED, session_id UNINDEXED, kind UNINDEXED, text, tokenize='trigram')`.execute(
          db,
        );
      } else {
        // In public, not the store's schema: dropping a schema must never take the extension along.
        await sql`create extension if not exists pg_trgm with schema public`.execute(db);
        await sql`create table search_docs (ticket_id integer, session_id text, kind text not null, text text not null)`.execute(db);
        await sql`create index search_docs_text on search_docs using gin (text gin_trgm_ops)`.execute(db);
        await sql`create index search_docs_session on search_docs (session_id)`.execute(db);
      }
      const textOf = dialect === 'sqlite' ? sql`json_extract(e.payload, '$.text')` : sql`(e.payload::json ->> 'text')`;
      await sql`insert into search_docs (ticket_id, session_id, kind, text) select id, null, 'subject', subject || ' ' || customer_name from tickets`.execute(
        db,
      );
      await sql`insert into search_docs (ticket_id, session_id, kind, text) select id, null, 'resolution', resolution_summary from tickets where resolution_summary is not null`.execute(
        db,
      );
      await sql`insert into search_docs (ticket_id, session_id, kind, text)
        select s.ticket_id, e.session_id, e.type, ${textOf} from session_events e join help_sessions s on s.id = e.session_id
        where e.type in ('chat.message', 'note.added')`.execute(db);
    },
  };
}
