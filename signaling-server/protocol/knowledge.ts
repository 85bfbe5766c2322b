import { z } from 'zod';
import { ProductLanguage } from './languages';
import { Tag } from './tickets';

/** An article can be written in any language the product ships. */
export const ArticleLanguage = ProductLanguage;
export type ArticleLanguage = ProductLanguage;

/** Drafts are seen by staff only; published ones by customers too; archived ones by nobody but staff. */
export const ArticleStatus = z.enum(['draft', 'published', 'archived']);
export type ArticleStatus = z.infer<typeof ArticleStatus>;

export const ARTICLE_BODY_MAX = 50_000;

/** What an author writes: the body is Markdown, shown without any raw HTML. */
export const ArticleContent = z.object({
  title: z.string().trim().min(1).max(200),
  body: z.string().trim().min(1).max(ARTICLE_BODY_MAX),
  tags: z
    .array(Tag)
    .max(20)
    .transform((tags) => [...new Set(tags)]),
  category: z.string().trim().min(1).max(80).nullable(),
});
export type ArticleContent = z.infer<typeof ArticleContent>;

/** Saving an article: its content, and the version the editor opened, so a save made meanwhile by someone else is not overwritten. */
export const ArticleSaveRequest = ArticleContent.extend({ baseVersion: z.number().int().positive().optional() });
export type ArticleSaveRequest = z.infer<typeof ArticleSaveRequest>;

export const NewArticleRequest = ArticleContent.extend({
  language: ArticleLanguage,
  /** Another article this one translates: both then belong to one group, one per language. */
  translationOf: z.string().uuid().optional(),
});
export type NewArticleRequest = z.infer<typeof NewArticleRequest>;

export const ArticleStatusRequest = z.object({ status: ArticleStatus });
export const RestoreRequest = z.object({ version: z.number().int().positive() });
export const FromTicketRequest = z.object({ ticketId: z.number().int().positive() });
/** "This solved it" in a session (its ticket follows it), or on a ticket afterwards. */
export const SolvedRequest = z.union([z.object({ sessionId: z.string().uuid() }), z.object({ ticketId: z.number().int().positive() })]);
export const SentRequest = z.object({ sessionId: z.string().uuid() });

export const ArticleSummary = z.object({
  id: z.string(),
  groupId: z.string(),
  language: ArticleLanguage,
  title: z.string(),
  tags: z.array(z.string()),
  category: z.string().nullable(),
  status: ArticleStatus,
  authorName: z.string(),
  version: z.number(),
  updatedAt: z.number(),
});
export type ArticleSummary = z.infer<typeof ArticleSummary>;

export const Article = ArticleSummary.extend({
  body: z.string(),
  authorId: z.string(),
  createdAt: z.number(),
  publishedAt: z.number().nullable(),
});
export type Article = z.infer<typeof Article>;

export const ArticleVersion = z.object({
  version: z.number(),
  title: z.string(),
  body: z.string(),
  tags: z.array(z.string()),
  category: z.string().nullable(),
  editorName: z.string(),
  at: z.number(),
  /** What the version was: written, restored from an older one, or a change of status. */
  change: z.enum(['created', 'edited', 'restored', 'published', 'archived', 'unpublished']),
});
export type ArticleVersion = z.infer<typeof ArticleVersion>;

export const ArticleTicketLink = z.object({
  ticketId: z.number(),
  subject: z.string(),
  relation: z.enum(['source', 'solved']),
  at: z.number(),
});
export type ArticleTicketLink = z.infer<typeof ArticleTicketLink>;

export const ArticleDetail = Article.extend({
  translations: z.array(z.object({ id: z.string(), language: ArticleLanguage, title: z.string(), status: ArticleStatus })),
  tickets: z.array(ArticleTicketLink),
  /** Whether the person asking may publish, archive or edit it once published. */
  canPublish: z.boolean(),
});
export type ArticleDetail = z.infer<typeof ArticleDetail>;

const commaList = z
  .string()
  .max(600)
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean)
      .slice(0, 20),
  );

/** The staff's list: ranked by the search when there is one, most recently changed first otherwise. */
export const ArticleQuery = z.object({
  q: z.string().trim().max(200).optional(),
  category: z.string().trim().max(80).optional(),
  tag: Tag.optional(),
  language: ArticleLanguage.optional(),
  status: ArticleStatus.optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type ArticleQuery = z.infer<typeof ArticleQuery>;

/** Articles for a problem: its text and the diagnostics findings (rule ids such as dns_failure). */
export const SuggestQuery = z.object({
  text: z.string().trim().max(2000).default(''),
  findings: commaList.default([]),
  language: ArticleLanguage.optional(),
  limit: z.coerce.number().int().min(1).max(10).default(5),
});
export type SuggestQuery = z.infer<typeof SuggestQuery>;

export const ArticleSuggestion = z.object({
  id: z.string(),
  title: z.string(),
  language: ArticleLanguage,
  category: z.string().nullable(),
  tags: z.array(z.string()),
  /** The opening of the body, as plain text. */
  excerpt: z.string(),
  score: z.number(),
});
export type ArticleSuggestion = z.infer<typeof ArticleSuggestion>;

/** What a customer asks for before any session: published articles in their language. */
export const HelpSearchQuery = z.object({
  text: z.string().trim().min(2).max(2000),
  language: ArticleLanguage,
});
export const HelpArticleQuery = z.object({ language: ArticleLanguage });

/** A published article as a customer sees it: in their language when it has one, else with a note saying which. */
export const HelpArticle = z.object({
  id: z.string(),
  title: z.string(),
  body: z.string(),
  language: ArticleLanguage,
  /** Set when the article is not in the language asked for. */
  requestedLanguage: ArticleLanguage.nullable(),
});
export type HelpArticle = z.infer<typeof HelpArticle>;

export const DeflectionRequest = z.object({ language: ArticleLanguage });

export const PublishersRequest = z.object({ userIds: z.array(z.string().uuid()).max(500) });

export const KnowledgeReportQuery = z.object({
  from: z.coerce.number().int().min(0),
  to: z.coerce.number().int().min(0),
});

export const KnowledgeReport = z.object({
  mostUsed: z.array(z.object({ id: z.string(), title: z.string(), sent: z.number(), solved: z.number(), deflections: z.number() })),
  deflections: z.number(),
  ticketsSolvedWithArticle: z.number(),
  /** Categories with tickets in the period and no published article. */
  gaps: z.array(z.object({ category: z.string(), tickets: z.number() })),
});
export type KnowledgeReport = z.infer<typeof KnowledgeReport>;
