import { randomUUID } from 'node:crypto';
import {
  refusedByRule,
  failure,
  type Article,
  type ArticleContent,
  type ArticleDetail,
  type ArticleQuery,
  type ArticleStatus,
  type ArticleSuggestion,
  type Failure,
  type NewArticleRequest,
  type StaffUser,
  type SuggestQuery,
} from '../../protocol';
import type { Store } from '../store/store';
import type { Saved } from '../store/articles';
import type { TicketWork } from '../tickets/ticket-work';
import { articleFilter, createArticleIndex, type RankedArticle } from './article-index';
import { draftFromTicket } from './draft-from-ticket';

const PUBLISHERS_KEY = 'knowledge.publishers';
/** Changes another process made may be missed by a moment's clock difference: each look goes back this far. */
const CLOCK_OVERLAP_MS = 5000;
const INDEX_SLICE = 200;

export interface KnowledgeDeps {
  store: Store;
  work: TicketWork;
  now: () => number;
  /** How often the index looks for articles other processes changed (default 1 s; 0 = on every search). */
  refreshMs?: number;
}

export const toSuggestion = ({ article, score }: RankedArticle): ArticleSuggestion => ({
  id: article.id,
  title: article.title,
  language: article.language,
  category: article.category,
  tags: article.tags,
  excerpt: article.excerpt,
  score: Math.round(score * 100) / 100,
});

/**
 * The knowledge base: articles and their versions (in the store), the search index over them (in
 * memory, rebuilt from the store and refreshed from it, so every process finds what any wrote), and
 * the rules: engineers write drafts; admins, and engineers an admin allows, publish and change
 * published articles; suggestions and customers see published articles only.
 */
export function createKnowledgeService(deps: KnowledgeDeps) {
  const { store, now } = deps;
  const refreshMs = deps.refreshMs ?? 1000;
  const index = createArticleIndex();
  let lastLook: number | null = null;
  let looking: Promise<void> | null = null;

  /** Indexes what changed since the last look (any process's writes), going back a little for clock differences. */
  async function look() {
    const started = now();
    const changed = await store.articles.changedSince(lastLook === null ? 0 : lastLook - CLOCK_OVERLAP_MS);
    for (let i = 0; i < changed.length; i++) {
      const article = changed[i]!;
      if (index.get(article.id)?.version !== article.version) index.upsert(article);
      // A first build of thousands of articles takes seconds: sockets are served between slices.
      if (i % INDEX_SLICE === INDEX_SLICE - 1) await new Promise((resolve) => setImmediate(resolve));
    }
    lastLook = started;
  }
  /** The index, with what other processes changed since it last looked (one look at a time). */
  async function fresh() {
    if (lastLook !== null && now() - lastLook < refreshMs) return index;
    looking ??= look().finally(() => (looking = null));
    await looking;
    return index;
  }

  async function publishers(): Promise<string[]> {
    const saved = await store.settings.get(PUBLISHERS_KEY);
    return saved ? (JSON.parse(saved) as string[]) : [];
  }
  const canPublish = async (staff: StaffUser) => staff.role === 'admin' || (await publishers()).includes(staff.id);

  async function detail(article: Article, staff: StaffUser): Promise<{ ok: true; article: ArticleDetail }> {
    index.upsert(article);
    const [translations, tickets, publisher] = await Promise.all([
      store.articles.translations(article.groupId),
      store.articleUsage.ticketsOf(article.id),
      canPublish(staff),
    ]);
    return {
      ok: true,
      article: {
        ...article,
        translations: translations
          .filter((t) => t.id !== article.id)
          .map((t) => ({ id: t.id, language: t.language, title: t.title, status: t.status })),
        tickets,
        canPublish: publisher,
      },
    };
  }
  const missing = () => failure('not_found', 'No such article');

  /** The article, if this member of staff may change it: drafts anyone, published or archived ones publishers only. */
  async function editable(staff: StaffUser, id: string): Promise<Article | Failure> {
    const article = await store.articles.get(id);
    if (!article) return missing();
    if (article.status !== 'draft' && !(await canPublish(staff)))
      return failure('forbidden', 'Only those who may publish change a published or archived article');
    return article;
  }
  const isFailure = (value: object): value is Failure => 'ok' in value;
  /** A save's answer: the article as saved, a conflict (another save came first), or what `otherwise` says. */
  const answer = <T>(saved: Saved, staff: StaffUser, otherwise: () => T) =>
    saved === 'conflict'
      ? refusedByRule('newer_version', 'A newer version was saved meanwhile: load it, then save again')
      : saved
        ? detail(saved, staff)
        : otherwise();

  return {
    fresh,
    canPublish,
    publishers,
    async setPublishers(userIds: string[]) {
      await store.settings.set(PUBLISHERS_KEY, JSON.stringify([...new Set(userIds)]));
    },

    async get(staff: StaffUser, id: string) {
      const article = await store.articles.get(id);
      return article ? detail(article, staff) : missing();
    },

    async create(staff: StaffUser, request: NewArticleRequest) {
      let groupId: string | undefined;
      if (request.translationOf) {
        const original = await store.articles.get(request.translationOf);
        if (!original) return failure('not_found', 'No such article to translate');
        const group = await store.articles.translations(original.groupId);
        if (group.some((a) => a.language === request.language))
          return refusedByRule('translation_exists', 'This article already has a version in that language');
        groupId = original.groupId;
      }
      const { translationOf: _t, ...content } = request;
      return detail(await store.articles.create({ ...content, groupId, authorId: staff.id }, now()), staff);
    },

    async fromTicket(staff: StaffUser, ticketId: number) {
      const ticket = await deps.work.ticketFor(staff, ticketId);
      if ('ok' in ticket) return ticket;
      const draft = draftFromTicket(ticket);
      const article = await store.articles.create({ ...draft, authorId: staff.id }, now());
      await store.articleUsage.link({ articleId: article.id, relation: 'source', ticketId }, now());
      return detail(article, staff);
    },

    /** A new version, over `baseVersion` when the editor says which version they opened. */
    async update(staff: StaffUser, id: string, content: ArticleContent, baseVersion?: number) {
      const current = await editable(staff, id);
      if (isFailure(current)) return current;
      return answer(await store.articles.update(id, content, staff.id, now(), baseVersion), staff, missing);
    },

    async setStatus(staff: StaffUser, id: string, status: ArticleStatus) {
      if (!(await canPublish(staff))) return failure('forbidden', 'Only admins and the engineers they allow publish or archive');
      const current = await store.articles.get(id);
      if (!current) return missing();
      return answer(await store.articles.setStatus(id, status, staff.id, now()), staff, () => detail(current, staff));
    },

    async restore(staff: StaffUser, id: string, version: number) {
      const current = await editable(staff, id);
      if (isFailure(current)) return current;
      return answer(await store.articles.restore(id, version, staff.id, now()), staff, () => failure('not_found', 'No such version'));
    },

    async versions(id: string) {
      if (!(await store.articles.get(id))) return missing();
      return { ok: true as const, versions: await store.articles.versions(id) };
    },

    /** "This solved it" or "sent to the customer": a link, and a line on the session's timeline. */
    async recordUse(staff: StaffUser, id: string, use: { relation: 'solved' | 'sent'; sessionId?: string; ticketId?: number }) {
      const article = await store.articles.get(id);
      if (!article) return missing();
      let sessionId = use.sessionId;
      if (sessionId) {
        const session = await deps.work.sessionFor(staff, sessionId);
        if ('ok' in session) return session;
      } else if (use.ticketId) {
        const ticket = await deps.work.ticketFor(staff, use.ticketId);
        if ('ok' in ticket) return ticket;
        sessionId = await store.tickets.latestSessionId(use.ticketId);
      }
      await store.articleUsage.link({ articleId: id, relation: use.relation, sessionId: use.sessionId, ticketId: use.ticketId }, now());
      if (sessionId)
        await store.sessions.appendEvent({
          id: randomUUID(),
          sessionId,
          at: now(),
          actor: { role: staff.role, name: staff.name },
          payload: { type: use.relation === 'solved' ? 'article.solved' : 'article.sent', articleId: id, title: article.title },
        });
      return { ok: true as const };
    },

    async list(query: ArticleQuery) {
      const found = await fresh();
      const filter = articleFilter(query);
      const all = query.q ? found.rank({ text: query.q, filter, limit: 1000 }).map((r) => r.article) : found.list(filter);
      const start = (query.page - 1) * query.pageSize;
      return { ok: true as const, articles: all.slice(start, start + query.pageSize).map(({ excerpt: _e, ...a }) => a), total: all.length };
    },

    /** Published articles for a problem and its findings, in one language when asked (any, if that has none). */
    async suggest(query: SuggestQuery, options: { typing?: boolean } = {}) {
      const found = await fresh();
      const ask = (language?: SuggestQuery['language']) =>
        found.rank({
          text: query.text,
          findings: query.findings,
          filter: articleFilter({ status: 'published', language }),
          limit: query.limit,
          typing: options.typing,
        });
      const inLanguage = ask(query.language);
      return (inLanguage.length > 0 || !query.language ? inLanguage : ask()).map(toSuggestion);
    },
  };
}

export type KnowledgeService = ReturnType<typeof createKnowledgeService>;
