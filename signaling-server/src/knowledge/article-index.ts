import MiniSearch, { type SearchOptions } from 'minisearch';
import type { Article, ArticleLanguage, ArticleStatus, ArticleSummary } from '../../protocol';
import { excerptOf } from './plain-text';
import { searchTerms, tagTerm } from './search-terms';

/** What the index keeps of each article to list, filter and show it without the database. */
export type IndexedArticle = ArticleSummary & { excerpt: string };

export interface RankedArticle {
  article: IndexedArticle;
  score: number;
}

export interface RankOptions {
  /** Words: the problem, a search. */
  text: string;
  /** Diagnostics findings or tags, matched whole against the articles' tags. */
  findings?: string[];
  filter?: (article: IndexedArticle) => boolean;
  limit: number;
  /** The last word may be unfinished (someone is still typing it). */
  typing?: boolean;
}

// Title words weigh most, then tags and category, then the body; a finding that is an article's
// tag weighs about as much as a word of its title.
const BOOST = { title: 3, topics: 2, body: 1 };
const FINDING_WEIGHT = 1.5;

/** Typos: one letter off in Latin-script words of five letters or more, two from nine. */
const fuzzy = (term: string) => (/^[a-z]+$/.test(term) && term.length >= 5 ? (term.length >= 9 ? 2 : 1) : false);

/**
 * The articles' search index: BM25 ranking (MiniSearch) over title, tags and category, and body,
 * on the terms of search-terms.ts, with typo tolerance; tags also match whole, for findings. It is
 * held in memory, built from the store and kept up to date by `refresh` (see knowledge-service),
 * so it is a cache any process can rebuild, never the record.
 */
export function createArticleIndex() {
  const articles = new Map<string, IndexedArticle>();
  const search = new MiniSearch<{ id: string; title: string; topics: string; body: string; tagTerms: string }>({
    fields: ['title', 'topics', 'body', 'tagTerms'],
    tokenize: (text, field) => (field === 'tagTerms' ? text.split(' ').filter(Boolean) : searchTerms(text)),
    processTerm: (term) => term,
    searchOptions: { tokenize: searchTerms, processTerm: (term) => term },
  });

  function upsert(article: Article) {
    const { body, authorId: _a, createdAt: _c, publishedAt: _p, ...summary } = article;
    const doc = {
      id: article.id,
      title: article.title,
      topics: [...article.tags.map((t) => t.replace(/[_-]/g, ' ')), article.category ?? ''].join(' '),
      body,
      tagTerms: article.tags.map(tagTerm).join(' '),
    };
    if (search.has(article.id)) search.replace(doc);
    else search.add(doc);
    articles.set(article.id, { ...summary, excerpt: excerptOf(body) });
  }

  function rank(options: RankOptions): RankedArticle[] {
    const scores = new Map<string, number>();
    const filter = options.filter;
    const accept: SearchOptions['filter'] = filter && ((result) => filter(articles.get(result.id as string)!));
    const add = (id: string, score: number) => scores.set(id, (scores.get(id) ?? 0) + score);
    if (options.text.trim())
      for (const hit of search.search(options.text, {
        fields: ['title', 'topics', 'body'],
        boost: BOOST,
        fuzzy,
        prefix: (term, index, terms) => Boolean(options.typing) && index === terms.length - 1 && term.length >= 2,
        combineWith: 'OR',
        filter: accept,
      }))
        add(hit.id as string, hit.score);
    const findings = (options.findings ?? []).map(tagTerm).filter(Boolean);
    if (findings.length > 0)
      for (const hit of search.search(findings.join(' '), {
        fields: ['tagTerms'],
        tokenize: (text) => text.split(' '),
        combineWith: 'OR',
        filter: accept,
      }))
        add(hit.id as string, hit.score * FINDING_WEIGHT);
    return [...scores]
      .sort((a, b) => b[1] - a[1])
      .slice(0, options.limit)
      .map(([id, score]) => ({ article: articles.get(id)!, score }));
  }

  return {
    upsert,
    rank,
    get: (id: string) => articles.get(id),
    /** Every article that passes the filter, most recently changed first. */
    list(filter: (article: IndexedArticle) => boolean): IndexedArticle[] {
      return [...articles.values()].filter(filter).sort((a, b) => b.updatedAt - a.updatedAt);
    },
    get size() {
      return articles.size;
    },
  };
}

export type ArticleIndex = ReturnType<typeof createArticleIndex>;

/** A filter over the index from the list's and the suggestions' parameters. */
export function articleFilter(criteria: {
  status?: ArticleStatus;
  language?: ArticleLanguage;
  category?: string;
  tag?: string;
}): (article: IndexedArticle) => boolean {
  const category = criteria.category?.toLowerCase();
  return (a) =>
    (!criteria.status || a.status === criteria.status) &&
    (!criteria.language || a.language === criteria.language) &&
    (!category || a.category?.toLowerCase() === category) &&
    (!criteria.tag || a.tags.includes(criteria.tag));
}
