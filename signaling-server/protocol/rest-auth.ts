import { z } from 'zod';
import {
  ChangePasswordRequest,
  CreateUserRequest,
  LoginRequest,
  SecuritySettings,
  SetupRequired,
  StaffUser,
  TotpCodeRequest,
  TotpDisableRequest,
  UpdateUserRequest,
} from './auth';
import { OkResponse, okWith, UuidParams, type RestRoute } from './rest-route';

const SignedInResponse = okWith({ user: StaffUser, setupRequired: SetupRequired });

/** Sign-in and the signed-in member of staff's own account. */
export const authRoutes = {
  'POST /api/auth/login': {
    summary: 'Sign in (sets the session cookie)',
    access: 'anonymous',
    audit: { action: 'account.signed_in', actor: 'answer', address: true },
    body: LoginRequest,
    response: SignedInResponse,
  },
  'POST /api/auth/logout': { summary: 'Sign out', access: 'anonymous', response: OkResponse },
  'GET /api/auth/me': {
    summary: 'The signed-in member of staff and any set-up they owe',
    access: 'engineer',
    duringSetup: true,
    response: SignedInResponse,
  },
  'POST /api/auth/password': {
    summary: 'Change your password (signs out your other sessions)',
    access: 'engineer',
    audit: { action: 'account.password_changed' },
    duringSetup: true,
    body: ChangePasswordRequest,
    response: OkResponse,
  },
  'POST /api/auth/totp/setup': {
    summary: 'Start two-factor enrolment (secret and QR code)',
    access: 'engineer',
    duringSetup: true,
    response: okWith({ secret: z.string(), uri: z.string(), qrDataUrl: z.string() }),
  },
  'POST /api/auth/totp/confirm': {
    summary: 'Turn two-factor on with a code',
    access: 'engineer',
    audit: { action: 'account.totp_enabled' },
    duringSetup: true,
    body: TotpCodeRequest,
    response: OkResponse,
  },
  'POST /api/auth/totp/disable': {
    summary: 'Turn two-factor off',
    access: 'engineer',
    audit: { action: 'account.totp_disabled' },
    duringSetup: true,
    body: TotpDisableRequest,
    response: OkResponse,
  },
} as const satisfies Record<string, RestRoute>;

export const EngineerListing = z.object({ id: z.string(), name: z.string(), organisation: z.string() });
export type EngineerListing = z.infer<typeof EngineerListing>;

/** Staff accounts and the organisation's sign-in rules (admins), and the colleagues list (staff). */
export const userRoutes = {
  'GET /api/users': { summary: 'List staff accounts', access: 'admin', response: okWith({ users: z.array(StaffUser) }) },
  'POST /api/users': {
    summary: 'Create a staff account',
    access: 'admin',
    audit: { action: 'user.created', target: { kind: 'user', from: 'answer' }, details: ['email', 'name', 'organisation', 'role'] },
    body: CreateUserRequest,
    response: okWith({ user: StaffUser }),
    status: 201,
  },
  'PATCH /api/users/:id': {
    summary: 'Change name, organisation, role, or disable',
    access: 'admin',
    audit: { action: 'user.updated', target: { kind: 'user', from: 'params' }, details: ['name', 'organisation', 'role', 'disabled'] },
    params: UuidParams,
    body: UpdateUserRequest,
    response: okWith({ user: StaffUser }),
  },
  'POST /api/users/:id/reset-password': {
    summary: 'Reset to a one-time password',
    access: 'admin',
    audit: { action: 'user.password_reset', target: { kind: 'user', from: 'params' } },
    params: UuidParams,
    response: okWith({ temporaryPassword: z.string() }),
  },
  'GET /api/settings/security': { summary: 'Sign-in rules', access: 'admin', response: okWith({ settings: SecuritySettings }) },
  'PUT /api/settings/security': {
    summary: 'Change the sign-in rules',
    access: 'admin',
    audit: { action: 'security.updated', details: ['requireTotp'] },
    body: SecuritySettings,
    response: okWith({ settings: SecuritySettings }),
  },
  'GET /api/engineers': {
    summary: 'Active staff, for escalation',
    access: 'engineer',
    response: okWith({ engineers: z.array(EngineerListing) }),
  },
} as const satisfies Record<string, RestRoute>;
