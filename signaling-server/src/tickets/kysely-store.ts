import type { Kysely } from 'kysely';
import type { Database } from './database-schema';
import { createSearchIndex } from './kysely-search';
import type { Dialect } from './migrations';
import type { Store } from './store';
import { createAuthSessionRepo, createSettingsRepo, createUserRepo } from './kysely-users';
import { createSessionRepo } from './kysely-sessions';
import { createTicketRepo } from './kysely-tickets';
import { SEARCH_CAP } from './kysely-ticket-query';
import { createWebhookRepo } from './kysely-webhooks';

export interface StoreOptions {
  /** Above this many matching tickets a search term counts as common (see textFilter). */
  searchCap?: number;
}

export function createKyselyStore(db: Kysely<Database>, dialect: Dialect, options: StoreOptions = {}): Store {
  const search = createSearchIndex(dialect);
  const webhooks = createWebhookRepo(db);
  return {
    users: createUserRepo(db),
    authSessions: createAuthSessionRepo(db),
    sessions: createSessionRepo(db, search, webhooks),
    tickets: createTicketRepo(db, search, { dialect, webhooks, searchCap: options.searchCap ?? SEARCH_CAP }),
    settings: createSettingsRepo(db),
    webhooks,
    close: () => db.destroy(),
  };
}
