import type { SessionRecord, StaffRole, StaffUser, TicketDetail, TicketSummary, TimelineEvent } from '../../protocol';

export interface NewUser {
  email: string;
  name: string;
  organisation: string;
  role: StaffRole;
  passwordHash: string;
}

export interface UserRepo {
  create(user: NewUser): Promise<StaffUser>;
  findByEmail(email: string): Promise<(StaffUser & { passwordHash: string }) | undefined>;
  findById(id: string): Promise<StaffUser | undefined>;
  list(): Promise<StaffUser[]>;
  count(): Promise<number>;
}

export interface AuthSessionRepo {
  create(tokenHash: string, userId: string, now: number, expiresAt: number): Promise<void>;
  findUser(tokenHash: string, now: number): Promise<StaffUser | undefined>;
  remove(tokenHash: string): Promise<void>;
}

export type SessionPatch = Partial<Pick<SessionRecord, 'status' | 'engineerId' | 'claimedAt' | 'endedAt' | 'endReason'>>;

export interface SessionRepo {
  insert(record: Omit<SessionRecord, 'engineerName' | 'ticketId'>): Promise<void>;
  update(id: string, patch: SessionPatch): Promise<void>;
  /** Appends an event once: a retried event with the same id is stored once. */
  appendEvent(event: TimelineEvent): Promise<void>;
  timeline(sessionId: string): Promise<TimelineEvent[]>;
  get(id: string): Promise<SessionRecord | undefined>;
  /** Sessions not yet ended: after a restart, the ones a previous process left open. */
  listUnfinished(): Promise<SessionRecord[]>;
}

export interface TicketRepo {
  /** Opens a ticket for the session and attaches it; returns the ticket id. */
  openForSession(sessionId: string, subject: string, customerName: string, now: number): Promise<number>;
  list(): Promise<TicketSummary[]>;
  get(id: number): Promise<TicketDetail | undefined>;
}

/** One store interface over SQLite (default) and, later, PostgreSQL. */
export interface Store {
  users: UserRepo;
  authSessions: AuthSessionRepo;
  sessions: SessionRepo;
  tickets: TicketRepo;
  close(): Promise<void>;
}
