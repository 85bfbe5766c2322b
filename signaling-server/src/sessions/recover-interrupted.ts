import type { Store } from '../store/store';

/**
 * Live sessions are held in memory; if the process that held them died, their rows are still
 * open. At start, end each one as interrupted (its events so far are kept) and file it in a ticket.
 */
export async function recoverInterruptedSessions(store: Store, now: () => number): Promise<number> {
  const unfinished = await store.sessions.listUnfinished();
  for (const session of unfinished) {
    await store.sessions.appendEvent({
      id: `${session.id}:interrupted`,
      sessionId: session.id,
      at: now(),
      actor: { role: 'system', name: 'Firstline' },
      payload: { type: 'session.ended', reason: 'interrupted' },
    });
    await store.sessions.update(session.id, { status: 'ended', endedAt: now(), endReason: 'interrupted' });
    if (session.ticketId === null) await store.tickets.openForSession(session.id, now());
  }
  return unfinished.length;
}
