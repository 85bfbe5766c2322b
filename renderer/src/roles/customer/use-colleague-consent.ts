import { useCallback, useRef, useState } from 'react';
import type { EngineerIdentity, ServerPayload } from '@firstline/protocol';
import type { SignallingClient } from '../../features/signalling/signalling-client';

export type ColleagueRequest = ServerPayload<'colleague:request'>;

/**
 * The customer's say over colleagues: someone new sees the screen only after the customer allows
 * it; who watches is always listed, and each watcher can be removed at once.
 */
export function useColleagueConsent() {
  const [request, setRequest] = useState<ColleagueRequest | null>(null);
  const [watchers, setWatchers] = useState<EngineerIdentity[]>([]);
  const client = useRef<SignallingClient | null>(null);

  const attach = useCallback((next: SignallingClient | null) => {
    client.current = next;
    setRequest(null);
    setWatchers([]);
    if (!next) return;
    next.on('colleague:request', setRequest);
    // The colleague went away, or the session ended, before the customer answered.
    next.on('invitation:closed', ({ engineer }) => setRequest((asked) => (asked?.engineer.id === engineer.id ? null : asked)));
    next.on('session:watchers', ({ watchers: now }) => setWatchers(now));
  }, []);

  const respond = useCallback(async (granted: boolean) => {
    setRequest(null);
    await client.current?.request('colleague:respond', { granted });
  }, []);

  const remove = useCallback(async (engineerId: string) => {
    // Gone from the list (and its side connection closed) at once; the server confirms.
    setWatchers((current) => current.filter((w) => w.id !== engineerId));
    await client.current?.request('watcher:remove', { engineerId });
  }, []);

  return { request, watchers, attach, respond, remove };
}
