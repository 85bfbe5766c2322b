import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { productLanguageOf, type ArticleDetail, type ArticleLanguage, type ArticleStatus } from '@firstline/protocol';
import { ApiError, apiErrorText, callApi } from '../../features/api/rest-client';
import { formatDateTime, isolate } from '../../features/ui/format';
import { ArticleEditor, type EditorValues } from './article-editor';
import { ArticleLinks } from './article-links';
import { ArticleVersions } from './article-versions';
import { useApiData } from '../../features/api/use-api-data';

const NEXT_STATUSES: Record<ArticleStatus, Array<[ArticleStatus, string]>> = {
  draft: [['published', 'publish']],
  published: [
    ['draft', 'unpublish'],
    ['archived', 'archive'],
  ],
  archived: [['published', 'publish']],
};

/** A new article: the editor, empty (in the reader's language), saved as a draft. */
export function NewArticlePage() {
  const { t, i18n } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const language: ArticleLanguage = productLanguageOf(i18n.language) ?? 'en';
  const create = async (values: EditorValues) => {
    try {
      const { article } = await callApi('POST /api/knowledge/articles', { body: values });
      location.hash = `#/knowledge/${article.id}`;
    } catch (err) {
      setError(apiErrorText(err, t));
      return err;
    }
  };
  return (
    <section className="card" aria-labelledby="article-heading">
      <a href="#/knowledge">{t('knowledge.editor.back')}</a>
      <h1 id="article-heading">{t('knowledge.editor.newTitle')}</h1>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <ArticleEditor
        initial={{ title: '', body: '', tags: [], category: null, language }}
        languageFixed={false}
        readOnly={false}
        onSave={create}
      />
    </section>
  );
}

/** One article: its text (editable while a draft, or by those who may publish), status, languages, tickets and history. */
export function ArticlePage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const { data, error: loadError } = useApiData('GET /api/knowledge/articles/:id', { params: { id } });
  const [changed, setChanged] = useState<ArticleDetail | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Someone saved a newer version while this one was open: say so, keep the text typed here, offer theirs.
  const [conflict, setConflict] = useState(false);
  const article = changed?.id === id ? changed : data?.article;
  const run = async (action: () => Promise<{ article: ArticleDetail }>, saidOnSuccess?: (a: ArticleDetail) => string) => {
    setError(null);
    setNotice(null);
    setConflict(false);
    try {
      const result = await action();
      setChanged(result.article);
      if (saidOnSuccess) setNotice(saidOnSuccess(result.article));
    } catch (err) {
      if (err instanceof ApiError && err.detail.rule === 'newer_version') setConflict(true);
      else setError(apiErrorText(err, t));
      return err;
    }
  };
  const loadNewer = () => run(() => callApi('GET /api/knowledge/articles/:id', { params: { id } }));
  if (loadError) return <p className="error">{t(`errors.${loadError}`)}</p>;
  if (!article) return <p className="muted center">{t('app.loading')}</p>;
  const readOnly = article.status !== 'draft' && !article.canPublish;
  const translate = async (language: ArticleLanguage) => {
    const { title, body, tags, category } = article;
    try {
      const result = await callApi('POST /api/knowledge/articles', {
        body: { title, body, tags, category, language, translationOf: article.id },
      });
      location.hash = `#/knowledge/${result.article.id}`;
    } catch (err) {
      setError(apiErrorText(err, t));
    }
  };
  return (
    <div className="stack">
      <section className="card" aria-labelledby="article-heading">
        <a href="#/knowledge">{t('knowledge.editor.back')}</a>
        <div className="inventory-toolbar">
          <h1 id="article-heading" dir="auto">
            {article.title}
          </h1>
          <span className={`badge article-${article.status}`} data-testid="article-status">
            {t(`knowledge.status.${article.status}`)}
          </span>
        </div>
        <p className="muted small">
          {t('knowledge.editor.byline', {
            version: article.version,
            name: isolate(article.authorName),
            date: formatDateTime(article.updatedAt, i18n.language),
          })}
        </p>
        {article.canPublish && (
          <div className="actions">
            {NEXT_STATUSES[article.status].map(([status, label]) => (
              <button
                key={status}
                type="button"
                className={status === 'published' ? 'primary' : undefined}
                onClick={() => void run(() => callApi('POST /api/knowledge/articles/:id/status', { params: { id }, body: { status } }))}
              >
                {t(`knowledge.editor.${label}`)}
              </button>
            ))}
          </div>
        )}
        {readOnly && <p className="muted">{t('knowledge.editor.readOnly')}</p>}
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        {conflict && (
          <div className="error" role="alert" data-testid="article-conflict">
            <p>{t('knowledge.editor.conflict')}</p>
            <button type="button" onClick={() => void loadNewer()}>
              {t('knowledge.editor.loadNewer')}
            </button>
          </div>
        )}
        <p role="status" className="muted">
          {notice}
        </p>
        <ArticleEditor
          key={`${article.id}:${article.version}`}
          initial={article}
          languageFixed
          readOnly={readOnly}
          onSave={({ language: _language, ...content }) =>
            run(
              () => callApi('PUT /api/knowledge/articles/:id', { params: { id }, body: { ...content, baseVersion: article.version } }),
              (a) => t('knowledge.editor.saved', { version: a.version }),
            )
          }
        />
      </section>
      <ArticleLinks article={article} onTranslate={translate} />
      <ArticleVersions
        article={article}
        canRestore={!readOnly}
        onRestore={async (version) =>
          void (await run(() => callApi('POST /api/knowledge/articles/:id/restore', { params: { id }, body: { version } })))
        }
      />
    </div>
  );
}
