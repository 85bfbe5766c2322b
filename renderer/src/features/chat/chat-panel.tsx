import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CHAT_MAX_LENGTH } from '@firstline/protocol';
import { formatTime } from '../ui/format';

export interface ChatLine {
  id: string;
  text: string;
  mine: boolean;
  author: string;
  at: number;
}

export function ChatPanel({ lines, onSend, disabled }: { lines: ChatLine[]; onSend: (text: string) => void; disabled: boolean }) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState('');
  const listRef = useRef<HTMLOListElement>(null);

  useEffect(() => {
    listRef.current?.lastElementChild?.scrollIntoView({ block: 'nearest' });
  }, [lines.length]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const text = draft.trim();
    if (!text) return;
    onSend(text);
    setDraft('');
  }

  return (
    <section className="chat" aria-label={t('chat.title')}>
      <h2>{t('chat.title')}</h2>
      <ol className="chat-lines" ref={listRef} aria-live="polite">
        {lines.length === 0 && <li className="muted">{t('chat.empty')}</li>}
        {lines.map((line) => (
          <li key={line.id} className={line.mine ? 'mine' : 'theirs'} data-testid="chat-line">
            <span className="chat-meta">
              <bdi>{line.author}</bdi> · <bdi>{formatTime(line.at, i18n.language)}</bdi>
            </span>
            <span className="chat-text">{line.text}</span>
          </li>
        ))}
      </ol>
      <form className="chat-form" onSubmit={submit}>
        <input
          aria-label={t('chat.placeholder')}
          placeholder={t('chat.placeholder')}
          value={draft}
          maxLength={CHAT_MAX_LENGTH}
          disabled={disabled}
          onChange={(e) => setDraft(e.target.value)}
        />
        <button type="submit" disabled={disabled || !draft.trim()}>
          {t('chat.send')}
        </button>
      </form>
    </section>
  );
}
