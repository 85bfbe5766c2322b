import { sql, type Expression, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { Database } from './database-schema';
import type { Dialect } from './dialect';

/** Kinds of text that make a ticket findable. */
export type SearchKind = 'subject' | 'resolution' | 'chat.message' | 'note.added';

type AnyDb = Kysely<Database>;

/** The longest word of a phrase that holds a digit (3+ characters), when the phrase has other words too. */
export function selectiveFragment(query: string): string | null {
  const words = query.trim().split(/\s+/);
  if (words.length < 2) return null;
  const numeric = words.filter((w) => /\d/.test(w) && w.length >= 3).sort((a, b) => b.length - a.length);
  return numeric[0] ?? null;
}

/** Texts are indexed, and queries matched, lower-cased (Unicode), so search ignores case in every script. */
export const foldForSearch = (text: string) => text.toLowerCase();

/**
 * The search index. search_docs holds the texts (indexed by ticket and session); on SQLite an
 * FTS5 trigram table (search_docs_fts) follows it, on PostgreSQL a pg_trgm GIN index on its text.
 * Both answer "contains, case-insensitive", Chinese included.
 */
export function createSearchIndex(dialect: Dialect) {
  /**
   * `column` (stored folded) contains the query, folded the same way: one Unicode case folding for
   * both databases and both search paths, and a plain LIKE, cheaper than ILIKE on PostgreSQL.
   */
  function contains(column: string | RawBuilder<unknown>, query: string) {
    const folded = foldForSearch(query);
    const target = typeof column === 'string' ? sql.ref(column) : column;
    // SQLite's trigram index serves LIKE only without an ESCAPE clause, so escape only when needed.
    const special = /[%_\\]/.test(folded);
    const pattern = `%${special ? folded.replace(/[%_\\]/g, (c) => `\\${c}`) : folded}%`;
    return special ? sql`${target} like ${pattern} escape '\\'` : sql`${target} like ${pattern}`;
  }

  /** The texts containing the query, found through the trigram index: (ticket_id, session_id) rows. */
  function indexedMatches(query: string) {
    if (dialect === 'sqlite')
      return sql`select d.ticket_id, d.session_id from search_docs_fts f join search_docs d on d.id = f.rowid where ${contains('f.text', query)}`;
    // pg_trgm's GIN index intersects the posting lists of every trigram in a phrase; for a long one
    // of common words that costs ~100 ms. A number in it ("error 1603", "ticket 4242") is nearly
    // always the selective part, so the index looks for that alone and each hit is checked
    // against the whole phrase (written so the index cannot take it).
    const fragment = selectiveFragment(query);
    if (!fragment) return sql`select d.ticket_id, d.session_id from search_docs d where ${contains('d.text', query)}`;
    return sql`select d.ticket_id, d.session_id from search_docs d where ${contains('d.text', fragment)} and ${contains(sql`(d.text || '')`, query)}`;
  }

  return {
    async add(db: AnyDb, doc: { ticketId: number | null; sessionId: string | null; kind: SearchKind; text: string }) {
      await sql`insert into search_docs (ticket_id, session_id, kind, text) values (${doc.ticketId}, ${doc.sessionId}, ${doc.kind}, ${foldForSearch(doc.text)})`.execute(
        db,
      );
    },
    async replace(db: AnyDb, ticketId: number, kind: 'subject' | 'resolution', text: string | null) {
      await sql`delete from search_docs where ticket_id = ${ticketId} and kind = ${kind}`.execute(db);
      if (text)
        await sql`insert into search_docs (ticket_id, session_id, kind, text) values (${ticketId}, ${null}, ${kind}, ${foldForSearch(text)})`.execute(
          db,
        );
    },
    async fileSession(db: AnyDb, sessionId: string, ticketId: number) {
      await sql`update search_docs set ticket_id = ${ticketId} where session_id = ${sessionId}`.execute(db);
    },
    /**
     * The tickets with a text containing the query, from the index, when there are at most `cap`
     * (it stops reading at cap + 1); null for a common term.
     */
    async rareMatches(db: AnyDb, query: string, cap: number): Promise<number[] | null> {
      const found = await sql<{
        ticket_id: number;
      }>`select distinct m.ticket_id from (${indexedMatches(query)}) m where m.ticket_id is not null limit ${cap + 1}`.execute(db);
      return found.rows.length > cap ? null : found.rows.map((r) => Number(r.ticket_id));
    },
    /** A condition on tickets, answered from the index: one of its texts contains the query (the benchmark's baseline). */
    ticketInIndex(query: string): Expression<SqlBool> {
      return sql<SqlBool>`tickets.id in (select m.ticket_id from (${indexedMatches(query)}) m)`;
    },
    /** A condition on tickets, checked ticket by ticket: one of its texts contains the query. */
    ticketHasText(query: string): Expression<SqlBool> {
      return sql<SqlBool>`exists (select 1 from search_docs d where d.ticket_id = tickets.id and ${contains('d.text', query)})`;
    },
    /** A condition on help_sessions: its own chat or notes, or its ticket's texts, contain the query. */
    matchesSession(query: string): Expression<SqlBool> {
      const matches = indexedMatches(query);
      return sql<SqlBool>`(help_sessions.ticket_id in (select m.ticket_id from (${matches}) m) or help_sessions.id in (select m.session_id from (${matches}) m))`;
    },
  };
}

export type SearchIndex = ReturnType<typeof createSearchIndex>;
