import type { FastifyRequest } from 'fastify';
import type { RestRouter } from '../http/rest-router';
import type { AccountService } from './account-service';
import { hashToken, SESSION_COOKIE } from './session-tokens';
import type { StaffRevocation } from './staff-revocation';
import type { SignIn } from './sign-in';
import { unwrap } from './staff-guard';

export interface AuthRouteDeps {
  signIn: SignIn;
  account: AccountService;
  secureCookies: boolean;
  addressOf: (request: FastifyRequest) => string;
  revoke: StaffRevocation;
}

/** Sign-in and the signed-in user's own account. */
export function registerAuthRoutes(route: RestRouter, deps: AuthRouteDeps): void {
  const { signIn, account } = deps;
  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'strict' as const, secure: deps.secureCookies };
  const token = (request: FastifyRequest) => request.cookies[SESSION_COOKIE] ?? '';

  route('POST /api/auth/login', async ({ body, request, reply }) => {
    const session = unwrap(await signIn.login(body, deps.addressOf(request)));
    reply.setCookie(SESSION_COOKIE, session.token, cookieOptions);
    return { ok: true, user: session.user, setupRequired: session.setupRequired };
  });

  route('POST /api/auth/logout', async ({ request, reply }) => {
    if (token(request)) {
      await signIn.logout(token(request));
      deps.revoke.login(hashToken(token(request)));
    }
    reply.clearCookie(SESSION_COOKIE, cookieOptions);
    return { ok: true };
  });

  route('GET /api/auth/me', async ({ staff, request }) => ({ ok: true, user: staff, setupRequired: request.setupRequired ?? null }));

  route('POST /api/auth/password', async ({ staff, body, request }) =>
    unwrap(await account.changePassword(staff.id, body.currentPassword, body.newPassword, token(request))),
  );

  route('POST /api/auth/totp/setup', async ({ staff }) => unwrap(await account.startTotp(staff.id)));

  route('POST /api/auth/totp/confirm', async ({ staff, body }) => unwrap(await account.confirmTotp(staff.id, body.code)));

  route('POST /api/auth/totp/disable', async ({ staff, body }) => unwrap(await account.disableTotp(staff.id, body.password, body.code)));
}
