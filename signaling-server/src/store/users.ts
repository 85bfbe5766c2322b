import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import type { StaffUser } from '../../protocol';
import type { Database, UsersTable } from './database-schema';
import type { UserRepo, UserSecrets } from './store';

/** A user row as the rest of the server sees it (flags as booleans, no secrets). */
export function toUser(row: Selectable<UsersTable>): StaffUser {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    organisation: row.organisation,
    role: row.role,
    disabled: row.disabled === 1,
    createdAt: Number(row.created_at),
    totpEnabled: row.totp_enabled === 1,
    mustChangePassword: row.must_change_password === 1,
  };
}

const withSecrets = (row: Selectable<UsersTable>): UserSecrets => ({
  ...toUser(row),
  passwordHash: row.password_hash,
  totpSecret: row.totp_secret,
});

/** Staff accounts and their secrets (password hash, TOTP). */
export function createUserRepo(db: Kysely<Database>): UserRepo {
  const byId = (id: string) => db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
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
        totp_secret: null,
        totp_enabled: 0,
        must_change_password: user.mustChangePassword ? 1 : 0,
        totp_last_step: null,
      };
      await db.insertInto('users').values(row).execute();
      return toUser(row);
    },
    async findByEmail(email) {
      const row = await db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirst();
      return row && withSecrets(row);
    },
    async findById(id) {
      const row = await byId(id);
      return row && toUser(row);
    },
    async secretsOf(id) {
      const row = await byId(id);
      return row && withSecrets(row);
    },
    async list() {
      const rows = await db.selectFrom('users').selectAll().orderBy('created_at').execute();
      return rows.map(toUser);
    },
    async count() {
      const row = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async countActiveAdmins() {
      const row = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('role', '=', 'admin')
        .where('disabled', '=', 0)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async update(id, patch) {
      await db
        .updateTable('users')
        .set({
          ...(patch.name !== undefined && { name: patch.name }),
          ...(patch.organisation !== undefined && { organisation: patch.organisation }),
          ...(patch.role !== undefined && { role: patch.role }),
          ...(patch.disabled !== undefined && { disabled: patch.disabled ? 1 : 0 }),
        })
        .where('id', '=', id)
        .execute();
      const row = await byId(id);
      return row && toUser(row);
    },
    async setPassword(id, passwordHash, mustChange) {
      await db
        .updateTable('users')
        .set({ password_hash: passwordHash, must_change_password: mustChange ? 1 : 0 })
        .where('id', '=', id)
        .execute();
    },
    async setTotp(id, secret, enabled) {
      await db
        .updateTable('users')
        .set({ totp_secret: secret, totp_enabled: enabled ? 1 : 0, totp_last_step: null })
        .where('id', '=', id)
        .execute();
    },
    async useTotpStep(id, step) {
      // One conditional update: of two sign-ins racing with the same code, only one wins.
      const result = await db
        .updateTable('users')
        .set({ totp_last_step: step })
        .where('id', '=', id)
        .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
  };
}
