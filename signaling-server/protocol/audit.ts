import { z } from 'zod';

/**
 * The audit trail: who signed in, and who changed the organisation's accounts and settings, and when. Each action is
 * declared once, on the REST route that makes the change (`RestRoute.audit`); the server writes the
 * entry when the change succeeds, whatever console or script asked for it.
 */
export const AuditAction = z.enum([
  'user.created',
  'user.updated',
  'user.password_reset',
  'security.updated',
  'publishers.updated',
  'webhook.created',
  'webhook.updated',
  'webhook.deleted',
  'webhook.pinged',
  'webhook.delivery_retried',
  'retention.updated',
  'screenshot.deleted',
  'account.password_changed',
  'account.totp_enabled',
  'account.totp_disabled',
  'account.signed_in',
  'account.locked',
]);
export type AuditAction = z.infer<typeof AuditAction>;

/** Written by the sign-in itself, not declared on a route: an account locked by wrong passwords or codes. */
export const SIGN_IN_AUDIT_ACTIONS: readonly AuditAction[] = ['account.locked'];

/** The kinds of thing a change acts on, each named in the entry as it was called when it happened. */
export const AuditTargetKind = z.enum(['user', 'webhook', 'delivery', 'session']);
export type AuditTargetKind = z.infer<typeof AuditTargetKind>;

export const AuditTarget = z.object({ kind: AuditTargetKind, id: z.string(), label: z.string() });
export type AuditTarget = z.infer<typeof AuditTarget>;

/** A kept field of the change's body: never a password or a secret (the route names what is kept). */
export const AuditDetail = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]);
export type AuditDetail = z.infer<typeof AuditDetail>;

export const AuditEntry = z.object({
  id: z.number(),
  at: z.number(),
  /** The member of staff who made the change, by the name they had then. */
  actor: z.object({ id: z.string(), name: z.string() }),
  action: AuditAction,
  target: AuditTarget.nullable(),
  details: z.record(z.string(), AuditDetail),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/**
 * How a route's change goes on the trail. `target`: what it acts on, found by the route's `:id`
 * (looked up before the change, so a deleted one keeps its name) or, for what the change creates,
 * in its answer. `details`: the body's fields to keep.
 */
export interface RouteAudit {
  action: AuditAction;
  target?: { kind: AuditTargetKind; from: 'params' | 'answer' };
  details?: readonly string[];
  /** Who: the signed-in member of staff (default), or, for signing in itself, the one the answer names. */
  actor?: 'answer';
  /** Keeps the client's address (as details.address). */
  address?: boolean;
}

export const AuditQuery = z.object({
  action: AuditAction.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditExportQuery = z.object({ action: AuditAction.optional(), format: z.enum(['csv', 'json']).default('csv') });
