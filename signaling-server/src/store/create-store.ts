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

export interface StoreOptions {
  /** Above this many matching tickets a search term counts as common (see textFilter). */
  searchCap?: number;
}

/** The store over an open database: one repository per aggregate. */
export function createStore(db: Kysely<Database>, dialect: Dialect, options: StoreOptions = {}): Store {
  const search = createSearchIndex(dialect);
  return {
    users: createUserRepo(db),
    authSessions: createAuthSessionRepo(db),
    sessions: createSessionRepo(db, search),
    tickets: createTicketRepo(db, search, { dialect, searchCap: options.searchCap ?? SEARCH_CAP }),
    settings: createSettingsRepo(db),
    webhooks: createWebhookRepo(db),
    close: () => db.destroy(),
  };
}
