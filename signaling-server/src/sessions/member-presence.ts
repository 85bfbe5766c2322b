import { failure, type EndReason, type SessionView, type StaffUser, type TimelineActor, SYSTEM_ACTOR } from '../../protocol';

import type { Store } from '../store/store';
import type { ColleagueService } from './colleague-service';
import { retellScreenshots } from './customer-screenshot-rights';
import type { createReconnectGrace } from './reconnect-grace';
import type { SessionContext } from './session-context';
import type { HelpSession } from './session-machine';
import type { SessionNotifier } from './session-notifier';
import type { MemberRole, SessionRegistry } from './session-registry';
import type { createSignalRelay } from './signal-relay';

/**
 * Members who drop and come back: a dropped member gets a grace period while the other side is
 * told it is waiting; a member who resumes in time picks up what was sent to it meanwhile.
 */
export function createMemberPresence(
  deps: Pick<SessionContext, 'memberSession' | 'actorFor'> & {
    registry: SessionRegistry;
    notifier: SessionNotifier;
    store: Store;
    now: () => number;
    grace: ReturnType<typeof createReconnectGrace>;
    signals: ReturnType<typeof createSignalRelay>;
    colleagues: ColleagueService;
    viewOf: (session: HelpSession) => SessionView;
    finish: (session: HelpSession, reason: EndReason, actor: TimelineActor) => Promise<void>;
    onError?: (err: unknown, context: string, sessionId?: string) => void;
  },
) {
  const { registry, notifier, grace } = deps;
  const leftReason = (role: MemberRole): EndReason => (role === 'customer' ? 'customer_disconnected' : 'engineer_disconnected');
  /** When `role` has not come back by the end of its grace period, the session ends (`why` says how, and on whom). */
  const endIfStillAway = (sessionId: string, role: MemberRole, why: () => [EndReason, TimelineActor], context: string) =>
    grace.start(sessionId, role, () => {
      const current = registry.get(sessionId);
      if (!current || current.status === 'ended' || registry.memberSocket(sessionId, role)) return;
      const [reason, actor] = why();
      deps.finish(current, reason, actor).catch((err) => deps.onError?.(err, context, sessionId));
    });
  return {
    disconnect(socketId: string): void {
      deps.colleagues.disconnected(socketId).catch((err) => deps.onError?.(err, 'a colleague leaving'));
      const found = deps.memberSession(socketId);
      if ('ok' in found) return;
      const { session, role } = found;
      const reason = leftReason(role);
      const actor = deps.actorFor(socketId, session);
      registry.leave(socketId);
      for (const other of registry.socketsOf(session.id)) notifier.toSocket(other, 'session:presence', { role, connected: false });
      endIfStillAway(session.id, role, () => [reason, actor], 'ending a session after its grace period');
    },

    /** Which session a socket belongs to, for the log lines about what it does. */
    sessionIdOf: (socketId: string): string | undefined => registry.membership(socketId)?.sessionId,

    /** A session taken over after its process went away: its members have the grace period to resume. */
    awaitReturn(session: HelpSession): void {
      const roles: MemberRole[] = session.engineer ? ['customer', 'engineer'] : ['customer'];
      // Nobody came back: the restart interrupted it. One side came back: the other one left.
      const why = (role: MemberRole): [EndReason, TimelineActor] => [
        registry.socketsOf(session.id).length === 0 ? 'interrupted' : leftReason(role),
        SYSTEM_ACTOR,
      ];
      for (const role of roles) endIfStillAway(session.id, role, () => why(role), 'ending a taken-over session');
    },

    /** A member's peer connection failed: the other member starts a new one with it, in the same session. */
    restartPeer(socketId: string) {
      const found = deps.memberSession(socketId);
      if ('ok' in found) return found;
      if (found.session.status !== 'active') return failure('invalid_state', 'There is no connection to restart yet');
      const other = registry.counterpart(socketId);
      if (other) notifier.toSocket(other, 'session:presence', { role: found.role, connected: true, restart: true });
      return { ok: true as const };
    },

    resume(socketId: string, staff: StaffUser | null, target: ({ customerToken: string } | { sessionId: string }) & { restart?: boolean }) {
      if (registry.membership(socketId)) return failure('invalid_state', 'This connection already has a session');
      const role: 'customer' | 'engineer' = 'customerToken' in target ? 'customer' : 'engineer';
      const session = 'customerToken' in target ? registry.sessionForToken(target.customerToken) : registry.get(target.sessionId);
      if (role === 'engineer' && (!staff || (session && session.engineer?.id !== staff.id))) {
        return failure('forbidden', 'Only the engineer of this session can rejoin it');
      }
      if (!session || session.status === 'ended') return failure('not_found', 'This session has ended');
      if (registry.memberSocket(session.id, role)) return failure('invalid_state', 'You are already connected to this session');
      registry.join(socketId, session.id, role);
      if (role === 'customer') {
        notifier.joinAsCustomer(socketId, session.id);
        // Screenshots are taken only once the session is active: a waiting customer's resume (all of them, after a restart) costs no query.
        if (session.status === 'active')
          retellScreenshots(deps, socketId, session.id).catch((err) =>
            deps.onError?.(err, 'telling a customer of screenshots', session.id),
          );
      }
      grace.cancel(session.id, role);
      // What was sent to the connection a reload threw away would only confuse the new one.
      if (target.restart) deps.signals.forgetFor(session.id, role);
      else deps.signals.deliverHeld(session.id, role, socketId);
      const other = registry.counterpart(socketId);
      if (other) notifier.toSocket(other, 'session:presence', { role, connected: true, ...(target.restart && { restart: true }) });
      deps.colleagues.tellWatchers(session.id, socketId);
      const code = role === 'customer' && session.status === 'waiting' ? { code: session.code } : {};
      return { ok: true as const, session: deps.viewOf(session), role, ...code };
    },
  };
}
