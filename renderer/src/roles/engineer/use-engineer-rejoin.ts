import { useCallback, useEffect, type Dispatch, type SetStateAction } from 'react';
import { z } from 'zod';
import type { SessionView } from '@firstline/protocol';
import { sessionMemory } from '../../features/signalling/session-memory';
import type { SignallingClient } from '../../features/signalling/signalling-client';
import type { EngineerPhase } from './engineer-phase';

/** The session this console tab is in, to find it again after a reload. */
const engineerMemory = sessionMemory('firstline.engineer-session', z.object({ sessionId: z.string().uuid() }));

/**
 * A reloaded console goes back into its live session: waiting for consent, or active on a new
 * connection (the customer's app is told to offer one), with no new consent.
 */
export function useEngineerRejoin(deps: {
  phase: EngineerPhase;
  setPhase: Dispatch<SetStateAction<EngineerPhase>>;
  setSharing: (sharing: boolean) => void;
  connectToCustomer: (signalling: SignallingClient, session: SessionView) => void;
}) {
  const { phase, setPhase, setSharing, connectToCustomer } = deps;
  useEffect(() => {
    if (phase.name === 'awaiting-consent' || phase.name === 'active') engineerMemory.save({ sessionId: phase.session.id });
    else if (phase.name === 'ended') engineerMemory.forget();
  }, [phase]);

  const rejoin = useCallback(
    (signalling: SignallingClient) => {
      const saved = engineerMemory.read();
      if (!saved) return;
      void signalling.request('session:resume', { sessionId: saved.sessionId, restart: true }).then((r) => {
        if (!r.ok) return engineerMemory.forget();
        if (r.session.status === 'claimed') return setPhase({ name: 'awaiting-consent', session: r.session });
        setPhase({ name: 'active', session: r.session });
        setSharing(r.session.sharing);
        connectToCustomer(signalling, r.session);
      });
    },
    [setPhase, setSharing, connectToCustomer],
  );

  return { rejoin, forget: engineerMemory.forget };
}
