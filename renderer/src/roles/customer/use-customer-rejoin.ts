import { useCallback, useEffect, useRef, type Dispatch, type RefObject, type SetStateAction } from 'react';
import { z } from 'zod';
import { DiagnosticsConsent, type EngineerIdentity, type IceConfig } from '@firstline/protocol';
import { sessionMemory } from '../../features/signalling/session-memory';
import type { SignallingClient } from '../../features/signalling/signalling-client';
import type { CustomerPhase } from './customer-phase';

/** This tab's live request: its token, and what the customer chose to share of their system. */
export const customerMemory = sessionMemory(
  'firstline.customer-session',
  z.object({ token: z.string().min(16).max(128), diagnostics: DiagnosticsConsent.nullable() }),
);

/**
 * After a reload the customer is back in the same session: waiting with its code, asked for
 * consent again if they had not answered, or connected to the engineer on a new connection (the
 * shared screen has to be picked again: a page cannot keep a capture across a reload).
 */
export function useCustomerRejoin(deps: {
  openSignalling: () => Promise<SignallingClient>;
  token: RefObject<string | null>;
  engineerRef: RefObject<EngineerIdentity | null>;
  sharedDiagnostics: RefObject<DiagnosticsConsent | null>;
  setPhase: Dispatch<SetStateAction<CustomerPhase>>;
  setRatingToken: (token: string | null) => void;
  setFileSizeLimit: (limit: number) => void;
  setRejoined: (rejoined: boolean) => void;
  openLink: (client: SignallingClient, engineer: EngineerIdentity, diagnostics: DiagnosticsConsent | null) => void;
  iceConfig: RefObject<IceConfig | null>;
  listSources: () => Promise<void>;
  teardown: () => void;
}) {
  const { openSignalling, token, engineerRef, sharedDiagnostics, setPhase, setRatingToken, setFileSizeLimit } = deps;
  const { setRejoined, openLink, iceConfig, listSources, teardown } = deps;

  const rejoin = useCallback(async () => {
    const saved = customerMemory.read();
    if (!saved) return;
    const client = await openSignalling();
    const result = await client.request('session:resume', { customerToken: saved.token, restart: true });
    if (!result.ok) {
      customerMemory.forget();
      return teardown();
    }
    const { session } = result;
    token.current = saved.token;
    sharedDiagnostics.current = saved.diagnostics;
    iceConfig.current = session.ice;
    engineerRef.current = session.engineer;
    setRatingToken(saved.token);
    setFileSizeLimit(session.fileSizeLimit);
    if (session.status === 'waiting' && result.code) {
      setPhase({ name: 'waiting', code: result.code, createdAt: session.createdAt, expiresAt: session.expiresAt });
    } else if (session.status === 'claimed' && session.engineer) {
      setPhase({ name: 'consent', engineer: session.engineer, permissions: ['screen', 'chat', 'diagnostics'] });
    } else if (session.status === 'active' && session.engineer) {
      // The capture did not survive the reload: say so on the record, and ask for the screen again.
      if (session.sharing) void client.request('share:report', { sharing: false });
      openLink(client, session.engineer, saved.diagnostics);
      setPhase({ name: 'connected', engineer: session.engineer });
      setRejoined(true);
      await listSources();
    }
  }, [
    openSignalling,
    iceConfig,
    token,
    engineerRef,
    sharedDiagnostics,
    setPhase,
    setRatingToken,
    setFileSizeLimit,
    setRejoined,
    openLink,
    listSources,
    teardown,
  ]);

  // Once, when the page opens.
  const tried = useRef(false);
  useEffect(() => {
    if (tried.current) return;
    tried.current = true;
    void rejoin();
  }, [rejoin]);
}
