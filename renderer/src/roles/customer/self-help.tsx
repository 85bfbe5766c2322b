import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ArticleLanguage, type ArticleSuggestion, type HelpArticle } from '@firstline/protocol';
import { callApi } from '../../features/api/rest-client';
import { ArticleMarkdown } from '../../features/knowledge/article-markdown';
import { languageName } from '../../features/i18n/pick-language';
import { isolate } from '../../features/ui/format';

/** The customer's language as an article language (English when the product speaks one articles do not). */
export function articleLanguageOf(language: string): ArticleLanguage {
  const parsed = ArticleLanguage.safeParse(language);
  return parsed.success ? parsed.data : 'en';
}

/**
 * While a customer describes their problem, and before any session exists: published articles in
 * their language that may answer it. Reading one and saying it solved the problem counts a
 * deflection and files nothing; "I still need help" goes back to the request.
 */
export function SelfHelp({ text, serverUrl, onSolved }: { text: string; serverUrl: () => Promise<string>; onSolved: () => void }) {
  const { t, i18n } = useTranslation();
  const language = articleLanguageOf(i18n.language);
  const [suggestions, setSuggestions] = useState<ArticleSuggestion[]>([]);
  const [open, setOpen] = useState<HelpArticle | null>(null);
  const query = text.trim();

  useEffect(() => {
    if (query.length < 3) return setSuggestions([]);
    let current = true;
    // Asked once the customer pauses typing, not on every key.
    const timer = setTimeout(() => {
      void serverUrl()
        .then((base) => callApi('GET /api/knowledge/help', { base, query: { text: query, language } }))
        .then((answer) => current && setSuggestions(answer.suggestions))
        .catch(() => current && setSuggestions([]));
    }, 350);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, language, serverUrl]);

  const read = async (id: string) => {
    const base = await serverUrl();
    setOpen((await callApi('GET /api/knowledge/help/:id', { base, params: { id }, query: { language } })).article);
  };
  const solved = async (id: string) => {
    const base = await serverUrl();
    await callApi('POST /api/knowledge/help/:id/deflected', { base, params: { id }, body: { language } });
    onSolved();
  };

  if (open)
    return (
      <section className="card narrow help-article" aria-labelledby="help-article-heading" data-testid="help-article">
        <h2 id="help-article-heading" dir="auto" lang={open.language}>
          {open.title}
        </h2>
        {open.requestedLanguage && (
          <p className="muted">
            {t('knowledge.help.otherLanguage', {
              language: isolate(languageName(open.language)),
            })}
          </p>
        )}
        <div lang={open.language}>
          <ArticleMarkdown source={open.body} />
        </div>
        <div className="actions">
          <button type="button" className="primary" onClick={() => void solved(open.id)}>
            {t('knowledge.help.solved')}
          </button>
          <button type="button" onClick={() => setOpen(null)}>
            {t('knowledge.help.stillNeed')}
          </button>
        </div>
      </section>
    );
  if (suggestions.length === 0) return null;
  return (
    <section className="card narrow self-help" aria-labelledby="self-help-heading" aria-live="polite" data-testid="self-help">
      <h2 id="self-help-heading">{t('knowledge.help.title')}</h2>
      <ul className="plain-list">
        {suggestions.map((s) => (
          <li key={s.id}>
            <button type="button" className="link" onClick={() => void read(s.id)} dir="auto">
              {s.title}
            </button>
            <p className="muted small" dir="auto">
              {s.excerpt}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
