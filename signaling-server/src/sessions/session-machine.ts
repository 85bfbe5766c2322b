import {
  failure,
  productLanguageOf,
  type EndReason,
  type EngineerIdentity,
  type Failure,
  type Permission,
  type QueueEntry,
  type SessionStatus,
  type SessionView,
  type TimelinePayload,
  type ControlState,
  type CustomerClient,
  type ProductLanguage,
} from '../../protocol';
import type { NewSessionRecord } from '../store/store';

/** The pure state of one help session. No sockets, no database: transitions return new values. */
export interface HelpSession {
  readonly id: string;
  readonly code: string;
  readonly status: SessionStatus;
  readonly customerName: string;
  /** The language the customer's screens are in, when the product ships it. */
  readonly customerLanguage: ProductLanguage | null;
  readonly description: string;
  /** A follow-up: the reference of the earlier request, as the customer gave it. */
  readonly earlierTicketId: number | null;
  /** False: the customer's browser cannot share a screen (a phone, a tablet). */
  readonly canShareScreen: boolean;
  readonly createdAt: number;
  readonly expiresAt: number;
  readonly engineer: EngineerIdentity | null;
  readonly claimedAt: number | null;
  readonly permissions: readonly Permission[];
  readonly sharing: boolean;
  readonly endedAt: number | null;
  readonly endReason: EndReason | null;
  /** Whether the customer's app can be controlled (the desktop app), and where control stands. */
  readonly client: CustomerClient;
  readonly control: ControlState;
}

export type Transition = { ok: true; session: HelpSession; events: TimelinePayload[] } | Failure;

export const CODE_TTL_MS = 10 * 60 * 1000;
export const REQUESTED_PERMISSIONS: readonly Permission[] = ['screen', 'chat', 'diagnostics'];

/** What the customer is asked to allow: not their screen when their browser cannot share one. */
export const requestedPermissions = (session: HelpSession): Permission[] =>
  REQUESTED_PERMISSIONS.filter((p) => p !== 'screen' || session.canShareScreen);

export function openSession(input: {
  id: string;
  code: string;
  customerName: string;
  /** What the customer's app says its language is (a BCP 47 tag). */
  language?: string;
  description: string;
  earlierTicketId?: number;
  canShareScreen?: boolean;
  now: number;
  ttlMs?: number;
  client?: CustomerClient;
}): {
  session: HelpSession;
  events: TimelinePayload[];
} {
  const session: HelpSession = {
    id: input.id,
    code: input.code,
    status: 'waiting',
    customerName: input.customerName,
    customerLanguage: productLanguageOf(input.language),
    description: input.description,
    earlierTicketId: input.earlierTicketId ?? null,
    canShareScreen: input.canShareScreen ?? true,
    createdAt: input.now,
    expiresAt: input.now + (input.ttlMs ?? CODE_TTL_MS),
    engineer: null,
    claimedAt: null,
    permissions: [],
    sharing: false,
    endedAt: null,
    endReason: null,
    client: input.client ?? 'browser',
    control: { state: 'off' },
  };
  return { session, events: [{ type: 'session.created', description: input.description }] };
}

export function isExpired(session: HelpSession, now: number): boolean {
  return session.status === 'waiting' && now >= session.expiresAt;
}

export function claim(session: HelpSession, engineer: EngineerIdentity, now: number): Transition {
  if (isExpired(session, now)) return failure('code_expired', 'This session code has expired');
  if (session.status !== 'waiting') return failure('invalid_state', 'This session has already been taken');
  return {
    ok: true,
    session: { ...session, status: 'claimed', engineer, claimedAt: now },
    events: [{ type: 'session.claimed', engineerId: engineer.id }],
  };
}

/** A code under attack is retired: the waiting session gets a new one. */
export function replaceCode(session: HelpSession, code: string): Transition {
  if (session.status !== 'waiting') return failure('invalid_state', 'Only a waiting session has a code');
  return { ok: true, session: { ...session, code }, events: [{ type: 'code.retired' }] };
}

export function respondToConsent(session: HelpSession, granted: boolean, permissions: readonly Permission[], now: number): Transition {
  if (session.status !== 'claimed') return failure('invalid_state', 'There is no request waiting for consent');
  if (!granted) {
    const ended = end(session, 'consent_declined', now);
    if (!ended.ok) return ended;
    return { ok: true, session: ended.session, events: [{ type: 'consent.declined' }, ...ended.events] };
  }
  const allowed = requestedPermissions(session).filter((p) => permissions.length === 0 || permissions.includes(p));
  return {
    ok: true,
    session: { ...session, status: 'active', permissions: allowed },
    events: [{ type: 'consent.granted', permissions: [...allowed] }],
  };
}

export function reportShare(session: HelpSession, sharing: boolean, sourceLabel?: string, switched = false): Transition {
  if (session.status !== 'active') return failure('invalid_state', 'Sharing needs an active session');
  if (sharing && !session.permissions.includes('screen')) return failure('forbidden', 'Screen sharing was not granted');
  if (sharing && session.sharing && switched) return { ok: true, session, events: [{ type: 'share.switched', sourceLabel }] };
  if (session.sharing === sharing) return { ok: true, session, events: [] };
  const event: TimelinePayload = sharing ? { type: 'share.started', sourceLabel } : { type: 'share.stopped' };
  return { ok: true, session: { ...session, sharing }, events: [event] };
}

export function end(session: HelpSession, reason: EndReason, now: number): Transition {
  if (session.status === 'ended') return failure('invalid_state', 'This session has already ended');
  const events: TimelinePayload[] = [];
  if (session.control.state === 'granted') events.push({ type: 'control.revoked', how: 'session-ended' });
  if (session.sharing) events.push({ type: 'share.stopped', withSession: true });
  events.push({ type: 'session.ended', reason });
  return {
    ok: true,
    session: { ...session, status: 'ended', sharing: false, endedAt: now, endReason: reason, control: { state: 'off' } },
    events,
  };
}

/** The session as its members see it; the service adds the limits and the relay that apply to it. */
export function toView(session: HelpSession): Omit<SessionView, 'fileSizeLimit' | 'ice'> {
  return {
    id: session.id,
    status: session.status,
    customerName: session.customerName,
    customerLanguage: session.customerLanguage,
    description: session.description,
    earlierTicketId: session.earlierTicketId,
    canShareScreen: session.canShareScreen,
    createdAt: session.createdAt,
    expiresAt: session.expiresAt,
    engineer: session.engineer,
    permissions: [...session.permissions],
    sharing: session.sharing,
    client: session.client,
  };
}

export function toQueueEntry(session: HelpSession): QueueEntry {
  return {
    id: session.id,
    customerName: session.customerName,
    customerLanguage: session.customerLanguage,
    description: session.description,
    earlierTicketId: session.earlierTicketId,
    canShareScreen: session.canShareScreen,
    createdAt: session.createdAt,
    expiresAt: session.expiresAt,
  };
}

/** The session's first row in the store; the customer's email and token are not part of its state. */
export function toNewRecord(session: HelpSession, customer: { email: string | null; tokenHash: string }): NewSessionRecord {
  return {
    id: session.id,
    customerName: session.customerName,
    customerEmail: customer.email,
    customerLanguage: session.customerLanguage,
    description: session.description,
    earlierTicketId: session.earlierTicketId,
    status: session.status,
    engineerId: session.engineer?.id ?? null,
    createdAt: session.createdAt,
    claimedAt: session.claimedAt,
    endedAt: session.endedAt,
    endReason: session.endReason,
    customerTokenHash: customer.tokenHash,
  };
}
