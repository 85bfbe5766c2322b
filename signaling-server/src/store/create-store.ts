import type { Kysely } from 'kysely';
import type { Database } from './database-schema';
import type { Dialect } from './dialect';
import { createSessionRepo } from './help-sessions';
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

export interface StoreOptions {
  /** Above this many matching tickets a search term counts as common (see textFilter). */
  searchCap?: number;
  /** Session events from concurrent sessions share one transaction (default: on SQLite, off on PostgreSQL). */
  groupCommit?: boolean;
}

/** The store over an open database: one repository per aggregate. */
export function createStore(db: Kysely<Database>, dialect: Dialect, options: StoreOptions = {}): Store {
  const search = createSearchIndex(dialect);
  return {
    users: createUserRepo(db),
    authSessions: createAuthSessionRepo(db),
    // SQLite has one writer and an fsync per transaction: grouping pays (4–4.6× in bench:events).
    // PostgreSQL already flushes concurrent commits' WAL together, and a group's statements queue
    // on one connection: grouping measured 0.7–0.8× there, so each event keeps its own transaction.
    sessions: createSessionRepo(db, search, { groupCommit: options.groupCommit ?? dialect === 'sqlite' }),
    tickets: createTicketRepo(db, search, { dialect, searchCap: options.searchCap ?? SEARCH_CAP }),
    settings: createSettingsRepo(db),
    webhooks: createWebhookRepo(db),
    live: createLiveSessionRepo(db, { groupCommit: options.groupCommit ?? dialect === 'sqlite' }),
    articles: createArticleRepo(db),
    articleUsage: createArticleUsageRepo(db),
    close: () => db.destroy(),
  };
}
