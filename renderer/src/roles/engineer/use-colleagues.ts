import { useCallback, useEffect, useRef, useState } from 'react';
import type { ColleagueInvitation, ColleagueMode, EngineerIdentity, ErrorCode, SessionView, StaffUser } from '@firstline/protocol';
import { createPeerLink, type PeerLink } from '../../features/peer/peer-link';
import type { useEngineerSession } from './use-engineer-session';

type EngineerSession = ReturnType<typeof useEngineerSession>;

/** An invitation this engineer sent, and where it stands. */
export interface SentInvitation {
  engineer: EngineerIdentity;
  mode: ColleagueMode;
  state: 'sent' | 'declined_by_colleague' | 'declined_by_customer' | 'withdrawn' | 'session_ended';
}

export interface Watching {
  session: SessionView;
  stream: MediaStream | null;
}

/** Something that happened to this engineer's place in someone else's session, said once. */
export type ColleagueNotice =
  | { kind: 'handed-over'; to: string }
  | { kind: 'watch-ended'; how: string; customerName: string }
  | { kind: 'invitation-closed'; reason: string; customerName: string };

/**
 * Colleagues in live sessions, from the engineer's console: inviting one to watch or to take over,
 * the invitations this engineer receives, and watching a colleague's session (view only, over a
 * side connection from the customer).
 */
export function useColleagues(engineer: EngineerSession, user: StaffUser) {
  const { signalling, takeOver, handedOver } = engineer;
  const [online, setOnline] = useState<EngineerIdentity[]>([]);
  const [invitations, setInvitations] = useState<ColleagueInvitation[]>([]);
  const [accepted, setAccepted] = useState<ColleagueInvitation | null>(null);
  const [sent, setSent] = useState<SentInvitation | null>(null);
  const [watchers, setWatchers] = useState<EngineerIdentity[]>([]);
  const [watching, setWatching] = useState<Watching | null>(null);
  const [notice, setNotice] = useState<ColleagueNotice | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const watchLink = useRef<PeerLink | null>(null);
  const customerOf = useRef(new Map<string, string>());

  const stopWatchLink = useCallback(() => {
    watchLink.current?.destroy();
    watchLink.current = null;
    setWatching(null);
  }, []);

  // Runs after the console's own effect, which opens the socket (effects run in order).
  useEffect(() => {
    const client = signalling.current;
    if (!client) return;
    const offs = [
      client.on('colleague:invitation', (invitation) => {
        customerOf.current.set(invitation.sessionId, invitation.customerName);
        setInvitations((list) => [...list.filter((i) => i.sessionId !== invitation.sessionId), invitation]);
      }),
      client.on('invitation:closed', ({ sessionId, engineer: colleague, reason }) => {
        if (colleague.id !== user.id) return setSent((s) => (s && s.engineer.id === colleague.id ? { ...s, state: reason } : s));
        setInvitations((list) => list.filter((i) => i.sessionId !== sessionId));
        setAccepted((a) => (a?.sessionId === sessionId ? null : a));
        setNotice({ kind: 'invitation-closed', reason, customerName: customerOf.current.get(sessionId) ?? '' });
      }),
      client.on('watch:started', ({ session }) => {
        setAccepted(null);
        setNotice(null);
        watchLink.current?.destroy();
        setWatching({ session, stream: null });
        watchLink.current = createPeerLink({
          initiator: false,
          signalling: client,
          peer: user.id,
          ice: session.ice,
          events: { onStream: (stream) => setWatching((w) => (w ? { ...w, stream } : w)) },
        });
      }),
      client.on('watch:ended', ({ sessionId, how }) => {
        stopWatchLink();
        setNotice({ kind: 'watch-ended', how, customerName: customerOf.current.get(sessionId) ?? '' });
      }),
      client.on('session:watchers', ({ watchers: now }) => setWatchers(now)),
      client.on('session:handover', ({ session, from, to }) => {
        if (to.id === user.id) {
          stopWatchLink();
          setAccepted(null);
          setNotice(null);
          takeOver(session);
        } else if (from.id === user.id) {
          setSent(null);
          setWatchers([]);
          handedOver();
          setNotice({ kind: 'handed-over', to: to.name });
        }
      }),
    ];
    return () => offs.forEach((off) => off());
  }, [signalling, user.id, takeOver, handedOver, stopWatchLink]);

  useEffect(() => () => watchLink.current?.destroy(), []);

  // A session of our own that ends takes its colleagues with it.
  const ownSession = engineer.phase.name === 'active' ? engineer.phase.session.id : null;
  useEffect(() => {
    setSent(null);
    setWatchers([]);
  }, [ownSession]);

  const refresh = useCallback(async () => {
    const result = await signalling.current?.request('colleagues:list', {});
    if (result?.ok) setOnline(result.colleagues);
  }, [signalling]);

  const invite = useCallback(
    async (colleague: EngineerIdentity, mode: ColleagueMode) => {
      setError(null);
      const result = await signalling.current?.request('colleague:invite', { engineerId: colleague.id, mode });
      if (result?.ok) setSent({ engineer: colleague, mode, state: 'sent' });
      else if (result) setError(result.error.code);
    },
    [signalling],
  );

  const answer = useCallback(
    async (invitation: ColleagueInvitation, accept: boolean) => {
      setError(null);
      setNotice(null);
      setInvitations((list) => list.filter((i) => i.sessionId !== invitation.sessionId));
      const result = await signalling.current?.request('invitation:answer', { sessionId: invitation.sessionId, accept });
      if (result && !result.ok) setError(result.error.code);
      else if (accept) setAccepted(invitation);
    },
    [signalling],
  );

  const leave = useCallback(async () => {
    stopWatchLink();
    await signalling.current?.request('watch:leave', {});
  }, [signalling, stopWatchLink]);

  const removeWatcher = useCallback(
    async (engineerId: string) => {
      await signalling.current?.request('watcher:remove', { engineerId });
    },
    [signalling],
  );

  const getWatchStats = useCallback(() => watchLink.current?.getStats() ?? Promise.resolve(null), []);

  return {
    online,
    refresh,
    invite,
    sent,
    watchers,
    removeWatcher,
    invitations,
    accepted,
    answer,
    watching,
    leave,
    getWatchStats,
    notice,
    error,
  };
}

export type Colleagues = ReturnType<typeof useColleagues>;
