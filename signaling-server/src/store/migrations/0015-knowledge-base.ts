import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../dialect';

/** Migration 0015_knowledge_base: released; never edit it, add a new one. */
export function migrationKnowledgeBase(dialect: Dialect): Migration {
  const counter = (c: any) => (dialect === 'postgres' ? c.primaryKey().generatedByDefaultAsIdentity() : c.primaryKey().autoIncrement());
  return {
    async up(db: Kysely<any>) {
      // The current text of each article; translations of one article share a group.
      await db.schema
        .createTable('articles')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('group_id', 'text', (c) => c.notNull())
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('tags', 'text', (c) => c.notNull())
        .addColumn('category', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('author_id', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('created_at', 'bigint', (c) => c.notNull())
        .addColumn('updated_at', 'bigint', (c) => c.notNull())
        .addColumn('published_at', 'bigint')
        .execute();
      // The search index of each process follows the articles changed since it last looked.
      await db.schema.createIndex('articles_by_updated').on('articles').column('updated_at').execute();
      await db.schema.createIndex('articles_by_group').on('articles').column('group_id').execute();
      // Every version ever saved, so any can be compared and restored.
      await db.schema
        .createTable('article_versions')
        .addColumn('article_id', 'text', (c) => c.notNull())
        .addColumn('version', 'integer', (c) => c.notNull())
        .addColumn('title', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .addColumn('tags', 'text', (c) => c.notNull())
        .addColumn('category', 'text')
        .addColumn('editor_id', 'text', (c) => c.notNull())
        .addColumn('change', 'text', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .addPrimaryKeyConstraint('article_versions_pk', ['article_id', 'version'])
        .execute();
      // Where an article came from (a ticket), where it was sent (a session) and what it solved.
      await db.schema
        .createTable('article_links')
        .addColumn('id', 'integer', counter)
        .addColumn('article_id', 'text', (c) => c.notNull())
        .addColumn('relation', 'text', (c) => c.notNull())
        .addColumn('ticket_id', 'integer')
        .addColumn('session_id', 'text')
        .addColumn('at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('article_links_by_article').on('article_links').columns(['article_id', 'relation']).execute();
      await db.schema.createIndex('article_links_by_at').on('article_links').column('at').execute();
      // Customers who found their answer before asking: no session, no ticket, only this count.
      await db.schema
        .createTable('article_deflections')
        .addColumn('id', 'integer', counter)
        .addColumn('article_id', 'text', (c) => c.notNull())
        .addColumn('language', 'text', (c) => c.notNull())
        .addColumn('at', 'bigint', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('article_deflections_by_at').on('article_deflections').column('at').execute();
    },
  };
}
