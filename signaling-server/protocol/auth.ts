import { z } from 'zod';

export const StaffRole = z.enum(['engineer', 'admin']);
export type StaffRole = z.infer<typeof StaffRole>;

export const LoginRequest = z.object({ email: z.string().trim().toLowerCase().email().max(254), password: z.string().min(1).max(512) });

export const StaffUser = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  organisation: z.string(),
  role: StaffRole,
  disabled: z.boolean(),
  createdAt: z.number(),
});
export type StaffUser = z.infer<typeof StaffUser>;

export const CreateUserRequest = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  name: z.string().trim().min(1).max(120),
  organisation: z.string().trim().min(1).max(120),
  role: StaffRole.default('engineer'),
  password: z.string().min(10, 'At least 10 characters').max(512),
});
export type CreateUserRequest = z.infer<typeof CreateUserRequest>;
