import { useCallback, useState } from 'react';
import type { PeerLink } from '../peer/peer-link';
import type { SignallingClient } from '../signalling/signalling-client';

export interface ClipboardReceipt {
  text: string;
  at: number;
}

/**
 * Clipboard text between the two sides, only when one of them sends it on purpose: the text goes
 * peer to peer over the data channel; the server records that it happened and its size.
 */
export function useClipboardExchange() {
  const [received, setReceived] = useState<ClipboardReceipt | null>(null);
  const [sentChars, setSentChars] = useState<number | null>(null);

  const send = useCallback((link: PeerLink | null, signalling: SignallingClient | null, text: string) => {
    const id = crypto.randomUUID();
    if (!text || !link?.send({ kind: 'clipboard', id, text })) return false;
    setSentChars(text.length);
    void signalling?.record('clipboard:record', { id, chars: text.length });
    return true;
  }, []);

  const receive = useCallback((text: string) => setReceived({ text, at: Date.now() }), []);
  const clear = useCallback(() => {
    setReceived(null);
    setSentChars(null);
  }, []);

  return { received, sentChars, send, receive, clear };
}
