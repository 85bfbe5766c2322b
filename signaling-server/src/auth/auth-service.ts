import { createHash, randomBytes } from 'node:crypto';
import type { CreateUserRequest, StaffUser } from '../../protocol';
import type { Store } from '../tickets/store';
import { hashPassword, verifyPassword } from './password-hashing';

export const SESSION_COOKIE = 'firstline_session';
const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export interface AuthService {
  login(email: string, password: string): Promise<{ token: string; user: StaffUser } | null>;
  userForToken(token: string | undefined): Promise<StaffUser | undefined>;
  logout(token: string): Promise<void>;
  createUser(request: CreateUserRequest): Promise<StaffUser>;
  /** On first run creates the admin; returns the one-time password when it generated one. */
  ensureAdmin(email: string, password?: string): Promise<{ created: boolean; generatedPassword?: string }>;
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export function createAuthService(deps: { store: Store; now: () => number }): AuthService {
  const { store, now } = deps;
  // Verifying against a real hash when the user is unknown keeps timing from telling who exists.
  const decoyHash = hashPassword(randomBytes(16).toString('hex'));

  return {
    async login(email, password) {
      const user = await store.users.findByEmail(email);
      const ok = await verifyPassword(password, user?.passwordHash ?? (await decoyHash));
      if (!user || !ok || user.disabled) return null;
      const token = randomBytes(32).toString('base64url');
      await store.authSessions.create(hashToken(token), user.id, now(), now() + SESSION_TTL_MS);
      const { passwordHash: _omit, ...publicUser } = user;
      return { token, user: publicUser };
    },
    async userForToken(token) {
      if (!token) return undefined;
      return store.authSessions.findUser(hashToken(token), now());
    },
    async logout(token) {
      await store.authSessions.remove(hashToken(token));
    },
    async createUser(request) {
      return store.users.create({ ...request, passwordHash: await hashPassword(request.password) });
    },
    async ensureAdmin(email, password) {
      if ((await store.users.count()) > 0) return { created: false };
      const generated = password ? undefined : randomBytes(12).toString('base64url');
      await store.users.create({
        email,
        name: 'Administrator',
        organisation: 'Firstline',
        role: 'admin',
        passwordHash: await hashPassword(password ?? generated!),
      });
      return { created: true, generatedPassword: generated };
    },
  };
}
