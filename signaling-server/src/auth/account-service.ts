import QRCode from 'qrcode';
import { failure, refusedByRule, type Failure } from '../../protocol';
import type { Store } from '../store/store';
import { hashPassword, verifyPassword } from './password-hashing';
import { hashToken } from './session-tokens';
import type { StaffRevocation } from './staff-revocation';
import { newTotpSecret, totpUri, verifyTotp } from './totp';

type Ok<T = object> = { ok: true } & T;

/** What signed-in staff do to their own account: change the password, set up two-factor. */
export function createAccountService(deps: { store: Store; now: () => number; revoke: StaffRevocation }) {
  const { store } = deps;

  async function checkPassword(userId: string, password: string): Promise<Failure | null> {
    const secrets = await store.users.secretsOf(userId);
    if (!secrets || !(await verifyPassword(password, secrets.passwordHash)).ok)
      return failure('unauthorized', 'Your current password is not right');
    return null;
  }

  return {
    /** Also signs the user out of every other session. */
    async changePassword(userId: string, currentPassword: string, newPassword: string, currentToken: string): Promise<Ok | Failure> {
      const wrong = await checkPassword(userId, currentPassword);
      if (wrong) return wrong;
      if (currentPassword === newPassword)
        return failure('invalid_payload', 'Choose a password different from the current one', {
          field: { path: ['newPassword'], problem: 'unchanged' },
        });
      await store.users.setPassword(userId, await hashPassword(newPassword), false);
      await store.authSessions.removeAllFor(userId, hashToken(currentToken));
      deps.revoke.user(userId, hashToken(currentToken));
      return { ok: true };
    },

    /** Starts enrolment: a fresh secret, shown once as a QR code; active only after a code is confirmed. */
    async startTotp(userId: string): Promise<Ok<{ secret: string; uri: string; qrDataUrl: string }> | Failure> {
      const user = await store.users.findById(userId);
      if (!user) return failure('not_found', 'No such user');
      if (user.totpEnabled) return refusedByRule('two_factor_already_on', 'Two-factor sign-in is already on');
      const secret = newTotpSecret();
      await store.users.setTotp(userId, secret, false);
      const uri = totpUri(secret, user.email);
      return { ok: true, secret, uri, qrDataUrl: await QRCode.toDataURL(uri, { margin: 1, width: 220 }) };
    },

    async confirmTotp(userId: string, code: string): Promise<Ok | Failure> {
      const secrets = await store.users.secretsOf(userId);
      if (!secrets?.totpSecret) return refusedByRule('two_factor_not_started', 'Start two-factor set-up first');
      if (secrets.totpEnabled) return refusedByRule('two_factor_already_on', 'Two-factor sign-in is already on');
      const step = verifyTotp(secrets.totpSecret, code, deps.now());
      if (step === null) return failure('unauthorized', 'That code is not right; check the time on your phone');
      await store.users.setTotp(userId, secrets.totpSecret, true);
      // The code that turned it on cannot also sign in.
      await store.users.useTotpStep(userId, step);
      return { ok: true };
    },

    /** Needs the password and a current, unused code: neither a stolen session nor a leaked password is enough. */
    async disableTotp(userId: string, password: string, code: string): Promise<Ok | Failure> {
      const wrong = await checkPassword(userId, password);
      if (wrong) return wrong;
      const secrets = await store.users.secretsOf(userId);
      if (!secrets?.totpEnabled || !secrets.totpSecret) return refusedByRule('two_factor_not_on', 'Two-factor sign-in is not on');
      const step = verifyTotp(secrets.totpSecret, code, deps.now());
      if (step === null || !(await store.users.useTotpStep(userId, step)))
        return failure('unauthorized', 'That code is not right or was already used');
      await store.users.setTotp(userId, null, false);
      return { ok: true };
    },
  };
}

export type AccountService = ReturnType<typeof createAccountService>;
