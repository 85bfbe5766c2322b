import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArticleLanguage, type ArticleDetail } from '@firstline/protocol';
import { languageName } from '../../features/i18n/pick-language';

/** An article's other languages (and a start on a missing one), and the tickets it came from or solved. */
export function ArticleLinks({
  article,
  onTranslate,
}: {
  article: ArticleDetail;
  onTranslate: (language: ArticleLanguage) => Promise<void>;
}) {
  const { t } = useTranslation();
  const taken = new Set([article.language, ...article.translations.map((x) => x.language)]);
  const missing = ArticleLanguage.options.filter((l) => !taken.has(l));
  const [target, setTarget] = useState<ArticleLanguage | ''>('');
  return (
    <section className="card article-links" aria-labelledby="article-links-heading">
      <h2 id="article-links-heading">{t('knowledge.translations.title')}</h2>
      {article.translations.length === 0 && <p className="muted">{t('knowledge.translations.none')}</p>}
      <ul className="plain-list">
        {article.translations.map((x) => (
          <li key={x.id}>
            <a href={`#/knowledge/${x.id}`} dir="auto">
              {x.title}
            </a>{' '}
            <span className="muted small">
              {languageName(x.language)} · {t(`knowledge.status.${x.status}`)}
            </span>
          </li>
        ))}
      </ul>
      {missing.length > 0 && (
        <div className="actions">
          <select
            aria-label={t('knowledge.translations.add')}
            value={target}
            onChange={(e) => setTarget(e.target.value as ArticleLanguage)}
          >
            <option value="">{t('knowledge.translations.add')}</option>
            {missing.map((l) => (
              <option key={l} value={l}>
                {languageName(l)}
              </option>
            ))}
          </select>
          <button type="button" disabled={!target} onClick={() => target && void onTranslate(target)}>
            {t('knowledge.translations.create')}
          </button>
        </div>
      )}
      <h2>{t('knowledge.tickets.title')}</h2>
      {article.tickets.length === 0 && <p className="muted">{t('knowledge.tickets.none')}</p>}
      <ul className="plain-list">
        {article.tickets.map((link) => (
          <li key={`${link.relation}:${link.ticketId}`}>
            <a href={`#/tickets/${link.ticketId}`}>{t(`knowledge.tickets.${link.relation}`, { id: link.ticketId })}</a>{' '}
            <bdi className="muted">{link.subject}</bdi>
          </li>
        ))}
      </ul>
    </section>
  );
}
