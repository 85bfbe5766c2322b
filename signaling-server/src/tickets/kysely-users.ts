import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { StaffUser } from '../../protocol';
import type { Database, UsersTable } from './database-schema';
import type { AuthSessionRepo, UserRepo } from './store';

function toUser(row: Selectable<UsersTable>): StaffUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    organisation: row.organisation,
    role: row.role,
    disabled: row.disabled === 1,
    createdAt: Number(row.created_at),
  };
}

export function createUserRepo(db: Kysely<Database>): UserRepo {
  return {
    async create(user) {
      const row = {
        id: randomUUID(),
        email: user.email,
        name: user.name,
        organisation: user.organisation,
        role: user.role,
        password_hash: user.passwordHash,
        disabled: 0,
        created_at: Date.now(),
      };
      await db.insertInto('users').values(row).execute();
      return toUser(row);
    },
    async findByEmail(email) {
      const row = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
      return row && { ...toUser(row), passwordHash: row.password_hash };
    },
    async findById(id) {
      const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toUser(row);
    },
    async list() {
      const rows = await db.selectFrom('users').selectAll().orderBy('created_at').execute();
      return rows.map(toUser);
    },
    async count() {
      const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

export function createAuthSessionRepo(db: Kysely<Database>): AuthSessionRepo {
  return {
    async create(tokenHash, userId, now, expiresAt) {
      await db.insertInto('auth_sessions').values({ token_hash: tokenHash, user_id: userId, created_at: now, expires_at: expiresAt }).execute();
    },
    async findUser(tokenHash, now) {
      const row = await db
        .selectFrom('auth_sessions')
        .innerJoin('users', 'users.id', 'auth_sessions.user_id')
        .selectAll('users')
        .where('auth_sessions.token_hash', '=', tokenHash)
        .where('auth_sessions.expires_at', '>', now)
        .where('users.disabled', '=', 0)
        .executeTakeFirst();
      return row && toUser(row);
    },
    async remove(tokenHash) {
      await db.deleteFrom('auth_sessions').where('token_hash', '=', tokenHash).execute();
    },
  };
}
