import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { Database } from './database-schema';
import type { Dialect } from './migrations';

/** Kinds of text that make a ticket findable. */
export type SearchKind = 'subject' | 'resolution' | 'chat.message' | 'note.added';

type AnyDb = Kysely<Database>;

/**
 * The search index (search_docs): an FTS5 trigram table on SQLite, a pg_trgm-indexed table on
 * PostgreSQL. Rows are written as the texts are, and follow their session when it is filed or moved.
 */
export function createSearchIndex(dialect: Dialect) {
  /** The indexed text contains the query, case-insensitive. */
  function textContains(query: string) {
    // SQLite's trigram index serves LIKE only without an ESCAPE clause, so escape only when needed.
    const special = /[%_\\]/.test(query);
    const pattern = `%${special ? query.replace(/[%_\\]/g, (c) => `\\${c}`) : query}%`;
    const op = dialect === 'sqlite' ? sql`like` : sql`ilike`;
    return special ? sql`text ${op} ${pattern} escape '\\'` : sql`text ${op} ${pattern}`;
  }

  return {
    async add(db: AnyDb, doc: { ticketId: number | null; sessionId: string | null; kind: SearchKind; text: string }) {
      await sql`insert into search_docs (ticket_id, session_id, kind, text) values (${doc.ticketId}, ${doc.sessionId}, ${doc.kind}, ${doc.text})`.execute(db);
    },
    async replace(db: AnyDb, ticketId: number, kind: 'subject' | 'resolution', text: string | null) {
      await sql`delete from search_docs where ticket_id = ${ticketId} and kind = ${kind}`.execute(db);
      if (text) await sql`insert into search_docs (ticket_id, session_id, kind, text) values (${ticketId}, ${null}, ${kind}, ${text})`.execute(db);
    },
    async fileSession(db: AnyDb, sessionId: string, ticketId: number) {
      await sql`update search_docs set ticket_id = ${ticketId} where session_id = ${sessionId}`.execute(db);
    },
    /** A condition on tickets.id: some indexed text of the ticket contains the query (case-insensitive). */
    matchesTicket(query: string): Expression<SqlBool> {
      return sql<SqlBool>`tickets.id in (select ticket_id from search_docs where ${textContains(query)})`;
    },
    /** A condition on help_sessions: its own chat or notes, or its ticket's texts, contain the query. */
    matchesSession(query: string): Expression<SqlBool> {
      const contains = textContains(query);
      return sql<SqlBool>`(help_sessions.ticket_id in (select ticket_id from search_docs where ${contains}) or help_sessions.id in (select session_id from search_docs where ${contains}))`;
    },
  };
}

export type SearchIndex = ReturnType<typeof createSearchIndex>;
