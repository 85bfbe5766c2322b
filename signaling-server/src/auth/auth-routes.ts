import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ChangePasswordRequest, LoginRequest, TotpCodeRequest, TotpDisableRequest } from '../../protocol';
import { parseInput } from '../http/http-errors';
import type { AccountService } from './account-service';
import { SESSION_COOKIE } from './session-tokens';
import type { SignIn } from './sign-in';
import { requireStaff, unwrap } from './staff-guard';

export interface AuthRouteDeps {
  signIn: SignIn;
  account: AccountService;
  secureCookies: boolean;
  addressOf: (request: FastifyRequest) => string;
}

/** Sign-in and the signed-in user's own account. */
export function registerAuthRoutes(app: FastifyInstance, deps: AuthRouteDeps): void {
  const { signIn, account } = deps;
  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'strict' as const, secure: deps.secureCookies };
  const anyStaffDuringSetup = { preHandler: requireStaff(signIn, ['engineer', 'admin'], { duringSetup: true }) };
  const token = (request: FastifyRequest) => request.cookies[SESSION_COOKIE] ?? '';

  app.post('/api/auth/login', async (request, reply) => {
    const session = unwrap(await signIn.login(parseInput(LoginRequest, request.body), deps.addressOf(request)));
    reply.setCookie(SESSION_COOKIE, session.token, cookieOptions);
    return { ok: true, user: session.user, setupRequired: session.setupRequired };
  });

  app.post('/api/auth/logout', async (request, reply) => {
    if (token(request)) await signIn.logout(token(request));
    reply.clearCookie(SESSION_COOKIE, cookieOptions);
    return { ok: true };
  });

  app.get('/api/auth/me', anyStaffDuringSetup, async (request) => ({ ok: true, user: request.staff, setupRequired: request.setupRequired ?? null }));

  app.post('/api/auth/password', anyStaffDuringSetup, async (request) => {
    const body = parseInput(ChangePasswordRequest, request.body);
    return unwrap(await account.changePassword(request.staff!.id, body.currentPassword, body.newPassword, token(request)));
  });

  app.post('/api/auth/totp/setup', anyStaffDuringSetup, async (request) => unwrap(await account.startTotp(request.staff!.id)));

  app.post('/api/auth/totp/confirm', anyStaffDuringSetup, async (request) =>
    unwrap(await account.confirmTotp(request.staff!.id, parseInput(TotpCodeRequest, request.body).code)),
  );

  app.post('/api/auth/totp/disable', anyStaffDuringSetup, async (request) =>
    unwrap(await account.disableTotp(request.staff!.id, parseInput(TotpDisableRequest, request.body).password)),
  );
}
