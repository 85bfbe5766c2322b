import { refusedByRule } from '../../protocol';
import { HttpError } from '../http/http-errors';
import type { RestRouter } from '../http/rest-router';
import type { Store } from '../store/store';
import { unwrap } from './staff-guard';
import type { UserAdmin } from './user-admin';

/** Accounts and the organisation's sign-in rules (admins), and the list of colleagues (staff). */
export function registerUserRoutes(route: RestRouter, deps: { users: UserAdmin; store: Store }): void {
  route('GET /api/users', async () => ({ ok: true, users: await deps.store.users.list() }));

  route('POST /api/users', async ({ body }) => {
    try {
      return { ok: true, user: await deps.users.createUser(body) };
    } catch (err) {
      if (/unique/i.test(String(err))) throw HttpError.from(refusedByRule('email_taken', 'A user with this email already exists'));
      throw err;
    }
  });

  route('PATCH /api/users/:id', async ({ staff, params, body }) => unwrap(await deps.users.updateUser(staff.id, params.id, body)));

  route('POST /api/users/:id/reset-password', async ({ staff, params }) => unwrap(await deps.users.resetPassword(staff.id, params.id)));

  route('GET /api/settings/security', async () => ({ ok: true, settings: await deps.users.settings() }));

  route('PUT /api/settings/security', async ({ staff, body }) => unwrap(await deps.users.updateSettings(staff, body)));

  route('GET /api/engineers', async () => ({
    ok: true,
    engineers: (await deps.store.users.list())
      .filter((u) => !u.disabled)
      .map((u) => ({ id: u.id, name: u.name, organisation: u.organisation })),
  }));
}
