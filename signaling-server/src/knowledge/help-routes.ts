import type { ArticleLanguage, HelpArticle } from '../../protocol';
import { HttpError } from '../http/http-errors';
import type { RestRouter } from '../http/rest-router';
import type { RequestLimit } from '../http/request-limit';
import type { Store } from '../store/store';
import type { KnowledgeService } from './knowledge-service';

/** Searches and reads per address per minute: plenty for a person typing, little for a scraper. */
export const HELP_REQUESTS_PER_MINUTE = 120;

/**
 * Customers, before they ask for help: published articles only, read-only (besides counting a
 * deflection), without an account, and rate-limited per address.
 */
export function registerHelpRoutes(
  route: RestRouter,
  deps: {
    knowledge: KnowledgeService;
    store: Store;
    /** Per address: plenty for a person typing, little for a scraper. */
    limit: RequestLimit;
    now: () => number;
  },
): void {
  const { knowledge, store, limit } = deps;

  /** The published article in the language asked for, or the one asked for with a note that it is another language. */
  async function published(id: string, language: ArticleLanguage): Promise<HelpArticle> {
    const article = await store.articles.get(id);
    if (!article || article.status !== 'published') throw new HttpError('not_found', 'No such article');
    const translation =
      article.language === language
        ? article
        : (await store.articles.translations(article.groupId)).find((a) => a.language === language && a.status === 'published');
    const shown = translation ?? article;
    return {
      id: shown.id,
      title: shown.title,
      body: shown.body,
      language: shown.language,
      requestedLanguage: translation ? null : language,
    };
  }

  route('GET /api/knowledge/help', async ({ query, request }) => {
    await limit(request);
    return {
      ok: true,
      suggestions: await knowledge.suggest({ text: query.text, findings: [], language: query.language, limit: 5 }, { typing: true }),
    };
  });

  route('GET /api/knowledge/help/:id', async ({ params, query, request }) => {
    await limit(request);
    return { ok: true, article: await published(params.id, query.language) };
  });

  route('POST /api/knowledge/help/:id/deflected', async ({ params, body, request }) => {
    await limit(request);
    const article = await published(params.id, body.language);
    await store.articleUsage.deflect(article.id, body.language, deps.now());
    return { ok: true };
  });
}
