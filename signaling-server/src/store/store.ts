import type { CreateWebhookRequest, DeliveryQuery, UpdateWebhookRequest, WebhookDelivery, WebhookEndpoint } from '../../protocol';
import type {
  SessionListItem,
  SessionQuery,
  SessionRecord,
  StaffRole,
  StaffUser,
  TicketDetail,
  TicketQuery,
  TicketPriority,
} from '../../protocol';
import type { ScreenshotInfo, TicketOutcome, TicketSummary, TicketUpdate, TimelineEvent } from '../../protocol';
import type { LiveSessionRepo } from './live-sessions';
import type { ArticleRepo } from './articles';
import type { ArticleUsageRepo } from './article-usage';
import type { AuditRepo } from './audit-log';

/**
 * The database layer's one interface, over SQLite (default) and PostgreSQL: one repository per
 * aggregate. Nothing here exposes the query builder; callers see plain protocol types.
 */

export interface NewUser {
  email: string;
  name: string;
  organisation: string;
  role: StaffRole;
  passwordHash: string;
  /** A one-time password: the user must choose their own at the first sign-in. */
  mustChangePassword?: boolean;
}

/** A user with the secrets only the auth code may see. */
export type UserSecrets = StaffUser & { passwordHash: string; totpSecret: string | null };

export interface UserRepo {
  create(user: NewUser): Promise<StaffUser>;
  findByEmail(email: string): Promise<UserSecrets | undefined>;
  findById(id: string): Promise<StaffUser | undefined>;
  secretsOf(id: string): Promise<UserSecrets | undefined>;
  list(): Promise<StaffUser[]>;
  count(): Promise<number>;
  countActiveAdmins(): Promise<number>;
  update(id: string, patch: Partial<Pick<StaffUser, 'name' | 'organisation' | 'role' | 'disabled'>>): Promise<StaffUser | undefined>;
  setPassword(id: string, passwordHash: string, mustChange: boolean): Promise<void>;
  setTotp(id: string, secret: string | null, enabled: boolean): Promise<void>;
  /** Records that a TOTP code of this time step was used; false when that step (or a later one) already was. */
  useTotpStep(id: string, step: number): Promise<boolean>;
}

export interface SettingsRepo {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string): Promise<void>;
}

export interface AuthSessionRepo {
  create(tokenHash: string, userId: string, now: number, expiresAt: number): Promise<void>;
  findUser(tokenHash: string, now: number): Promise<StaffUser | undefined>;
  remove(tokenHash: string): Promise<void>;
  /** Signs a user out everywhere, except (optionally) the session making the change. */
  removeAllFor(userId: string, keepTokenHash?: string): Promise<void>;
}

export type SessionPatch = Partial<Pick<SessionRecord, 'status' | 'engineerId' | 'claimedAt' | 'endedAt' | 'endReason'>>;

export type NewSessionRecord = Omit<
  SessionRecord,
  'engineerName' | 'ticketId' | 'rating' | 'ratingComment' | 'customerEmail' | 'customerLanguage' | 'earlierTicketId'
> & {
  customerTokenHash: string;
  customerEmail?: string | null;
  customerLanguage?: SessionRecord['customerLanguage'];
  earlierTicketId?: number | null;
};

/**
 * A session's row, new or changed, written with the events that say so; a change that ends it
 * may file its ticket in the same write (`outcome` as openForSession takes it).
 */
export type SessionRowChange =
  { insert: NewSessionRecord } | { update: SessionPatch; fileTicket?: { at: number; outcome: TicketOutcome | null } };

export interface SessionRepo {
  insert(record: NewSessionRecord): Promise<void>;
  /** The session a customer token belongs to (by the token's hash). */
  findByCustomerToken(tokenHash: string): Promise<SessionRecord | undefined>;
  /** Sets the rating once; false when it was already rated. */
  rate(id: string, score: number, comment: string | null, at: number): Promise<boolean>;
  update(id: string, patch: SessionPatch): Promise<void>;
  /** Appends an event once: a retried event with the same id is stored once. */
  appendEvent(event: TimelineEvent): Promise<void>;
  /**
   * The session's row change (when given) and its events, as appendEvent does each: one durable
   * write, all or nothing. Gives the id of the ticket it filed, if it was asked to.
   */
  change(sessionId: string, row: SessionRowChange | undefined, events: TimelineEvent[]): Promise<number | undefined>;
  timeline(sessionId: string): Promise<TimelineEvent[]>;
  get(id: string): Promise<SessionRecord | undefined>;
  /** One page of the session log matching the filter (only `onlyFor`'s sessions when given), and how many match. */
  query(filter: SessionQuery, onlyFor: string | undefined, now: number): Promise<{ sessions: SessionListItem[]; total: number }>;
  /** Every matching session, streamed for export. */
  exportRows(filter: SessionQuery, onlyFor: string | undefined, now: number): AsyncIterable<SessionListItem>;
  /** Sessions not yet ended: after a restart, the ones a previous process left open. */
  listUnfinished(): Promise<SessionRecord[]>;
}

export interface TicketRepo {
  /**
   * Opens a ticket for the session and attaches it; returns the ticket id. The ticket is dated
   * from when the customer asked for help, so its SLA clocks start there.
   */
  /** Files the session's ticket: open, or closed outside the SLA when the request ended without help. */
  openForSession(sessionId: string, now: number, outcome?: TicketOutcome | null): Promise<number>;
  /**
   * One page of tickets matching the filter (only `onlyFor`'s tickets when given), and how many
   * match; for a very common search term the count stops at a cap (`totalCapped`).
   */
  query(
    filter: TicketQuery,
    onlyFor: string | undefined,
    now: number,
  ): Promise<{ tickets: TicketSummary[]; total: number; totalCapped: boolean }>;
  /** Every matching ticket, streamed for export. */
  exportRows(
    filter: TicketQuery,
    onlyFor: string | undefined,
    now: number,
  ): AsyncIterable<TicketSummary & { resolutionSummary: string | null }>;
  /** Up to 20 tickets whose texts contain the query (only `onlyFor`'s tickets when given), most recent first. */
  search(query: string, onlyFor: string | undefined): Promise<TicketSummary[]>;
  /** True when the engineer was assigned the ticket or took one of its sessions: who may see and work it. */
  isWorkedBy(ticketId: number, engineerId: string): Promise<boolean>;
  get(id: number): Promise<TicketDetail | undefined>;
  update(id: number, changes: TicketUpdate, now: number): Promise<void>;
  assign(id: number, assigneeId: string, now: number): Promise<void>;
  /** Returns the ticket the session left (removed if it is now empty). */
  moveSession(sessionId: string, toTicketId: number, now: number): Promise<number | null>;
  latestSessionId(ticketId: number): Promise<string | undefined>;
  /** The rows a report over [from, to) is built from. */
  reportRows(from: number, to: number): Promise<ReportInput>;
}

/** The rows a report over a period is built from. */
export interface ReportInput {
  sessions: Array<{ createdAt: number; claimedAt: number | null; endedAt: number | null; rating: number | null }>;
  tickets: Array<{
    status: string;
    outcome: TicketOutcome | null;
    priority: TicketPriority;
    category: string | null;
    createdAt: number;
    resolvedAt: number | null;
    firstResponseAt: number | null;
    sessionCount: number;
  }>;
  findingRules: string[];
}

/** A delivery picked up by the dispatcher: what to send where, signed with which secret. */
export interface DueDelivery {
  id: string;
  body: string;
  attempts: number;
  /** The next_attempt_at it was read with; the lease only succeeds if it is unchanged. */
  leaseToken: number;
  url: string;
  secret: string;
}

export interface WebhookRepo {
  createEndpoint(input: CreateWebhookRequest, now: number): Promise<{ endpoint: WebhookEndpoint; secret: string }>;
  listEndpoints(): Promise<WebhookEndpoint[]>;
  updateEndpoint(id: string, patch: UpdateWebhookRequest): Promise<boolean>;
  deleteEndpoint(id: string): Promise<boolean>;
  /** Queues a test message for one endpoint. */
  ping(endpointId: string, now: number): Promise<number>;
  due(now: number, limit: number): Promise<DueDelivery[]>;
  /** Claims a due delivery until `until`; false when another process got it first. */
  lease(id: string, leaseToken: number, until: number): Promise<boolean>;
  recordAttempt(
    id: string,
    outcome: {
      status: 'pending' | 'delivered' | 'failed';
      nextAttemptAt: number;
      httpStatus: number | null;
      error: string | null;
      at: number;
    },
  ): Promise<void>;
  /** Sends a failed delivery again; false when it is not a failed one. */
  retry(id: string, now: number): Promise<boolean>;
  listDeliveries(query: DeliveryQuery): Promise<{ deliveries: WebhookDelivery[]; total: number }>;
}

/** Stills of the shared screen kept with a session. */
export interface ScreenshotRepo {
  /**
   * Keeps the screenshot and writes its timeline line, in one transaction, unless its session
   * already keeps `max`: false then, and nothing is written. Concurrent calls for one session are
   * counted one after another.
   */
  addWithin(
    shot: { id: string; sessionId: string; takenAt: number; takenBy: string; width: number; height: number; png: Buffer },
    max: number,
    line: TimelineEvent,
  ): Promise<boolean>;
  /** Oldest first, without the images. */
  list(sessionId: string): Promise<ScreenshotInfo[]>;
  /** The PNG, only when the screenshot belongs to that session. */
  image(sessionId: string, id: string): Promise<Buffer | undefined>;
  /** False when there was no such screenshot of that session. */
  remove(sessionId: string, id: string): Promise<boolean>;
  /**
   * Deletes up to `limit` of the oldest screenshots taken before `cutoff` and, in the same
   * transaction, writes each affected session the event `lineFor` makes of the ids it lost; returns
   * how many went. Each is deleted by one caller only, however many processes sweep at once.
   */
  expireTakenBefore(cutoff: number, limit: number, lineFor: (sessionId: string, ids: string[]) => TimelineEvent): Promise<number>;
}

export interface Store {
  users: UserRepo;
  authSessions: AuthSessionRepo;
  sessions: SessionRepo;
  tickets: TicketRepo;
  settings: SettingsRepo;
  webhooks: WebhookRepo;
  live: LiveSessionRepo;
  articles: ArticleRepo;
  articleUsage: ArticleUsageRepo;
  screenshots: ScreenshotRepo;
  audit: AuditRepo;
  close(): Promise<void>;
}
