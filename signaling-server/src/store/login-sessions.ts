import type { Kysely } from 'kysely';
import type { Database } from './database-schema';
import type { AuthSessionRepo } from './store';
import { toUser } from './users';
import { compiledOnce } from './compiled-once';

/** Staff sign-in sessions, by the hash of their cookie token. */
export function createAuthSessionRepo(db: Kysely<Database>): AuthSessionRepo {
  // Asked on every socket and every staff action: compiled once.
  const signedIn = compiledOnce(db, 2, (d, tokenHash: string, now: number) =>
    d
      .selectFrom('auth_sessions')
      .innerJoin('users', 'users.id', 'auth_sessions.user_id')
      .selectAll('users')
      .where('auth_sessions.token_hash', '=', tokenHash)
      .where('auth_sessions.expires_at', '>', now)
      .where('users.disabled', '=', 0),
  );
  return {
    async create(tokenHash, userId, now, expiresAt) {
      await db
        .insertInto('auth_sessions')
        .values({ token_hash: tokenHash, user_id: userId, created_at: now, expires_at: expiresAt })
        .execute();
    },
    async findUser(tokenHash, now) {
      const [row] = (await signedIn(db, tokenHash, now)).rows;
      return row && toUser(row);
    },
    async remove(tokenHash) {
      await db.deleteFrom('auth_sessions').where('token_hash', '=', tokenHash).execute();
    },
    async removeAllFor(userId, keepTokenHash) {
      let query = db.deleteFrom('auth_sessions').where('user_id', '=', userId);
      if (keepTokenHash) query = query.where('token_hash', '!=', keepTokenHash);
      await query.execute();
    },
  };
}
