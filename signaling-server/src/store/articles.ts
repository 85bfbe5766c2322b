import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { Article, ArticleContent, ArticleLanguage, ArticleStatus, ArticleVersion } from '../../protocol';
import type { Database } from './database-schema';
import type { ArticlesTable } from './knowledge-schema';

export interface NewArticle extends ArticleContent {
  language: ArticleLanguage;
  /** The group of the article this one translates; a new group otherwise. */
  groupId?: string;
  authorId: string;
}

export interface ArticleRepo {
  create(article: NewArticle, now: number): Promise<Article>;
  get(id: string): Promise<Article | undefined>;
  /** A new version of the content; `conflict` when the article is no longer at `baseVersion` (someone saved meanwhile). */
  update(id: string, content: ArticleContent, editorId: string, now: number, baseVersion?: number): Promise<Saved>;
  setStatus(id: string, status: ArticleStatus, editorId: string, now: number): Promise<Saved>;
  /** Makes an older version's content current, as a new version; undefined when either is missing. */
  restore(id: string, version: number, editorId: string, now: number): Promise<Saved>;
  versions(id: string): Promise<ArticleVersion[]>;
  /** The other languages of an article's group. */
  translations(groupId: string): Promise<Article[]>;
  /** Articles changed at or after `since` (the search index follows these), oldest change first. */
  changedSince(since: number): Promise<Article[]>;
}

/** A version written; undefined when the article (or what it needs) is missing; `conflict` when another save came first. */
export type Saved = Article | 'conflict' | undefined;

type Row = Selectable<ArticlesTable> & { author_name: string | null };

const toArticle = (row: Row): Article => ({
  id: row.id,
  groupId: row.group_id,
  language: row.language,
  title: row.title,
  body: row.body,
  tags: JSON.parse(row.tags) as string[],
  category: row.category,
  status: row.status,
  authorId: row.author_id,
  authorName: row.author_name ?? '',
  version: Number(row.version),
  createdAt: Number(row.created_at),
  updatedAt: Number(row.updated_at),
  publishedAt: row.published_at === null ? null : Number(row.published_at),
});

/** Articles and every version of them. Each change writes the article and its version in one transaction. */
export function createArticleRepo(db: Kysely<Database>): ArticleRepo {
  const select = (trx: Kysely<Database>) =>
    trx
      .selectFrom('articles')
      .leftJoin('users', 'users.id', 'articles.author_id')
      .selectAll('articles')
      .select('users.name as author_name');
  const read = async (trx: Kysely<Database>, id: string) => {
    const row = await select(trx).where('articles.id', '=', id).executeTakeFirst();
    return row && toArticle(row);
  };

  /**
   * Writes the next version of an article (content and status as given) and records it. Only over
   * the version it read (or `baseVersion`, the one the editor opened): of two saves at once, the
   * second finds the version moved on and gets `conflict` rather than overwriting the first.
   */
  async function saveVersion(
    id: string,
    change: ArticleVersion['change'],
    editorId: string,
    now: number,
    next: (current: Article) => { content: ArticleContent; status: ArticleStatus } | undefined,
    baseVersion?: number,
  ): Promise<Saved> {
    return db.transaction().execute(async (trx) => {
      const current = await read(trx, id);
      const wanted = current && next(current);
      if (!current || !wanted) return undefined;
      if (baseVersion !== undefined && baseVersion !== current.version) return 'conflict';
      const version = current.version + 1;
      const { content, status } = wanted;
      const tags = JSON.stringify(content.tags);
      const written = await trx
        .updateTable('articles')
        .set({
          title: content.title,
          body: content.body,
          tags,
          category: content.category,
          status,
          version,
          updated_at: now,
          ...(status === 'published' && current.status !== 'published' && { published_at: now }),
        })
        .where('id', '=', id)
        .where('version', '=', current.version)
        .executeTakeFirst();
      if (Number(written.numUpdatedRows) === 0) return 'conflict';
      await trx
        .insertInto('article_versions')
        .values({
          article_id: id,
          version,
          title: content.title,
          body: content.body,
          tags,
          category: content.category,
          editor_id: editorId,
          change,
          at: now,
        })
        .execute();
      return read(trx, id);
    });
  }
  const contentOf = (a: Pick<Article, 'title' | 'body' | 'tags' | 'category'>): ArticleContent => ({
    title: a.title,
    body: a.body,
    tags: a.tags,
    category: a.category,
  });

  return {
    async create(article, now) {
      const id = randomUUID();
      const tags = JSON.stringify(article.tags);
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('articles')
          .values({
            id,
            group_id: article.groupId ?? randomUUID(),
            language: article.language,
            title: article.title,
            body: article.body,
            tags,
            category: article.category,
            status: 'draft',
            author_id: article.authorId,
            version: 1,
            created_at: now,
            updated_at: now,
            published_at: null,
          })
          .execute();
        await trx
          .insertInto('article_versions')
          .values({
            article_id: id,
            version: 1,
            title: article.title,
            body: article.body,
            tags,
            category: article.category,
            editor_id: article.authorId,
            change: 'created',
            at: now,
          })
          .execute();
      });
      return (await read(db, id))!;
    },
    get: (id) => read(db, id),
    update: (id, content, editorId, now, baseVersion) =>
      saveVersion(id, 'edited', editorId, now, (current) => ({ content, status: current.status }), baseVersion),
    setStatus(id, status, editorId, now) {
      const change = status === 'published' ? 'published' : status === 'archived' ? 'archived' : 'unpublished';
      return saveVersion(id, change, editorId, now, (current) =>
        current.status === status ? undefined : { content: contentOf(current), status },
      );
    },
    async restore(id, version, editorId, now) {
      const old = await db
        .selectFrom('article_versions')
        .selectAll()
        .where('article_id', '=', id)
        .where('version', '=', version)
        .executeTakeFirst();
      if (!old) return undefined;
      const content = contentOf({ ...old, tags: JSON.parse(old.tags) as string[] });
      return saveVersion(id, 'restored', editorId, now, (current) => ({ content, status: current.status }));
    },
    async versions(id) {
      const rows = await db
        .selectFrom('article_versions')
        .leftJoin('users', 'users.id', 'article_versions.editor_id')
        .selectAll('article_versions')
        .select('users.name as editor_name')
        .where('article_id', '=', id)
        .orderBy('version', 'desc')
        .execute();
      return rows.map((row) => ({
        version: Number(row.version),
        title: row.title,
        body: row.body,
        tags: JSON.parse(row.tags) as string[],
        category: row.category,
        editorName: row.editor_name ?? '',
        at: Number(row.at),
        change: row.change,
      }));
    },
    async translations(groupId) {
      return (await select(db).where('articles.group_id', '=', groupId).orderBy('articles.language').execute()).map(toArticle);
    },
    async changedSince(since) {
      return (await select(db).where('articles.updated_at', '>=', since).orderBy('articles.updated_at').execute()).map(toArticle);
    },
  };
}
