import { randomUUID } from 'node:crypto';
import {
  refusedByRule,
  failure,
  type Failure,
  type SessionRecord,
  type StaffUser,
  type TicketDetail,
  type TicketUpdate,
  type TimelinePayload,
} from '../../protocol';
import { onlyOwnUnlessAdmin } from '../auth/staff-guard';
import type { Store } from '../store/store';

type Ok<T = object> = { ok: true } & T;

/** The fields of `changes` that differ from the ticket, as text for the timeline (tags joined). */
export function changedFields(ticket: TicketDetail, changes: TicketUpdate): Record<string, string | null> {
  const text = (value: unknown) => (Array.isArray(value) ? [...value].sort().join(', ') : ((value as string | null | undefined) ?? null));
  return Object.fromEntries(
    Object.entries(changes)
      .map(([key, value]) => [key, text(value)] as const)
      .filter(([key, value]) => value !== text(ticket[key as keyof TicketDetail])),
  );
}

/**
 * What engineers do to tickets during and after a session: notes, status and fields, linking a
 * session to an existing ticket, escalation. Engineers act on tickets holding a session they
 * claimed (or assigned to them); admins on all. Every change is recorded on the timeline.
 */
export function createTicketWork(deps: { store: Store; now: () => number }) {
  const { store, now } = deps;
  const actor = (staff: StaffUser) => ({ role: staff.role, name: staff.name });
  const record = (sessionId: string, staff: StaffUser, payload: TimelinePayload) =>
    store.sessions.appendEvent({ id: randomUUID(), sessionId, at: now(), actor: actor(staff), payload });

  /** The ticket, loaded once, if this member of staff may work on it. */
  async function ticketFor(staff: StaffUser, ticketId: number): Promise<TicketDetail | Failure> {
    const ticket = await store.tickets.get(ticketId);
    if (!ticket) return failure('not_found', 'No such ticket');
    // The same rule as every list, search and export: admins all, engineers the tickets they worked.
    const onlyFor = onlyOwnUnlessAdmin(staff);
    if (onlyFor === undefined || (await store.tickets.isWorkedBy(ticketId, onlyFor))) return ticket;
    return failure('forbidden', 'You did not work on this ticket');
  }

  /** The session, if this member of staff took it (admins: any). */
  async function sessionFor(staff: StaffUser, sessionId: string): Promise<SessionRecord | Failure> {
    const session = await store.sessions.get(sessionId);
    if (!session) return failure('not_found', 'No such session');
    if (staff.role !== 'admin' && session.engineerId !== staff.id) return failure('forbidden', 'This is not your session');
    return session;
  }

  return {
    ticketFor,
    sessionFor,

    async addNote(staff: StaffUser, sessionId: string, text: string): Promise<Ok | Failure> {
      const session = await sessionFor(staff, sessionId);
      if ('ok' in session) return session;
      await record(session.id, staff, { type: 'note.added', text });
      return { ok: true };
    },

    async update(staff: StaffUser, ticketId: number, changes: TicketUpdate): Promise<Ok | Failure> {
      const ticket = await ticketFor(staff, ticketId);
      if ('ok' in ticket) return ticket;
      await store.tickets.update(ticketId, changes, now());
      // The timeline records what actually changed; a form saved whole repeats the rest.
      const recorded = changedFields(ticket, changes);
      const latest = await store.tickets.latestSessionId(ticketId);
      if (latest && Object.keys(recorded).length > 0) await record(latest, staff, { type: 'ticket.updated', ticketId, changes: recorded });
      return { ok: true };
    },

    async link(staff: StaffUser, sessionId: string, toTicketId: number): Promise<Ok<{ ticketId: number }> | Failure> {
      const session = await sessionFor(staff, sessionId);
      if ('ok' in session) return session;
      if (session.status !== 'ended') return refusedByRule('session_not_ended', 'Link a session once it has ended');
      // Only into a ticket this member of staff may already open: linking must never reveal another's.
      const target = await ticketFor(staff, toTicketId);
      if ('ok' in target) return target;
      if (session.ticketId === toTicketId) return { ok: true, ticketId: toTicketId };
      const from = await store.tickets.moveSession(session.id, toTicketId, now());
      await record(session.id, staff, { type: 'session.linked', fromTicketId: from ?? 0, toTicketId });
      return { ok: true, ticketId: toTicketId };
    },

    async escalate(staff: StaffUser, ticketId: number, assigneeId: string, reason: string): Promise<Ok | Failure> {
      const ticket = await ticketFor(staff, ticketId);
      if ('ok' in ticket) return ticket;
      const assignee = await store.users.findById(assigneeId);
      if (!assignee || assignee.disabled) return failure('not_found', 'No such active engineer');
      await store.tickets.assign(ticketId, assignee.id, now());
      const latest = await store.tickets.latestSessionId(ticketId);
      if (latest) await record(latest, staff, { type: 'ticket.escalated', ticketId, assigneeName: assignee.name, reason });
      return { ok: true };
    },
  };
}

export type TicketWork = ReturnType<typeof createTicketWork>;
