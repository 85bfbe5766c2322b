import { randomUUID } from 'node:crypto';
import BetterSqlite3 from 'better-sqlite3';
import type { SeedArticle } from './knowledge-corpus/corpus';

/**
 * Writes published articles straight into a migrated SQLite file in one transaction (the REST route
 * would take minutes for 10,000); the server then indexes them as it would any other process's.
 * Returns each article's id, in order.
 */
export function seedArticles(file: string, articles: SeedArticle[], authorId: string, now: number): string[] {
  const db = new BetterSqlite3(file);
  const ids = articles.map(() => randomUUID());
  const insert = db.prepare(
    `insert into articles (id, group_id, language, title, body, tags, category, status, author_id, version, created_at, updated_at, published_at)
     values (?, ?, ?, ?, ?, ?, null, 'published', ?, 1, ?, ?, ?)`,
  );
  const version = db.prepare(
    `insert into article_versions (article_id, version, title, body, tags, category, editor_id, change, at) values (?, 1, ?, ?, ?, null, ?, 'created', ?)`,
  );
  db.transaction(() => {
    articles.forEach((a, i) => {
      const tags = JSON.stringify(a.tags);
      insert.run(ids[i], randomUUID(), a.language, a.title, a.body, tags, authorId, now, now, now);
      version.run(ids[i], a.title, a.body, tags, authorId, now);
    });
  })();
  db.close();
  return ids;
}
