import type { Generated } from 'kysely';
import type { ArticleDeflectionsTable, ArticleLinksTable, ArticlesTable, ArticleVersionsTable } from './knowledge-schema';

/** Row shapes of the database, shared by the SQLite and PostgreSQL dialects. */
export interface UsersTable {
  id: string;
  email: string;
  name: string;
  organisation: string;
  role: 'engineer' | 'admin';
  password_hash: string;
  disabled: number;
  created_at: number;
  totp_secret: string | null;
  totp_enabled: number;
  must_change_password: number;
  totp_last_step: number | null;
}

export interface SettingsTable {
  key: string;
  value: string;
}

export interface AuthSessionsTable {
  token_hash: string;
  user_id: string;
  created_at: number;
  expires_at: number;
}

export interface HelpSessionsTable {
  id: string;
  ticket_id: number | null;
  customer_name: string;
  description: string;
  status: 'waiting' | 'claimed' | 'active' | 'ended';
  engineer_id: string | null;
  created_at: number;
  claimed_at: number | null;
  ended_at: number | null;
  end_reason: string | null;
  customer_token_hash: string | null;
  rating: number | null;
  rating_comment: string | null;
  rated_at: number | null;
  customer_email: string | null;
  customer_language: string | null;
  earlier_ticket_id: number | null;
}

export interface SessionEventsTable {
  seq: Generated<number>;
  id: string;
  session_id: string;
  at: number;
  actor_role: string;
  actor_name: string;
  type: string;
  payload: string;
}

export interface TicketsTable {
  id: Generated<number>;
  subject: string;
  customer_name: string;
  status: 'open' | 'pending' | 'resolved' | 'closed';
  outcome: 'cancelled' | 'declined' | 'expired' | 'no_engineer' | 'abandoned' | null;
  created_at: number;
  updated_at: number;
  priority: Generated<'low' | 'normal' | 'high' | 'urgent'>;
  category: string | null;
  assignee_id: string | null;
  resolution_summary: string | null;
  resolved_at: number | null;
  customer_email: string | null;
  customer_organisation: string | null;
  first_response_at: number | null;
  first_response_due_at: number | null;
  resolution_due_at: number | null;
}

export interface TicketTagsTable {
  ticket_id: number;
  tag: string;
}

export interface WebhookEndpointsTable {
  id: string;
  url: string;
  secret: string;
  /** JSON array of the event types it receives. */
  events: string;
  active: number;
  created_at: number;
}

export interface WebhookDeliveriesTable {
  id: string;
  endpoint_id: string;
  event_type: string;
  payload: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  next_attempt_at: number;
  last_status: number | null;
  last_error: string | null;
  created_at: number;
  delivered_at: number | null;
}

export interface Database {
  users: UsersTable;
  auth_sessions: AuthSessionsTable;
  help_sessions: HelpSessionsTable;
  session_events: SessionEventsTable;
  tickets: TicketsTable;
  ticket_tags: TicketTagsTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  settings: SettingsTable;
  live_sessions: LiveSessionsTable;
  server_leases: ServerLeasesTable;
  articles: ArticlesTable;
  article_versions: ArticleVersionsTable;
  article_links: ArticleLinksTable;
  article_deflections: ArticleDeflectionsTable;
  session_screenshots: SessionScreenshotsTable;
  audit_log: AuditLogTable;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: number;
  actor_id: string;
  actor_name: string;
  action: string;
  target_kind: string | null;
  target_id: string | null;
  target_label: string | null;
  /** The kept fields of the change (AuditEntry['details']) as JSON. */
  details: string;
}

export interface SessionScreenshotsTable {
  id: string;
  session_id: string;
  taken_at: number;
  /** The engineer's user id. */
  taken_by: string;
  width: number;
  height: number;
  png: Buffer;
}

export interface LiveSessionsTable {
  session_id: string;
  /** The session's state (HelpSession) as JSON. */
  state: string;
  customer_token_hash: string;
  owner: string;
  updated_at: number;
}

export interface ServerLeasesTable {
  owner: string;
  heartbeat_at: number;
}
