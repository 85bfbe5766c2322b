import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Article } from '@firstline/protocol';
import { wordDiff } from '../../features/knowledge/word-diff';
import { formatDateTime, isolate } from '../../features/ui/format';
import { useApiData } from '../../features/api/use-api-data';

/** Every version of an article: what changed from any of them to the current text, and a restore. */
export function ArticleVersions({
  article,
  canRestore,
  onRestore,
}: {
  article: Article;
  canRestore: boolean;
  onRestore: (version: number) => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  // Reloaded whenever the article gets a new version.
  const { data } = useApiData('GET /api/knowledge/articles/:id/versions', { params: { id: article.id }, query: `v=${article.version}` });
  const [compared, setCompared] = useState<number | null>(null);
  const old = data?.versions.find((v) => v.version === compared);
  const current = `${article.title}\n\n${article.body}`;
  const parts = old ? wordDiff(`${old.title}\n\n${old.body}`, current) : [];
  return (
    <section className="card" aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t('knowledge.versions.title')}</h2>
      <ol className="versions">
        {data?.versions.map((v) => (
          <li key={v.version}>
            <span>
              {t('knowledge.versions.line', {
                version: v.version,
                change: t(`knowledge.versions.change.${v.change}`),
                name: isolate(v.editorName),
                date: formatDateTime(v.at, i18n.language),
              })}
            </span>
            {v.version !== article.version && (
              <span className="actions">
                <button
                  type="button"
                  aria-pressed={compared === v.version}
                  onClick={() => setCompared(compared === v.version ? null : v.version)}
                >
                  {t('knowledge.versions.compare')}
                </button>
                {canRestore && (
                  <button type="button" onClick={() => void onRestore(v.version).then(() => setCompared(null))}>
                    {t('knowledge.versions.restore')}
                  </button>
                )}
              </span>
            )}
          </li>
        ))}
      </ol>
      {old && (
        <div className="diff" data-testid="version-diff">
          <h3>{t('knowledge.versions.diffTitle', { version: old.version })}</h3>
          {parts.every((p) => p.kind === 'same') ? (
            <p className="muted">{t('knowledge.versions.same')}</p>
          ) : (
            <pre dir="auto">
              {parts.map((part, i) =>
                part.kind === 'added' ? (
                  <ins key={i}>{part.text}</ins>
                ) : part.kind === 'removed' ? (
                  <del key={i}>{part.text}</del>
                ) : (
                  <span key={i}>{part.text}</span>
                ),
              )}
            </pre>
          )}
        </div>
      )}
    </section>
  );
}
