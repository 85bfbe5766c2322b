import { randomBytes } from 'node:crypto';
import {
  refusedByRule,
  failure,
  type CreateUserRequest,
  type Failure,
  type SecuritySettings,
  type StaffUser,
  type UpdateUserRequest,
} from '../../protocol';
import type { Store } from '../store/store';
import { hashPassword } from './password-hashing';
import type { StaffRevocation } from './staff-revocation';
import { REQUIRE_TOTP_SETTING } from './sign-in';

type Ok<T = object> = { ok: true } & T;

/** What admins do to accounts: create, edit roles, disable, reset; and the organisation's rules. */
export function createUserAdmin(deps: { store: Store; revoke: StaffRevocation }) {
  const { store } = deps;

  async function wouldLeaveNoAdmin(target: StaffUser, patch: UpdateUserRequest): Promise<boolean> {
    const losesAdmin = target.role === 'admin' && !target.disabled && (patch.role === 'engineer' || patch.disabled === true);
    return losesAdmin && (await store.users.countActiveAdmins()) <= 1;
  }

  return {
    async createUser(request: CreateUserRequest): Promise<StaffUser> {
      return store.users.create({ ...request, passwordHash: await hashPassword(request.password) });
    },

    async updateUser(actorId: string, id: string, patch: UpdateUserRequest): Promise<Ok<{ user: StaffUser }> | Failure> {
      const target = await store.users.findById(id);
      if (!target) return failure('not_found', 'No such user');
      if (id === actorId && (patch.disabled === true || patch.role === 'engineer'))
        return refusedByRule('not_yourself', 'You cannot disable or demote yourself');
      if (await wouldLeaveNoAdmin(target, patch)) return refusedByRule('last_admin', 'At least one active admin must remain');
      const user = await store.users.update(id, patch);
      if (patch.disabled === true || (patch.role !== undefined && patch.role !== target.role)) {
        await store.authSessions.removeAllFor(id);
        deps.revoke.user(id);
      }
      return { ok: true, user: user! };
    },

    /** A one-time password the user must change at next sign-in; their sessions and two-factor are reset. */
    async resetPassword(actorId: string, id: string): Promise<Ok<{ temporaryPassword: string }> | Failure> {
      if (id === actorId) return refusedByRule('own_password_on_account_page', 'Change your own password from your account page');
      const target = await store.users.findById(id);
      if (!target) return failure('not_found', 'No such user');
      const temporaryPassword = randomBytes(12).toString('base64url');
      await store.users.setPassword(id, await hashPassword(temporaryPassword), true);
      await store.users.setTotp(id, null, false);
      await store.authSessions.removeAllFor(id);
      deps.revoke.user(id);
      return { ok: true, temporaryPassword };
    },

    async settings(): Promise<SecuritySettings> {
      return { requireTotp: (await store.settings.get(REQUIRE_TOTP_SETTING)) === 'true' };
    },

    /** Requiring two-factor needs it on the admin's own account first, so nobody locks themselves out. */
    async updateSettings(actor: StaffUser, settings: SecuritySettings): Promise<Ok<{ settings: SecuritySettings }> | Failure> {
      if (settings.requireTotp && !actor.totpEnabled)
        return refusedByRule('two_factor_yourself_first', 'Turn on two-factor sign-in for your own account first');
      await store.settings.set(REQUIRE_TOTP_SETTING, String(settings.requireTotp));
      return { ok: true, settings };
    },

    /** On first run creates the admin; returns the one-time password when it generated one. */
    async ensureAdmin(email: string, password?: string): Promise<{ created: boolean; generatedPassword?: string }> {
      if ((await store.users.count()) > 0) return { created: false };
      const generated = password ? undefined : randomBytes(12).toString('base64url');
      // A generated password is printed once, to the console: it is one-time, changed at the first sign-in.
      await store.users.create({
        email,
        name: 'Administrator',
        organisation: 'Firstline',
        role: 'admin',
        passwordHash: await hashPassword(password ?? generated!),
        mustChangePassword: generated !== undefined,
      });
      return { created: true, generatedPassword: generated };
    },
  };
}

export type UserAdmin = ReturnType<typeof createUserAdmin>;
