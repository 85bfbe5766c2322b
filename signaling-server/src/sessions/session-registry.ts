import { hashToken } from '../auth/session-tokens';
import type { QueueEntry } from '../../protocol';
import { toQueueEntry, type HelpSession } from './session-machine';

export type MemberRole = 'customer' | 'engineer';

const EXPIRED_CODES_KEPT = 10_000;
const EXPIRED_CODE_MEMORY_MS = 60 * 60 * 1000;

export interface Membership {
  readonly sessionId: string;
  readonly role: MemberRole;
}

/** Told of every change to a live session's state, to keep it outside the process too. */
export interface RegistryListener {
  saved(session: HelpSession, customerTokenHash: string): void;
  removed(sessionId: string): void;
  /** A session taken over from a process that is gone (its state is already saved). */
  restored?(session: HelpSession, customerTokenHash: string): void;
  /** A waiting request's code ran out unclaimed. */
  expired?(code: string, at: number): void;
}

/** Several listeners as one, each told of every change in turn. */
export function allListeners(...listeners: RegistryListener[]): RegistryListener {
  return {
    saved: (session, hash) => listeners.forEach((l) => l.saved(session, hash)),
    removed: (sessionId) => listeners.forEach((l) => l.removed(sessionId)),
    restored: (session, hash) => listeners.forEach((l) => l.restored?.(session, hash)),
    expired: (code, at) => listeners.forEach((l) => l.expired?.(code, at)),
  };
}

/**
 * Live sessions and who belongs to them. Knows nothing about sockets beyond opaque ids, so the
 * rule "a socket acts only within its own session" is decided here and tested in isolation.
 */
export class SessionRegistry {
  private readonly sessions = new Map<string, HelpSession>();
  private readonly byCode = new Map<string, string>();
  private readonly members = new Map<string, Membership>();
  private readonly sockets = new Map<string, { customer?: string; engineer?: string }>();
  /** By the hash of the customer's token (as the store keeps it), so a session taken over resumes too. */
  private readonly customerTokens = new Map<string, string>();
  private readonly tokenHashOf = new Map<string, string>();

  constructor(private readonly listener?: RegistryListener) {}
  /** Retired codes and when, so a late claim with one gets a clear answer. */
  private readonly retired = new Map<string, number>();

  add(session: HelpSession, customerToken: string): void {
    this.index(session, hashToken(customerToken));
    this.saved(session);
  }

  /** A session taken over from a process that is gone, as it was left (nobody connected yet). */
  restore(session: HelpSession, customerTokenHash: string): void {
    this.index(session, customerTokenHash);
    this.listener?.restored?.(session, customerTokenHash);
  }

  private index(session: HelpSession, customerTokenHash: string): void {
    this.sessions.set(session.id, session);
    if (session.status === 'waiting') this.byCode.set(session.code, session.id);
    this.customerTokens.set(customerTokenHash, session.id);
    this.tokenHashOf.set(session.id, customerTokenHash);
  }

  private saved(session: HelpSession): void {
    const hash = this.tokenHashOf.get(session.id);
    if (hash !== undefined) this.listener?.saved(session, hash);
  }

  get(id: string): HelpSession | undefined {
    return this.sessions.get(id);
  }

  findByCode(code: string): HelpSession | undefined {
    const id = this.byCode.get(code);
    return id === undefined ? undefined : this.sessions.get(id);
  }

  codeInUse(code: string): boolean {
    return this.byCode.has(code) || this.retired.has(code);
  }

  /** Swaps a waiting session's code for a new one and remembers the old as retired. */
  replaceCode(session: HelpSession, oldCode: string, now: number, keepRetiredMs: number): void {
    for (const [code, at] of this.retired) if (now - at > keepRetiredMs) this.retired.delete(code);
    this.byCode.delete(oldCode);
    this.retired.set(oldCode, now);
    this.sessions.set(session.id, session);
    this.byCode.set(session.code, session.id);
    this.saved(session);
  }

  isRetired(code: string): boolean {
    return this.retired.has(code);
  }

  liveCodes(): string[] {
    return [...this.byCode.keys()];
  }

  sessionForToken(token: string): HelpSession | undefined {
    const id = this.customerTokens.get(hashToken(token));
    return id === undefined ? undefined : this.sessions.get(id);
  }

  /** Replaces the state; a session leaving 'waiting' gives up its code (codes are single use). */
  update(session: HelpSession): void {
    this.sessions.set(session.id, session);
    if (session.status !== 'waiting') this.byCode.delete(session.code);
    this.saved(session);
  }

  countsByStatus(): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const s of this.sessions.values()) counts[s.status] = (counts[s.status] ?? 0) + 1;
    return counts;
  }

  waiting(): HelpSession[] {
    return [...this.sessions.values()].filter((s) => s.status === 'waiting').sort((a, b) => a.createdAt - b.createdAt);
  }

  /** The waiting requests as engineers see them in the queue, longest wait first. */
  queueEntries(): QueueEntry[] {
    return this.waiting().map(toQueueEntry);
  }

  /** The queue's length and when its oldest request arrived, for the metrics. */
  queueSummary(): { length: number; oldestCreatedAt: number | null } {
    const waiting = this.waiting();
    return { length: waiting.length, oldestCreatedAt: waiting[0]?.createdAt ?? null };
  }

  join(socketId: string, sessionId: string, role: MemberRole): void {
    this.members.set(socketId, { sessionId, role });
    const slots = this.sockets.get(sessionId) ?? {};
    slots[role] = socketId;
    this.sockets.set(sessionId, slots);
  }

  membership(socketId: string): Membership | undefined {
    return this.members.get(socketId);
  }

  /** The socket of the other member of the session, if connected. */
  counterpart(socketId: string): string | undefined {
    const member = this.members.get(socketId);
    if (!member) return undefined;
    const slots = this.sockets.get(member.sessionId);
    return member.role === 'customer' ? slots?.engineer : slots?.customer;
  }

  memberSocket(sessionId: string, role: MemberRole): string | undefined {
    return this.sockets.get(sessionId)?.[role];
  }

  socketsOf(sessionId: string): string[] {
    const slots = this.sockets.get(sessionId);
    return [slots?.customer, slots?.engineer].filter((s): s is string => s !== undefined);
  }

  leave(socketId: string): Membership | undefined {
    const member = this.members.get(socketId);
    if (!member) return undefined;
    this.members.delete(socketId);
    const slots = this.sockets.get(member.sessionId);
    if (slots && slots[member.role] === socketId) delete slots[member.role];
    return member;
  }

  /** Codes that expired unclaimed, and when: an engineer who types one is told it expired, not that it is wrong. */
  private expiredCodes = new Map<string, number>();

  noteExpired(code: string, at: number): void {
    this.listener?.expired?.(code, at);
    this.expiredCodes.delete(code);
    this.expiredCodes.set(code, at);
    // Oldest first: the map stays small however many codes expire.
    if (this.expiredCodes.size > EXPIRED_CODES_KEPT) this.expiredCodes.delete(this.expiredCodes.keys().next().value!);
  }

  expiredRecently(code: string, now: number): boolean {
    const at = this.expiredCodes.get(code);
    return at !== undefined && now - at < EXPIRED_CODE_MEMORY_MS;
  }

  /** Forgets an ended session entirely. */
  remove(sessionId: string): void {
    const session = this.sessions.get(sessionId);
    if (!session) return;
    this.sessions.delete(sessionId);
    this.byCode.delete(session.code);
    for (const socketId of this.socketsOf(sessionId)) this.members.delete(socketId);
    this.sockets.delete(sessionId);
    const hash = this.tokenHashOf.get(sessionId);
    if (hash !== undefined) this.customerTokens.delete(hash);
    this.tokenHashOf.delete(sessionId);
    this.listener?.removed(sessionId);
  }
}
