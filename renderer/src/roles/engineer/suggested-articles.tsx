import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { articlePlainText, CHAT_MAX_LENGTH, type ArticleLanguage, type ArticleSuggestion } from '@firstline/protocol';
import { callApi } from '../../features/api/rest-client';

type Done = Record<string, { sent?: boolean; solved?: boolean }>;

/**
 * Published articles that match the customer's problem and the live diagnostics findings, best
 * first. One click sends an article's steps to the customer in chat; "This solved it" links it to
 * the session's ticket. Both go on the timeline.
 */
export function SuggestedArticles({
  sessionId,
  problem,
  language,
  findings,
  onSendChat,
  canSend,
}: {
  sessionId: string;
  problem: string;
  /** The customer's language: articles written in it come first (any language when none is). */
  language: ArticleLanguage | null;
  findings: string[];
  onSendChat: (text: string) => void;
  canSend: boolean;
}) {
  const { t } = useTranslation();
  const [suggestions, setSuggestions] = useState<ArticleSuggestion[] | null>(null);
  const [done, setDone] = useState<Done>({});
  // The engineer's own words replace the customer's when the suggestions miss.
  const [search, setSearch] = useState('');
  const own = search.trim();
  const findingList = own ? '' : [...new Set(findings)].sort().join(',');
  const text = own || problem;
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      callApi('GET /api/knowledge/suggestions', { query: { text, findings: findingList, limit: 3, ...(language && { language }) } })
        .then((answer) => current && setSuggestions(answer.suggestions))
        .catch(() => current && setSuggestions([]));
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, findingList, language]);
  const mark = (id: string, what: 'sent' | 'solved') => setDone((d) => ({ ...d, [id]: { ...d[id], [what]: true } }));

  const send = async (id: string) => {
    const { article } = await callApi('GET /api/knowledge/articles/:id', { params: { id } });
    // The steps as readable text: chat shows no Markdown.
    onSendChat(`${article.title}\n\n${articlePlainText(article.body, { lines: true })}`.slice(0, CHAT_MAX_LENGTH));
    await callApi('POST /api/knowledge/articles/:id/sent', { params: { id }, body: { sessionId } });
    mark(id, 'sent');
  };
  const solved = async (id: string) => {
    await callApi('POST /api/knowledge/articles/:id/solved', { params: { id }, body: { sessionId } });
    mark(id, 'solved');
  };

  return (
    <section className="card suggestions" aria-labelledby="suggestions-heading" data-testid="suggested-articles">
      <h2 id="suggestions-heading">{t('knowledge.suggestions.title')}</h2>
      <input
        type="search"
        aria-label={t('knowledge.search')}
        placeholder={t('knowledge.search')}
        value={search}
        maxLength={200}
        onChange={(e) => setSearch(e.target.value)}
      />
      {suggestions?.length === 0 && <p className="muted small">{t('knowledge.suggestions.none')}</p>}
      <ol className="plain-list">
        {suggestions?.map((s) => (
          <li key={s.id} data-testid="suggestion">
            <a href={`/admin#/knowledge/${s.id}`} target="_blank" rel="noopener" dir="auto">
              {s.title}
            </a>
            <p className="muted small" dir="auto">
              {s.excerpt}
            </p>
            <div className="actions">
              <button type="button" disabled={!canSend || done[s.id]?.sent} onClick={() => void send(s.id)}>
                {done[s.id]?.sent ? t('knowledge.suggestions.sent') : t('knowledge.suggestions.send')}
              </button>
              <button
                type="button"
                disabled={done[s.id]?.solved}
                aria-pressed={done[s.id]?.solved ?? false}
                onClick={() => void solved(s.id)}
              >
                {done[s.id]?.solved ? t('knowledge.suggestions.solvedDone') : t('knowledge.suggestions.solved')}
              </button>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
