import { useCallback, useRef, type Dispatch, type RefObject, type SetStateAction } from 'react';
import i18next from 'i18next';
import { readableText, type ClientResult, type EngineerIdentity, type ErrorCode } from '@firstline/protocol';
import type { CustomerBridge } from '../../bridge/customer-bridge';
import type { SignallingClient } from '../../features/signalling/signalling-client';
import type { CustomerPhase, HelpRequest } from './customer-phase';
import { customerMemory } from './use-customer-rejoin';

/**
 * Asking for help: the request itself, asking again with the same words when nobody took it in
 * time, and a new request after the end, which starts from the customer's name and email and, when
 * the last request was filed, the reference the end screen showed (a follow-up the engineer can file with it).
 */
export function useHelpRequest(deps: {
  bridge: CustomerBridge;
  openSignalling: () => Promise<SignallingClient>;
  teardown: () => void;
  engineerRef: RefObject<EngineerIdentity | null>;
  setPhase: Dispatch<SetStateAction<CustomerPhase>>;
  setError: (code: ErrorCode | null) => void;
  setQueuePosition: (position: null) => void;
  setHandedOver: (handover: null) => void;
  setRatingToken: (token: string | null) => void;
  /** What the server gave the new request: its token, ICE and file limits. */
  onCreated: (created: Extract<ClientResult<'session:create'>, { ok: true }>) => void;
}) {
  const { bridge, openSignalling, teardown, engineerRef, setPhase, setError, setQueuePosition } = deps;
  const { setHandedOver, setRatingToken, onCreated } = deps;
  // What the customer asked, so an expired request can be renewed with one click.
  const lastRequest = useRef<HelpRequest | null>(null);

  const start = useCallback(
    async (request: HelpRequest) => {
      setError(null);
      lastRequest.current = request;
      setQueuePosition(null);
      const client = await openSignalling();
      // Pasted text may carry control characters, which the server refuses: they go here.
      const result = await client.request('session:create', {
        ...request,
        customerName: readableText(request.customerName),
        description: readableText(request.description),
        language: i18next.language,
        client: bridge.kind,
        canShareScreen: bridge.canCaptureScreen,
      });
      if (!result.ok) {
        setError(result.error.code);
        teardown();
        return;
      }
      customerMemory.save({ token: result.customerToken, diagnostics: null });
      setRatingToken(result.customerToken);
      onCreated(result);
      setPhase({ name: 'waiting', code: result.code, createdAt: result.session.createdAt, expiresAt: result.session.expiresAt });
    },
    [bridge, teardown, openSignalling, setError, setQueuePosition, setRatingToken, onCreated, setPhase],
  );

  const keepWaiting = useCallback(() => {
    if (lastRequest.current) void start(lastRequest.current);
  }, [start]);

  const restart = useCallback(() => {
    setRatingToken(null);
    engineerRef.current = null;
    setHandedOver(null);
    const asked = lastRequest.current;
    // The reference the last request was filed under (on the end screen), else the one it named.
    setPhase((prev) => {
      const earlierTicketId = (prev.name === 'ended' ? prev.reference : null) ?? asked?.earlierTicketId;
      return {
        name: 'form',
        ...(asked && { earlier: { customerName: asked.customerName, customerEmail: asked.customerEmail, earlierTicketId } }),
      };
    });
  }, [setRatingToken, engineerRef, setHandedOver, setPhase]);

  return { start, keepWaiting, restart };
}
