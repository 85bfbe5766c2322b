import { z } from 'zod';
import type { ClientPayload, ClientResult, ErrorCode } from '@firstline/protocol';
import { sessionMemory } from './session-memory';

/**
 * What a member reports for the session's record while the picture and the chat go peer to
 * peer. Each carries its own id (diagnostics: one per session), so the server stores a resent
 * report once.
 */
const RECORD_EVENTS = ['chat:record', 'clipboard:record', 'file:record', 'diagnostics:record'] as const;
export type RecordEventName = (typeof RECORD_EVENTS)[number];

/**
 * Refusals that mean "not yet" rather than "never": the socket is between a reconnect and its
 * resume (a restart, a reload, another process taking the session over), or no answer came.
 */
const NOT_YET = new Set<ErrorCode>(['not_in_session', 'internal', 'busy', 'rate_limited']);
/** A bound on what one tab keeps: a long outage holds the newest reports, not the memory. */
const MAX_PENDING = 200;

const Pending = z.array(z.object({ event: z.enum(RECORD_EVENTS), payload: z.unknown() })).max(MAX_PENDING);
type PendingRecord = z.infer<typeof Pending>[number];

type Send = <E extends RecordEventName>(event: E, payload: ClientPayload<E>) => Promise<ClientResult<E>>;

/**
 * Reports the server could not take yet are kept, in order, in this tab's sessionStorage (so a
 * reload does not lose them either), and sent again once the session is resumed. A new session
 * starts with none.
 */
export function createRecordOutbox(send: Send) {
  const memory = sessionMemory('firstline.pending-records', Pending);
  let pending: PendingRecord[] = memory.read() ?? [];
  const keep = (next: PendingRecord[]) => {
    pending = next.slice(-MAX_PENDING);
    if (pending.length > 0) memory.save(pending);
    else memory.forget();
  };

  async function record<E extends RecordEventName>(event: E, payload: ClientPayload<E>): Promise<ClientResult<E>> {
    const result = await send(event, payload);
    if (!result.ok && NOT_YET.has(result.error.code)) keep([...pending, { event, payload }]);
    return result;
  }

  return {
    record,
    /** After a resume: sends what was kept, oldest first; what is still refused "not yet" stays. */
    async flush(): Promise<void> {
      const due = pending;
      keep([]);
      for (const { event, payload } of due) await record(event, payload as ClientPayload<typeof event>);
    },
    /** A new session: reports kept for the last one no longer have a session to go to. */
    clear: () => keep([]),
  };
}
