import { SYSTEM_ACTOR, type SessionRecord } from '../../protocol';
import type { Store } from '../store/store';

/**
 * A session nobody can take over (no saved state) is ended as interrupted: its events so far are
 * kept, and it is filed in a ticket.
 */
export async function fileInterrupted(store: Store, session: SessionRecord, now: number): Promise<void> {
  const ended = { status: 'ended' as const, endedAt: now, endReason: 'interrupted' as const };
  const fileTicket = session.ticketId === null ? { at: now, outcome: null } : undefined;
  await store.sessions.change(session.id, { update: ended, fileTicket }, [
    {
      id: `${session.id}:interrupted`,
      sessionId: session.id,
      at: now,
      actor: SYSTEM_ACTOR,
      payload: { type: 'session.ended', reason: 'interrupted' },
    },
  ]);
  await store.live.remove(session.id);
}
