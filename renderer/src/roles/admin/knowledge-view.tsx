import { useTranslation } from 'react-i18next';
import { ArticleLanguage, ArticleStatus } from '@firstline/protocol';
import { languageName } from '../../features/i18n/pick-language';
import { DataTable } from '../../features/ui/data-table';
import { formatDateTime } from '../../features/ui/format';
import { ChoiceSelect } from './filter-controls';
import { listFromUrl } from './list-url';
import { Pager } from './pager';
import { PublishersCard } from './publishers-card';
import { useApiData } from '../../features/api/use-api-data';

export const ARTICLE_FILTER_KEYS = ['q', 'status', 'language', 'category', 'tag'] as const;

/** The knowledge base: articles found by search and filters (all in the URL), a new one, and who may publish. */
export function KnowledgeView({ query, isAdmin }: { query: string; isAdmin: boolean }) {
  const { t, i18n } = useTranslation();
  const list = listFromUrl('knowledge', query, ARTICLE_FILTER_KEYS);
  const { data, error } = useApiData('GET /api/knowledge/articles', { query });
  const { filters, change } = list;
  return (
    <div className="stack">
      <section className="card" aria-labelledby="knowledge-heading">
        <div className="inventory-toolbar">
          <h1 id="knowledge-heading">{t('knowledge.title')}</h1>
          <a className="button primary" href="#/knowledge/new">
            {t('knowledge.newArticle')}
          </a>
        </div>
        <p className="muted">{t('knowledge.explain')}</p>
        <div className="filters" role="search">
          <input
            type="search"
            aria-label={t('knowledge.search')}
            placeholder={t('knowledge.search')}
            value={filters.q}
            onChange={(e) => change({ q: e.target.value })}
          />
          <ChoiceSelect
            label={t('knowledge.filters.status')}
            any={t('knowledge.filters.anyStatus')}
            choices={ArticleStatus.options.map((s): [string, string] => [s, t(`knowledge.status.${s}`)])}
            value={filters.status}
            onChange={(status) => change({ status })}
          />
          <ChoiceSelect
            label={t('knowledge.filters.language')}
            any={t('knowledge.filters.anyLanguage')}
            choices={ArticleLanguage.options.map((l): [string, string] => [l, languageName(l)])}
            value={filters.language}
            onChange={(language) => change({ language })}
          />
          <input
            aria-label={t('knowledge.filters.category')}
            placeholder={t('knowledge.filters.category')}
            value={filters.category}
            onChange={(e) => change({ category: e.target.value })}
          />
          <input
            aria-label={t('knowledge.filters.tag')}
            placeholder={t('knowledge.filters.tag')}
            value={filters.tag}
            onChange={(e) => change({ tag: e.target.value.trim().toLowerCase() })}
          />
        </div>
        {error && <p className="error">{t(`errors.${error}`)}</p>}
        {data && data.articles.length === 0 && <p className="muted">{t('knowledge.none')}</p>}
        {data && data.articles.length > 0 && (
          <>
            <DataTable
              labels={[
                t('knowledge.columns.title'),
                t('knowledge.columns.language'),
                t('knowledge.columns.status'),
                t('knowledge.columns.category'),
                t('knowledge.columns.updated'),
              ]}
            >
              {data.articles.map((article) => (
                <tr key={article.id} data-testid="article-row">
                  <td dir="auto">
                    <a href={`#/knowledge/${article.id}`}>{article.title}</a>
                    {article.tags.length > 0 && (
                      <span className="tags">
                        {article.tags.map((tag) => (
                          <a key={tag} className="tag" href={`#/knowledge?tag=${encodeURIComponent(tag)}`}>
                            {tag}
                          </a>
                        ))}
                      </span>
                    )}
                  </td>
                  <td>{languageName(article.language)}</td>
                  <td>
                    <span className={`badge article-${article.status}`}>{t(`knowledge.status.${article.status}`)}</span>
                  </td>
                  <td dir="auto">{article.category ?? '—'}</td>
                  <td>{formatDateTime(article.updatedAt, i18n.language)}</td>
                </tr>
              ))}
            </DataTable>
            <Pager page={data.page} pageSize={data.pageSize} total={data.total} onPage={list.toPage} />
          </>
        )}
      </section>
      {isAdmin && <PublishersCard />}
    </div>
  );
}
