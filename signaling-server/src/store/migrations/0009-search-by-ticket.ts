import { sql, type Kysely, type Migration } from 'kysely';
import type { Dialect } from '../dialect';

/** Migration 0009_search_by_ticket: released; never edit it, add a new one. */
export function migrationSearchByTicket(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<any>) {
      // A search can walk tickets in list order and ask, per ticket, whether one of its texts
      // matches: that needs search_docs indexed by ticket. On SQLite the texts move to a plain
      // table and the FTS5 trigram index follows it through triggers (external content).
      if (dialect === 'sqlite') {
        await sql`create table search_texts (id integer primary key, ticket_id integer, session_id text, kind text not null, text text not null)`.execute(
          db,
        );
        await sql`insert into search_texts (ticket_id, session_id, kind, text) select ticket_id, session_id, kind, text from search_docs`.execute(
          db,
        );
        await sql`drop table search_docs`.execute(db);
        await sql`alter table search_texts rename to search_docs`.execute(db);
        await sql`create virtual table search_docs_fts using fts5(text, content='search_docs', content_rowid='id', tokenize='trigram')`.execute(
          db,
        );
        await sql`insert into search_docs_fts (search_docs_fts) values ('rebuild')`.execute(db);
        await sql`create trigger search_docs_ai after insert on search_docs begin insert into search_docs_fts (rowid, text) values (new.id, new.text); end`.execute(
          db,
        );
        await sql`create trigger search_docs_ad after delete on search_docs begin insert into search_docs_fts (search_docs_fts, rowid, text) values ('delete', old.id, old.text); end`.execute(
          db,
        );
        await sql`create trigger search_docs_au after update of text on search_docs begin
          insert into search_docs_fts (search_docs_fts, rowid, text) values ('delete', old.id, old.text);
          insert into search_docs_fts (rowid, text) values (new.id, new.text); end`.execute(db);
        await sql`create index search_docs_session on search_docs (session_id)`.execute(db);
      }
      await sql`create index search_docs_ticket on search_docs (ticket_id)`.execute(db);
    },
  };
}
