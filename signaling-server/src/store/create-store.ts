import type { Kysely } from 'kysely';
import type { Database } from './database-schema';
import type { Dialect } from './dialect';
import { createEventWriter, createSessionRepo } from './help-sessions';
import { createAuthSessionRepo } from './login-sessions';
import { createSearchIndex } from './search-index';
import { createSettingsRepo } from './settings';
import type { Store } from './store';
import { SEARCH_CAP } from './ticket-list-query';
import { createTicketRepo } from './tickets';
import { createUserRepo } from './users';
import { createWebhookRepo } from './webhooks';
import { createLiveSessionRepo } from './live-sessions';
import { createArticleRepo } from './articles';
import { createArticleUsageRepo } from './article-usage';
import { createDurableWrites } from './group-commit';
import { createScreenshotRepo } from './session-screenshots';
import { createAuditRepo } from './audit-log';

export interface StoreOptions {
  /** Above this many matching tickets a search term counts as common (see textFilter). */
  searchCap?: number;
  /** Session events from concurrent sessions share one transaction (default: on SQLite, off on PostgreSQL). */
  groupCommit?: boolean;
}

/** The store over an open database: one repository per aggregate. */
export function createStore(db: Kysely<Database>, dialect: Dialect, options: StoreOptions = {}): Store {
  const search = createSearchIndex(dialect);
  // SQLite has one writer and an fsync per transaction: grouping pays (4–4.6× in bench:events).
  // PostgreSQL already flushes concurrent commits' WAL together, and a group's statements queue
  // on one connection: grouping measured 0.7–0.8× there, so each write keeps its own transaction.
  const durable = createDurableWrites(db, options.groupCommit ?? dialect === 'sqlite');
  return {
    users: createUserRepo(db),
    authSessions: createAuthSessionRepo(db),
    sessions: createSessionRepo(db, search, durable),
    tickets: createTicketRepo(db, search, { dialect, searchCap: options.searchCap ?? SEARCH_CAP }),
    settings: createSettingsRepo(db),
    webhooks: createWebhookRepo(db),
    live: createLiveSessionRepo(db, durable),
    articles: createArticleRepo(db),
    articleUsage: createArticleUsageRepo(db),
    screenshots: createScreenshotRepo(db, createEventWriter(db, search)),
    audit: createAuditRepo(db),
    close: () => db.destroy(),
  };
}
