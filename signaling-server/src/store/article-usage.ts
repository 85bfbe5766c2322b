import { sql, type Kysely } from 'kysely';
import type { ArticleLanguage, ArticleTicketLink } from '../../protocol';
import type { Database } from './database-schema';

export interface ArticleUse {
  articleId: string;
  relation: 'source' | 'solved' | 'sent';
  ticketId?: number;
  sessionId?: string;
}

/** The rows the knowledge report over [from, to) is built from. */
export interface KnowledgeReportRows {
  uses: Array<{ articleId: string; title: string; sent: number; solved: number; deflections: number }>;
  deflections: number;
  ticketsSolved: number;
  /** Tickets created in the period that got help, by category. */
  ticketCategories: Array<{ category: string; tickets: number }>;
  /** Categories that have a published article. */
  coveredCategories: string[];
}

export interface ArticleUsageRepo {
  /** Links an article to a ticket or a session (whose ticket it then follows); once per article, relation and target. */
  link(use: ArticleUse, now: number): Promise<void>;
  /** The tickets an article came from and the ones it solved (through their sessions too). */
  ticketsOf(articleId: string): Promise<ArticleTicketLink[]>;
  deflect(articleId: string, language: ArticleLanguage, now: number): Promise<void>;
  reportRows(from: number, to: number): Promise<KnowledgeReportRows>;
}

export function createArticleUsageRepo(db: Kysely<Database>): ArticleUsageRepo {
  return {
    async link(use, now) {
      const existing = await db
        .selectFrom('article_links')
        .select('id')
        .where('article_id', '=', use.articleId)
        .where('relation', '=', use.relation)
        .where((eb) => (use.sessionId ? eb('session_id', '=', use.sessionId) : eb('ticket_id', '=', use.ticketId ?? -1)))
        .executeTakeFirst();
      // A second "sent" in one session still counts as a use; a second "solved" or "source" is the same fact.
      if (existing && use.relation !== 'sent') return;
      await db
        .insertInto('article_links')
        .values({
          article_id: use.articleId,
          relation: use.relation,
          ticket_id: use.ticketId ?? null,
          session_id: use.sessionId ?? null,
          at: now,
        })
        .execute();
    },
    async ticketsOf(articleId) {
      const rows = await db
        .selectFrom('article_links as l')
        .leftJoin('help_sessions as s', 's.id', 'l.session_id')
        .innerJoin('tickets as t', (join) => join.on(sql`t.id`, '=', sql`coalesce(l.ticket_id, s.ticket_id)`))
        .select(['t.id as ticket_id', 't.subject', 'l.relation', 'l.at'])
        .where('l.article_id', '=', articleId)
        .where('l.relation', 'in', ['source', 'solved'])
        .orderBy('l.at', 'desc')
        .execute();
      const seen = new Set<string>();
      return rows
        .map((r) => ({ ticketId: Number(r.ticket_id), subject: r.subject, relation: r.relation as 'source' | 'solved', at: Number(r.at) }))
        .filter((link) => {
          const key = `${link.relation}:${link.ticketId}`;
          return !seen.has(key) && seen.add(key);
        });
    },
    async deflect(articleId, language, now) {
      await db.insertInto('article_deflections').values({ article_id: articleId, language, at: now }).execute();
    },
    async reportRows(from, to) {
      const inPeriod = <T extends 'article_links' | 'article_deflections'>(table: T) =>
        db
          .selectFrom(table as 'article_links')
          .where('at', '>=', from)
          .where('at', '<', to);
      const links = await inPeriod('article_links')
        .select(['article_id', 'relation', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy(['article_id', 'relation'])
        .execute();
      const deflections = await db
        .selectFrom('article_deflections')
        .select(['article_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('at', '>=', from)
        .where('at', '<', to)
        .groupBy('article_id')
        .execute();
      const solvedTickets = await db
        .selectFrom('article_links as l')
        .leftJoin('help_sessions as s', 's.id', 'l.session_id')
        .select(sql<number>`count(distinct coalesce(l.ticket_id, s.ticket_id))`.as('n'))
        .where('l.relation', '=', 'solved')
        .where('l.at', '>=', from)
        .where('l.at', '<', to)
        .executeTakeFirst();
      const byArticle = new Map<string, { sent: number; solved: number; deflections: number }>();
      const entry = (id: string) => byArticle.get(id) ?? byArticle.set(id, { sent: 0, solved: 0, deflections: 0 }).get(id)!;
      for (const row of links) if (row.relation !== 'source') entry(row.article_id)[row.relation] += Number(row.n);
      for (const row of deflections) entry(row.article_id).deflections += Number(row.n);
      const titles = byArticle.size
        ? await db
            .selectFrom('articles')
            .select(['id', 'title'])
            .where('id', 'in', [...byArticle.keys()])
            .execute()
        : [];
      const titleOf = new Map(titles.map((t) => [t.id, t.title]));
      const categories = await db
        .selectFrom('tickets')
        .select(['category', (eb) => eb.fn.countAll<number>().as('n')])
        .where('created_at', '>=', from)
        .where('created_at', '<', to)
        .where('outcome', 'is', null)
        .where('category', 'is not', null)
        .groupBy('category')
        .execute();
      const covered = await db
        .selectFrom('articles')
        .select('category')
        .distinct()
        .where('status', '=', 'published')
        .where('category', 'is not', null)
        .execute();
      return {
        uses: [...byArticle].map(([articleId, counts]) => ({ articleId, title: titleOf.get(articleId) ?? '', ...counts })),
        deflections: deflections.reduce((sum, row) => sum + Number(row.n), 0),
        ticketsSolved: Number(solvedTickets?.n ?? 0),
        ticketCategories: categories.map((row) => ({ category: row.category!, tickets: Number(row.n) })),
        coveredCategories: covered.map((row) => row.category!),
      };
    },
  };
}
