import { randomBytes, randomUUID } from 'node:crypto';
import {
  failure,
  NO_RELAY,
  type IceConfig,
  type DiagnosticsConsent,
  type EndReason,
  type Failure,
  type Permission,
  type CustomerClient,
  type SessionView,
  type StaffUser,
  type TimelineActor,
  type TimelinePayload,
  SYSTEM_ACTOR,
  engineerIdentityOf,
} from '../../protocol';
import type { Store } from '../store/store';
import { generateSessionCode } from './session-code';
import * as machine from './session-machine';
import { hashToken } from '../auth/session-tokens';
import type { CodeProtection } from './code-protection';
import type { CreationLimits } from './creation-limits';
import { createReconnectGrace, type Schedule } from './reconnect-grace';
import { createSessionContext } from './session-context';
import { createSessionRecords } from './session-records';
import { createRemoteControlService } from './remote-control-service';
import { createSignalRelay } from './signal-relay';
import { requestOutcome } from './request-outcome';
import { createQueueEvents } from './queue-positions';
import { localQueueBoard, type QueueBoard } from './queue-board';
import type { SessionRegistry } from './session-registry';
import { WatcherRegistry } from './watcher-registry';
import { createColleagueService } from './colleague-service';
import { createMemberPresence } from './member-presence';
import type { LiveState } from './live-state';
import type { SessionNotifier } from './session-notifier';
import type { Metrics } from '../http/metrics';

type Ok<T = object> = { ok: true } & T;

export interface SessionServiceDeps {
  registry: SessionRegistry;
  store: Store;
  notifier: SessionNotifier;
  codeProtection: CodeProtection;
  creationLimits: CreationLimits;
  now: () => number;
  codeTtlMs?: number;
  /** How long a dropped member may take to come back before the session ends (default 20 s). */
  reconnectGraceMs?: number;
  schedule?: Schedule;
  /** The largest file either member may send, in bytes; the members are told it with the session. */
  fileSizeLimit: number;
  /** Saves each live session's state as it changes, so another process can take it over. */
  live?: LiveState;
  /** The relay servers and transport policy for a session's peers (default: none, direct only). */
  iceConfig?: (sessionId: string) => IceConfig;
  /** How long a request for control waits for the customer's answer (default 30 s). */
  controlTimeoutMs?: number;
  onError?: (err: unknown, context: string, sessionId?: string) => void;
  metrics?: Metrics;
  /** Places and pace over every process's queue (default: this process's own). */
  queueBoard?: QueueBoard;
  /** With other processes: whether a code expired unclaimed on one of them (within the hour). */
  codeExpiredElsewhere?: (code: string) => Promise<boolean>;
}

/** A waiting request its customer cancels sooner than this files no ticket. */
export const CANCEL_WITHOUT_TICKET_MS = 30_000;

/**
 * Acts on validated, authorised requests: moves the pure state machine, persists every event
 * before acknowledging it, and tells the other member. Knows socket ids, never sockets.
 */
export function createSessionService(deps: SessionServiceDeps) {
  const { registry, notifier, now } = deps;
  const grace = createReconnectGrace({ graceMs: deps.reconnectGraceMs ?? 20_000, schedule: deps.schedule });

  const { actorFor, record, recordChange, memberSession } = createSessionContext(deps);
  const watchers = new WatcherRegistry();
  const signals = createSignalRelay({ registry, watchers, notifier, memberSession, metrics: deps.metrics });
  const iceFor = deps.iceConfig ?? (() => NO_RELAY);
  const viewOf = (session: machine.HelpSession): SessionView => ({
    ...machine.toView(session),
    fileSizeLimit: deps.fileSizeLimit,
    ice: iceFor(session.id),
  });
  const colleagues = createColleagueService({ registry, watchers, notifier, viewOf, record, recordChange, memberSession, actorFor });
  const remoteControl = createRemoteControlService({
    registry,
    notifier,
    now,
    actorFor,
    record,
    memberSession,
    timeoutMs: deps.controlTimeoutMs,
    schedule: deps.schedule,
    onError: deps.onError,
  });

  const queueChanged = createQueueEvents({ registry, notifier, now, board: deps.queueBoard ?? localQueueBoard(), onError: deps.onError });

  async function finish(
    session: machine.HelpSession,
    reason: EndReason,
    actor: TimelineActor,
    extra: TimelinePayload[] = [],
  ): Promise<void> {
    const ended = machine.end(session, reason, now());
    if (!ended.ok) return;
    const sockets = registry.socketsOf(session.id);
    registry.update(ended.session);
    await colleagues.sessionEnding(session.id);
    // A request its own customer cancels within moments asked nobody for anything: no ticket.
    const cancelledAtOnce =
      reason === 'customer_ended' && session.status === 'waiting' && now() - session.createdAt < CANCEL_WITHOUT_TICKET_MS;
    const outcome = await requestOutcome(session.status, reason, () => notifier.engineersWatching());
    const fileTicket = cancelledAtOnce ? undefined : { at: now(), outcome };
    // The end and its ticket in one write. Sharing that stops with it is on whoever ended it (the system for expiry or a drop).
    const update = { status: 'ended' as const, endedAt: ended.session.endedAt, endReason: reason };
    const ticketId = await recordChange(session.id, actor, { update, fileTicket }, [...extra, ...ended.events]);
    registry.remove(session.id);
    if (reason === 'expired' && session.status === 'waiting') registry.noteExpired(session.code, now());
    signals.forget(session.id);
    for (const socketId of sockets) notifier.toSocket(socketId, 'session:ended', { reason, ...(ticketId !== undefined && { ticketId }) });
    if (session.status === 'waiting') queueChanged({ op: 'removed', sessionId: session.id, reason: 'ended' });
  }

  /** Gives the waiting session that holds `code` a fresh one and tells its customer. */
  async function retireCode(code: string): Promise<void> {
    const session = registry.findByCode(code);
    if (!session) return;
    const fresh = generateSessionCode((c) => registry.codeInUse(c));
    const replaced = machine.replaceCode(session, fresh);
    if (!replaced.ok) return;
    registry.replaceCode(replaced.session, code, now(), deps.codeTtlMs ?? machine.CODE_TTL_MS);
    await record(session.id, SYSTEM_ACTOR, replaced.events);
    queueChanged({ op: 'updated', entry: machine.toQueueEntry(registry.get(session.id) ?? replaced.session) });
    const customer = registry.memberSocket(session.id, 'customer');
    if (customer) notifier.toSocket(customer, 'session:code', { code: fresh });
  }

  const presence = createMemberPresence({ ...deps, grace, signals, colleagues, viewOf, finish, memberSession, actorFor });

  return {
    async create(
      socketId: string,
      address: string,
      input: {
        customerName: string;
        customerEmail?: string;
        description: string;
        language?: string;
        client?: CustomerClient;
        earlierTicketId?: number;
        canShareScreen?: boolean;
      },
    ) {
      if (registry.membership(socketId)) return failure('invalid_state', 'This connection already has a session');
      const refused = await deps.creationLimits.admit(address);
      if (refused) return refused;
      const code = generateSessionCode((c) => registry.codeInUse(c));
      const opened = machine.openSession({
        id: randomUUID(),
        code,
        customerName: input.customerName,
        language: input.language,
        description: input.description,
        earlierTicketId: input.earlierTicketId,
        canShareScreen: input.canShareScreen,
        now: now(),
        ttlMs: deps.codeTtlMs,
        client: input.client,
      });
      const customerToken = randomBytes(24).toString('base64url');
      const s = opened.session;
      const row = machine.toNewRecord(s, { email: input.customerEmail ?? null, tokenHash: hashToken(customerToken) });
      await recordChange(s.id, { role: 'customer', name: s.customerName }, { insert: row }, opened.events);
      registry.add(s, customerToken);
      registry.join(socketId, s.id, 'customer');
      notifier.joinAsCustomer(socketId, s.id);
      // Acknowledged once its state is saved too (after the row it refers to): a crash leaves a request to take over.
      await deps.live?.flush(s.id);
      queueChanged({ op: 'added', entry: machine.toQueueEntry(s) });
      return { ok: true as const, session: viewOf(s), code, customerToken };
    },

    watchQueue(socketId: string): Ok<{ queue: ReturnType<typeof machine.toQueueEntry>[] }> {
      notifier.watchQueue(socketId);
      return { ok: true, queue: registry.queueEntries() };
    },

    async claim(socketId: string, engineer: StaffUser, target: { code: string } | { sessionId: string }, address: string) {
      if (registry.membership(socketId)) return failure('invalid_state', 'Finish your current session first');
      if ('code' in target) {
        const refused = await deps.codeProtection.admit(address);
        if (refused) return refused;
      }
      const session = 'code' in target ? registry.findByCode(target.code) : registry.get(target.sessionId);
      // Asked only when no session holds the code: a claim that finds its session costs no lookup elsewhere.
      const expired = async (code: string) => registry.expiredRecently(code, now()) || (await deps.codeExpiredElsewhere?.(code));
      if (!session && 'code' in target && (await expired(target.code))) {
        return failure('code_expired', 'This session code has expired');
      }
      if (!session && 'code' in target) {
        const wrong = await deps.codeProtection.wrongCode(target.code, address);
        for (const code of wrong.retire) await retireCode(code);
        return wrong.failure;
      }
      if (!session || session.status === 'ended') return failure('code_invalid', 'No session waits with this code');
      if (machine.isExpired(session, now())) {
        await finish(session, 'expired', SYSTEM_ACTOR);
        return failure('code_expired', 'This session code has expired');
      }
      const identity = engineerIdentityOf(engineer);
      const claimed = machine.claim(session, identity, now());
      if (!claimed.ok) return claimed;
      registry.update(claimed.session);
      registry.join(socketId, session.id, 'engineer');
      deps.metrics?.timeToClaim.observe(Math.max(0, now() - session.createdAt) / 1000);
      const update = { status: 'claimed' as const, engineerId: engineer.id, claimedAt: claimed.session.claimedAt };
      await recordChange(session.id, { role: 'engineer', name: engineer.name }, { update }, claimed.events);
      const view = viewOf(claimed.session);
      const customer = registry.counterpart(socketId);
      if (customer)
        notifier.toSocket(customer, 'session:claimed', {
          session: view,
          engineer: identity,
          permissions: machine.requestedPermissions(claimed.session),
        });
      queueChanged({ op: 'removed', sessionId: session.id, reason: 'claimed' });
      return { ok: true as const, session: view };
    },

    async respondConsent(socketId: string, granted: boolean, permissions: Permission[], diagnostics?: DiagnosticsConsent) {
      const found = memberSession(socketId);
      if ('ok' in found) return found;
      if (found.role !== 'customer') return failure('forbidden', 'Only the customer gives consent');
      const result = machine.respondToConsent(found.session, granted, permissions, now());
      if (!result.ok) return result;
      const actor = actorFor(socketId, found.session);
      const engineerSocket = registry.counterpart(socketId);
      const view = viewOf(result.session);
      if (engineerSocket) notifier.toSocket(engineerSocket, 'session:consent', { session: view, granted });
      if (!granted) {
        await finish(found.session, 'consent_declined', actor, [{ type: 'consent.declined' }]);
        return { ok: true as const, session: view };
      }
      registry.update(result.session);
      deps.metrics?.setups.inc();
      // What the customer chose to share of their system goes on the record with the grant.
      const withChoices = result.events.map((e) =>
        e.type === 'consent.granted' && diagnostics && e.permissions.includes('diagnostics') ? { ...e, diagnostics } : e,
      );
      await recordChange(found.session.id, actor, { update: { status: 'active' } }, withChoices);
      return { ok: true as const, session: view };
    },

    relay: signals.relay,

    ...createSessionRecords({ ...deps, actorFor, record, memberSession }),
    ...remoteControl,

    async end(socketId: string): Promise<Ok | Failure> {
      const found = memberSession(socketId);
      if ('ok' in found) return found;
      await finish(found.session, found.role === 'customer' ? 'customer_ended' : 'engineer_ended', actorFor(socketId, found.session));
      return { ok: true };
    },

    ...presence,

    ...colleagues,

    dispose(): void {
      grace.dispose();
      remoteControl.disposeControl();
    },

    async sweepExpired(): Promise<void> {
      for (const session of registry.waiting()) {
        if (machine.isExpired(session, now())) await finish(session, 'expired', SYSTEM_ACTOR);
      }
    },
  };
}

export type SessionService = ReturnType<typeof createSessionService>;
