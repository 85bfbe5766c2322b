import type { Kysely } from 'kysely';
import type { Database } from './database-schema';
import type { Store } from './store';
import { createAuthSessionRepo, createSettingsRepo, createUserRepo } from './kysely-users';
import { createSessionRepo } from './kysely-sessions';
import { createTicketRepo } from './kysely-tickets';

export function createKyselyStore(db: Kysely<Database>): Store {
  return {
    users: createUserRepo(db),
    authSessions: createAuthSessionRepo(db),
    sessions: createSessionRepo(db),
    tickets: createTicketRepo(db),
    settings: createSettingsRepo(db),
    close: () => db.destroy(),
  };
}
