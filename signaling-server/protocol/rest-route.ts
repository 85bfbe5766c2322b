import { z } from 'zod';
import type { RouteAudit } from './audit';

/** Who may call a route: anyone, any signed-in member of staff (engineers and admins), or admins. */
export type RestAccess = 'anonymous' | 'engineer' | 'admin';

/**
 * One REST route: what it takes and what it answers. The server registers routes from this, the
 * OpenAPI document is built from it, and the consoles' client is typed (and checks answers) by it.
 */
export interface RestRoute {
  summary: string;
  access: RestAccess;
  /** Open while the signed-in account still owes a password change or two-factor set-up. */
  duringSetup?: boolean;
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The JSON body of a successful answer; a download route streams a file instead. */
  response: z.ZodType | 'download';
  /** The success status when it is not 200. */
  status?: 201;
  /** The largest body it takes, in bytes, when larger than the server's default (64 KB). */
  bodyLimit?: number;
  /** Answers cross-origin requests (the desktop app posts from app://firstline); cookie-less routes only. */
  cors?: boolean;
  /** A change that goes on the audit trail when it succeeds. */
  audit?: RouteAudit;
}

/** The answer of an action that returns nothing more than success. */
export const OkResponse = z.object({ ok: z.literal(true) });

/** A success answer with these fields. */
export const okWith = <S extends z.ZodRawShape>(shape: S) => z.object({ ok: z.literal(true), ...shape });

export const UuidParams = z.object({ id: z.string().uuid() });
export const NumericIdParams = z.object({ id: z.coerce.number().int().positive() });

/** A download's format, for the export routes. */
export const ExportFormat = z.enum(['csv', 'json']);
