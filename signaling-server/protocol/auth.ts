import { z } from 'zod';
import { patchOf } from './patch';

export const StaffRole = z.enum(['engineer', 'admin']);

const NewPassword = z.string().min(10, 'At least 10 characters').max(512);
export type StaffRole = z.infer<typeof StaffRole>;

export const LoginRequest = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(512),
  totp: z
    .string()
    .regex(/^\d{6}$/, 'Six digits')
    .optional(),
});

export const ChangePasswordRequest = z.object({ currentPassword: z.string().min(1).max(512), newPassword: NewPassword });
export const TotpCodeRequest = z.object({ code: z.string().regex(/^\d{6}$/, 'Six digits') });
/** Turning two-factor off takes the password and a current code: a stolen session or password alone cannot. */
export const TotpDisableRequest = z.object({ password: z.string().min(1).max(512), code: z.string().regex(/^\d{6}$/, 'Six digits') });

/** What a signed-in member of staff must do before anything else. */
export const SetupRequired = z.enum(['password', 'totp']).nullable();
export type SetupRequired = z.infer<typeof SetupRequired>;

export const UpdateUserRequest = patchOf({
  name: z.string().trim().min(1).max(120),
  organisation: z.string().trim().min(1).max(120),
  role: z.enum(['engineer', 'admin']),
  disabled: z.boolean(),
});
export type UpdateUserRequest = z.infer<typeof UpdateUserRequest>;

export const SecuritySettings = z.object({ requireTotp: z.boolean() }).strict();
export type SecuritySettings = z.infer<typeof SecuritySettings>;

export const StaffUser = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  organisation: z.string(),
  role: StaffRole,
  disabled: z.boolean(),
  createdAt: z.number(),
  totpEnabled: z.boolean(),
  mustChangePassword: z.boolean(),
});
export type StaffUser = z.infer<typeof StaffUser>;

export const CreateUserRequest = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  name: z.string().trim().min(1).max(120),
  organisation: z.string().trim().min(1).max(120),
  role: StaffRole.default('engineer'),
  password: NewPassword,
});
export type CreateUserRequest = z.infer<typeof CreateUserRequest>;
