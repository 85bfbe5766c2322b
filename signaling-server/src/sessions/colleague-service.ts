import {
  failure,
  MAX_WATCHERS,
  type ColleagueMode,
  type EngineerIdentity,
  type Failure,
  type InvitationClosedReason,
  type SessionView,
  type StaffUser,
  type TimelineActor,
  type WatcherLeftHow,
  SYSTEM_ACTOR,
  engineerIdentityOf,
} from '../../protocol';
import { endControl } from './control-machine';
import type { HelpSession } from './session-machine';
import type { SessionContext } from './session-context';
import type { SessionNotifier } from './session-notifier';
import type { SessionRegistry } from './session-registry';
import type { WatcherRegistry } from './watcher-registry';

type Ok = { ok: true };
const OK: Ok = { ok: true };

interface Invitation {
  mode: ColleagueMode;
  from: EngineerIdentity;
  /** The colleague invited. */
  engineer: EngineerIdentity;
}
/** A colleague who accepted, waiting for the customer's answer (one at a time per session). */
interface Asking extends Invitation {
  socketId: string;
}

const asEngineer = (who: EngineerIdentity): TimelineActor => ({ role: 'engineer', name: who.name });

/**
 * A second engineer in a live session: invited by its engineer, accepted by the colleague, let in
 * by the customer. To watch (a side connection from the customer, nothing else) or to take the
 * session over (the colleague becomes its engineer and the first one leaves).
 */
export function createColleagueService(
  deps: Pick<SessionContext, 'record' | 'recordChange' | 'memberSession' | 'actorFor'> & {
    registry: SessionRegistry;
    watchers: WatcherRegistry;
    notifier: SessionNotifier;
    viewOf: (session: HelpSession) => SessionView;
  },
) {
  const { registry, watchers, notifier, record, memberSession } = deps;
  const invitations = new Map<string, Map<string, Invitation>>();
  const asking = new Map<string, Asking>();

  const engineerSession = (socketId: string) => {
    const found = memberSession(socketId);
    if ('ok' in found) return found;
    if (found.role !== 'engineer' || !found.session.engineer) return failure('forbidden', 'Only the session’s engineer can do this');
    if (found.session.status !== 'active') return failure('invalid_state', 'The customer has not let you in yet');
    return { session: found.session, engineer: found.session.engineer };
  };

  const tellWatchers = (sessionId: string, toSocket?: string) => {
    const payload = { watchers: watchers.watchers(sessionId) };
    const targets = toSocket ? [toSocket] : [...registry.socketsOf(sessionId), ...watchers.socketsOf(sessionId)];
    for (const socketId of targets) notifier.toSocket(socketId, 'session:watchers', payload);
  };

  const closed = (sessionId: string, engineer: EngineerIdentity, reason: InvitationClosedReason, sockets: Array<string | undefined>) => {
    for (const socketId of sockets) if (socketId) notifier.toSocket(socketId, 'invitation:closed', { sessionId, engineer, reason });
  };

  async function stopWatching(socketId: string, how: WatcherLeftHow, actor?: TimelineActor): Promise<void> {
    const watcher = watchers.remove(socketId);
    if (!watcher) return;
    await record(watcher.sessionId, actor ?? asEngineer(watcher.engineer), [{ type: 'watcher.left', name: watcher.engineer.name, how }]);
    if (how !== 'left' && how !== 'disconnected') notifier.toSocket(socketId, 'watch:ended', { sessionId: watcher.sessionId, how });
    tellWatchers(watcher.sessionId);
  }

  async function handOver(session: HelpSession, ask: Asking): Promise<Ok | Failure> {
    const from = session.engineer!;
    const fromSocket = registry.memberSocket(session.id, 'engineer');
    if (watchers.of(ask.socketId)) watchers.remove(ask.socketId);
    const control = session.control.state === 'off' ? null : endControl(session, 'handed-over');
    const next: HelpSession = { ...(control?.ok ? control.session : session), engineer: ask.engineer };
    registry.update(next);
    if (fromSocket) registry.leave(fromSocket);
    registry.join(ask.socketId, session.id, 'engineer');
    await deps.recordChange(session.id, asEngineer(from), { update: { engineerId: ask.engineer.id } }, [
      ...(control?.ok ? control.events : []),
      { type: 'session.handedOver', fromName: from.name, toName: ask.engineer.name, engineerId: ask.engineer.id },
    ]);
    const payload = { session: deps.viewOf(next), from, to: ask.engineer };
    for (const socketId of [...registry.socketsOf(session.id), fromSocket])
      if (socketId) notifier.toSocket(socketId, 'session:handover', payload);
    if (control?.ok)
      for (const socketId of registry.socketsOf(session.id))
        notifier.toSocket(socketId, 'control:changed', { control: next.control, engineer: next.engineer });
    tellWatchers(session.id);
    return OK;
  }

  return {
    async listColleagues(staff: StaffUser) {
      const online = await notifier.engineersOnline();
      return { ok: true as const, colleagues: online.filter((e) => e.id !== staff.id) };
    },

    async invite(socketId: string, { engineerId, mode }: { engineerId: string; mode: ColleagueMode }): Promise<Ok | Failure> {
      const found = engineerSession(socketId);
      if ('ok' in found) return found;
      const { session, engineer } = found;
      const colleague = (await notifier.engineersOnline()).find((e) => e.id === engineerId && e.id !== engineer.id);
      if (!colleague) return failure('not_found', 'This colleague is not online');
      if (watchers.socketOf(session.id, engineerId) && mode === 'watch')
        return failure('invalid_state', 'This colleague is already watching');
      if (mode === 'watch' && watchers.count(session.id) >= MAX_WATCHERS)
        return failure('busy', `At most ${MAX_WATCHERS} colleagues can watch`);
      const open = invitations.get(session.id) ?? new Map<string, Invitation>();
      open.set(engineerId, { mode, from: engineer, engineer: colleague });
      invitations.set(session.id, open);
      await record(session.id, asEngineer(engineer), [{ type: 'colleague.invited', name: colleague.name, mode }]);
      notifier.toUser(engineerId, 'colleague:invitation', {
        sessionId: session.id,
        customerName: session.customerName,
        description: session.description,
        from: engineer,
        mode,
      });
      return OK;
    },

    async answerInvitation(
      socketId: string,
      staff: StaffUser,
      { sessionId, accept }: { sessionId: string; accept: boolean },
    ): Promise<Ok | Failure> {
      const invitation = invitations.get(sessionId)?.get(staff.id);
      const session = registry.get(sessionId);
      if (!invitation || !session || session.status !== 'active') return failure('not_found', 'This invitation is no longer open');
      const engineer = engineerIdentityOf(staff);
      const engineerSocket = registry.memberSocket(sessionId, 'engineer');
      if (!accept) {
        invitations.get(sessionId)?.delete(staff.id);
        await record(sessionId, asEngineer(engineer), [{ type: 'colleague.declined', mode: invitation.mode }]);
        closed(sessionId, engineer, 'declined_by_colleague', [engineerSocket]);
        return OK;
      }
      if (registry.membership(socketId)) return failure('invalid_state', 'Finish your current session first');
      const watching = watchers.of(socketId);
      if (watching && (watching.sessionId !== sessionId || invitation.mode === 'watch'))
        return failure('invalid_state', 'Stop watching first');
      if (asking.has(sessionId)) return failure('busy', 'The customer is answering another colleague; try again in a moment');
      const customer = registry.memberSocket(sessionId, 'customer');
      if (!customer) return failure('invalid_state', 'The customer is not connected right now');
      invitations.get(sessionId)?.delete(staff.id);
      asking.set(sessionId, { ...invitation, engineer, socketId });
      notifier.toSocket(customer, 'colleague:request', { engineer, from: invitation.from, mode: invitation.mode });
      return OK;
    },

    async respondColleague(socketId: string, granted: boolean): Promise<Ok | Failure> {
      const found = memberSession(socketId);
      if ('ok' in found) return found;
      if (found.role !== 'customer') return failure('forbidden', 'Only the customer answers this');
      const { session } = found;
      const ask = asking.get(session.id);
      if (!ask) return failure('invalid_state', 'Nobody is asking to join');
      asking.delete(session.id);
      const customer = deps.actorFor(socketId, session);
      if (!granted) {
        await record(session.id, customer, [{ type: 'colleague.refused', name: ask.engineer.name, mode: ask.mode }]);
        closed(session.id, ask.engineer, 'declined_by_customer', [ask.socketId, registry.memberSocket(session.id, 'engineer')]);
        return OK;
      }
      if (ask.mode === 'handover') return handOver(session, ask);
      if (watchers.count(session.id) >= MAX_WATCHERS) return failure('busy', `At most ${MAX_WATCHERS} colleagues can watch`);
      watchers.add(ask.socketId, session.id, ask.engineer);
      await record(session.id, asEngineer(ask.engineer), [{ type: 'watcher.joined' }]);
      notifier.toSocket(ask.socketId, 'watch:started', { session: deps.viewOf(session) });
      tellWatchers(session.id);
      return OK;
    },

    /** Either member of the session removes a watching colleague at once. */
    async removeWatcher(socketId: string, engineerId: string): Promise<Ok | Failure> {
      const found = memberSession(socketId);
      if ('ok' in found) return found;
      const watcherSocket = watchers.socketOf(found.session.id, engineerId);
      if (!watcherSocket) return failure('not_found', 'This colleague is not watching');
      await stopWatching(watcherSocket, 'removed', deps.actorFor(socketId, found.session));
      return OK;
    },

    async leaveWatch(socketId: string): Promise<Ok | Failure> {
      if (!watchers.of(socketId)) return failure('not_in_session', 'You are not watching a session');
      await stopWatching(socketId, 'left');
      return OK;
    },

    /** A socket went away: if it was watching, it stops; if it was about to be let in, the question is withdrawn. */
    async disconnected(socketId: string): Promise<void> {
      await stopWatching(socketId, 'disconnected');
      for (const [sessionId, ask] of asking) {
        if (ask.socketId !== socketId) continue;
        asking.delete(sessionId);
        closed(sessionId, ask.engineer, 'withdrawn', [
          registry.memberSocket(sessionId, 'customer'),
          registry.memberSocket(sessionId, 'engineer'),
        ]);
      }
    },

    /** Before a session's end is recorded: its watchers leave, open invitations close. */
    async sessionEnding(sessionId: string): Promise<void> {
      for (const [inviteeId, { engineer }] of invitations.get(sessionId) ?? [])
        notifier.toUser(inviteeId, 'invitation:closed', { sessionId, engineer, reason: 'session_ended' });
      invitations.delete(sessionId);
      const ask = asking.get(sessionId);
      asking.delete(sessionId);
      if (ask) closed(sessionId, ask.engineer, 'session_ended', [ask.socketId]);
      const leaving = watchers.watchers(sessionId);
      for (const socketId of watchers.removeSession(sessionId))
        notifier.toSocket(socketId, 'watch:ended', { sessionId, how: 'session-ended' });
      await record(
        sessionId,
        SYSTEM_ACTOR,
        leaving.map((w) => ({ type: 'watcher.left' as const, name: w.name, how: 'session-ended' as const })),
      );
    },

    tellWatchers,
  };
}

export type ColleagueService = ReturnType<typeof createColleagueService>;
