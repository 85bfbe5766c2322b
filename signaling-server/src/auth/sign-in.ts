import { randomBytes } from 'node:crypto';
import { failure, rateLimited, type Failure, type SetupRequired, type StaffUser } from '../../protocol';
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
  const locked = (seconds: number) => rateLimited(`Too many failed sign-ins. Try again in ${Math.ceil(seconds / 60)} min.`, seconds);

  async function setupRequired(user: StaffUser): Promise<SetupRequired> {
    if (user.mustChangePassword) return 'password';
    if (!user.totpEnabled && (await store.settings.get(REQUIRE_TOTP_SETTING)) === 'true') return 'totp';
    return null;
  }

  return {
    setupRequired,

    /**
     * Reserve, then verify: the attempt is counted against the account and the address before the
     * password is checked, atomically, so a burst of parallel guesses is cut off at the limit and
     * a locked account refuses even the right password. A success gives the count back.
     */
    async login(input: { email: string; password: string; totp?: string }, address: string): Promise<SignedIn | Failure> {
      const account = await deps.accountGuard.reserve(input.email);
      if (!account.admitted) return locked(account.retryAfterSeconds);
      const client = await deps.addressGuard.reserve(address);
      if (!client.admitted) {
        await deps.accountGuard.release(input.email);
        return locked(client.retryAfterSeconds);
      }
      const giveBack = () => Promise.all([deps.accountGuard.release(input.email), deps.addressGuard.release(address)]);

      const user = await store.users.findByEmail(input.email);
      const password = await verifyPassword(input.password, user?.passwordHash ?? (await decoy));
      // The attempt that reaches the limit is still answered; the next one is refused unchecked.
      // The account it locks goes on the audit trail, once per lock (not each wrong guess).
      const refused = async (message: string) => {
        if (user && account.retryAfterSeconds > 0) {
          const details = { address, minutes: Math.ceil(account.retryAfterSeconds / 60) };
          await store.audit.add({ at: now(), actor: { id: user.id, name: user.name }, action: 'account.locked', target: null, details });
        }
        return failure('unauthorized', message);
      };
      if (!user || !password.ok || user.disabled) return refused('Wrong email or password');
      if (user.totpEnabled && user.totpSecret) {
        // Asking for the code is not a failure.
        if (!input.totp) return giveBack().then(() => failure('totp_required', 'Enter the code from your authenticator app'));
        const step = verifyTotp(user.totpSecret, input.totp, now());
        if (step === null) return refused('Wrong authenticator code');
        // A code works once: a replay within its 30 seconds (or its neighbours') is refused.
        if (!(await store.users.useTotpStep(user.id, step)))
          return failure('unauthorized', 'That code was already used; wait for the next one');
      }
      await Promise.all([deps.accountGuard.reset(input.email), deps.addressGuard.release(address)]);
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
