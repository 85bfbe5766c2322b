import { randomBytes } from 'node:crypto';
import { failure, type Failure, type SetupRequired, type StaffUser } from '../../protocol';
import type { FailureGuard } from '../security/failure-guard';
import type { Store } from '../store/store';
import { hashPassword, verifyPassword } from './password-hashing';
import { hashToken, newSessionToken, SESSION_TTL_MS } from './session-tokens';
import { verifyTotp } from './totp';

export interface SignInDeps {
  store: Store;
  now: () => number;
  /** Wrong passwords per account, and per client address, with growing lockouts. */
  accountGuard: FailureGuard;
  addressGuard: FailureGuard;
}

export type SignedIn = { ok: true; token: string; user: StaffUser; setupRequired: SetupRequired };

export const REQUIRE_TOTP_SETTING = 'security.requireTotp';

export function createSignIn(deps: SignInDeps) {
  const { store, now } = deps;
  // A real hash to verify against when the account is unknown, so timing tells nobody who exists.
  const decoy = hashPassword(randomBytes(16).toString('hex'));
  const locked = (seconds: number) => failure('rate_limited', `Too many failed sign-ins. Try again in ${Math.ceil(seconds / 60)} min.`);

  async function setupRequired(user: StaffUser): Promise<SetupRequired> {
    if (user.mustChangePassword) return 'password';
    if (!user.totpEnabled && (await store.settings.get(REQUIRE_TOTP_SETTING)) === 'true') return 'totp';
    return null;
  }

  async function refuse(email: string, address: string, message: string): Promise<Failure> {
    const [account, client] = await Promise.all([deps.accountGuard.recordFailure(email), deps.addressGuard.recordFailure(address)]);
    if (!account.allowed) return locked(account.retryAfterSeconds);
    if (!client.allowed) return locked(client.retryAfterSeconds);
    return failure('unauthorized', message);
  }

  return {
    setupRequired,

    async login(input: { email: string; password: string; totp?: string }, address: string): Promise<SignedIn | Failure> {
      for (const verdict of [await deps.accountGuard.check(input.email), await deps.addressGuard.check(address)]) {
        if (!verdict.allowed) return locked(verdict.retryAfterSeconds);
      }
      const user = await store.users.findByEmail(input.email);
      const password = await verifyPassword(input.password, user?.passwordHash ?? (await decoy));
      if (!user || !password.ok || user.disabled) return refuse(input.email, address, 'Wrong email or password');
      if (user.totpEnabled && user.totpSecret) {
        if (!input.totp) return failure('totp_required', 'Enter the code from your authenticator app');
        if (!verifyTotp(user.totpSecret, input.totp, now())) return refuse(input.email, address, 'Wrong authenticator code');
      }
      await deps.accountGuard.reset(input.email);
      if (password.rehash) await store.users.setPassword(user.id, await hashPassword(input.password), user.mustChangePassword);
      const token = newSessionToken();
      await store.authSessions.create(hashToken(token), user.id, now(), now() + SESSION_TTL_MS);
      const { passwordHash: _p, totpSecret: _t, ...publicUser } = user;
      return { ok: true, token, user: publicUser, setupRequired: await setupRequired(publicUser) };
    },

    async userForToken(token: string | undefined): Promise<{ user: StaffUser; setupRequired: SetupRequired } | undefined> {
      if (!token) return undefined;
      const user = await store.authSessions.findUser(hashToken(token), now());
      return user && { user, setupRequired: await setupRequired(user) };
    },

    async logout(token: string): Promise<void> {
      await store.authSessions.remove(hashToken(token));
    },
  };
}

export type SignIn = ReturnType<typeof createSignIn>;
