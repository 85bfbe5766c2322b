import { useCallback, useState } from 'react';
import { readableText } from '@firstline/protocol';
import type { PeerLink } from '../peer/peer-link';
import type { SignallingClient } from '../signalling/signalling-client';
import type { ChatLine } from './chat-panel';

/**
 * Chat travels peer to peer over the data channel; each side also records what it sent with the
 * server (same id when it is sent again after a resume) so the ticket's transcript is complete.
 */
export function useChatLog(me: string) {
  const [lines, setLines] = useState<ChatLine[]>([]);

  const send = useCallback(
    (link: PeerLink | null, signalling: SignallingClient | null, typed: string) => {
      // Pasted text can carry control characters the server's record refuses: the peer and the record get the same text.
      const text = readableText(typed);
      if (!text.trim()) return false;
      const message = { kind: 'chat' as const, id: crypto.randomUUID(), text, sentAt: Date.now() };
      if (!link?.send(message)) return false;
      setLines((prev) => [...prev, { id: message.id, text, mine: true, author: me, at: message.sentAt }]);
      void signalling?.record('chat:record', { id: message.id, text, sentAt: message.sentAt });
      return true;
    },
    [me],
  );

  const receive = useCallback((id: string, text: string, author: string, at: number) => {
    setLines((prev) => (prev.some((l) => l.id === id) ? prev : [...prev, { id, text, mine: false, author, at }]));
  }, []);

  /** A new session starts with an empty transcript. */
  const clear = useCallback(() => setLines([]), []);

  return { lines, send, receive, clear };
}
