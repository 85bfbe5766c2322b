import type { Generated } from 'kysely';
import type { ArticleLanguage, ArticleStatus, ArticleVersion } from '../../protocol';

/** Row shapes of the knowledge base's tables (migration 0015). */
export interface ArticlesTable {
  id: string;
  group_id: string;
  language: ArticleLanguage;
  title: string;
  body: string;
  /** JSON array of tags. */
  tags: string;
  category: string | null;
  status: ArticleStatus;
  author_id: string;
  version: number;
  created_at: number;
  updated_at: number;
  published_at: number | null;
}

export interface ArticleVersionsTable {
  article_id: string;
  version: number;
  title: string;
  body: string;
  tags: string;
  category: string | null;
  editor_id: string;
  change: ArticleVersion['change'];
  at: number;
}

export interface ArticleLinksTable {
  id: Generated<number>;
  article_id: string;
  relation: 'source' | 'solved' | 'sent';
  ticket_id: number | null;
  session_id: string | null;
  at: number;
}

export interface ArticleDeflectionsTable {
  id: Generated<number>;
  article_id: string;
  language: ArticleLanguage;
  at: number;
}
