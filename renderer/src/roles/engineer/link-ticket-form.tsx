import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TicketSummary } from '@firstline/protocol';
import { callApi } from '../../features/api/rest-client';
import { ticketRef } from '../../features/ui/format';

/**
 * Finds an existing ticket by number, subject or customer and files this session under it. When
 * the customer named an earlier request, filing under it is one button (if this engineer may open it).
 */
export function LinkTicketForm(props: {
  sessionId: string;
  currentTicketId: number;
  earlierTicketId: number | null;
  onLinked: (ticketId: number) => void;
  onError: (err: unknown) => void;
}) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<TicketSummary[] | null>(null);

  async function search(event: FormEvent) {
    event.preventDefault();
    try {
      const { tickets } = await callApi('GET /api/tickets/search', { query: { q: query.trim() } });
      setResults(tickets.filter((ticket) => ticket.id !== props.currentTicketId));
    } catch (err) {
      props.onError(err);
    }
  }

  async function link(ticketId: number) {
    try {
      await callApi('POST /api/sessions/:id/link', { params: { id: props.sessionId }, body: { ticketId } });
      setResults(null);
      props.onLinked(ticketId);
    } catch (err) {
      props.onError(err);
    }
  }

  const earlier = props.earlierTicketId;
  return (
    <form onSubmit={search} className="link-ticket">
      {earlier !== null && earlier !== props.currentTicketId && (
        <p>
          <button type="button" data-testid="file-with-earlier" onClick={() => void link(earlier)}>
            {t('engineer.wrapUp.fileWithEarlier', { id: earlier })}
          </button>
        </p>
      )}
      <label>
        {t('engineer.wrapUp.linkSearch')}
        <input
          type="search"
          value={query}
          minLength={2}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t('engineer.wrapUp.linkHint')}
        />
      </label>
      <button type="submit" disabled={query.trim().length < 2}>
        {t('engineer.wrapUp.find')}
      </button>
      {results && results.length === 0 && <p className="muted">{t('engineer.wrapUp.noMatch')}</p>}
      {results && results.length > 0 && (
        <ul className="link-results">
          {results.map((ticket) => (
            <li key={ticket.id} data-testid="link-result">
              <span>
                {ticketRef(ticket.id)} <bdi>{ticket.subject}</bdi> · <bdi>{ticket.customerName}</bdi>
              </span>
              <button type="button" onClick={() => void link(ticket.id)}>
                {t('engineer.wrapUp.linkHere')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </form>
  );
}
