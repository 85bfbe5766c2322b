import { z } from 'zod';
import { CustomerClient } from './remote-control';
import { IceConfig } from './ice';
import { ProductLanguage } from './languages';

/** Session codes are 9 CSPRNG digits; people may type them with spaces or dashes. */
export const SESSION_CODE_DIGITS = 9;
export const SessionCodeInput = z
  .string()
  .max(32)
  .transform((raw) => raw.replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^\d{9}$/, 'A session code has 9 digits'));

/** "123456789" → "123 456 789", the way people read it out on the phone. */
export function formatSessionCode(code: string): string {
  return code.replace(/(\d{3})(?=\d)/g, '$1 ');
}

export const SessionId = z.string().uuid();
export type SessionId = z.infer<typeof SessionId>;

export const Permission = z.enum(['screen', 'chat', 'diagnostics']);
export type Permission = z.infer<typeof Permission>;

export const SessionStatus = z.enum(['waiting', 'claimed', 'active', 'ended']);
export type SessionStatus = z.infer<typeof SessionStatus>;

export const EndReason = z.enum([
  'customer_ended',
  'engineer_ended',
  'consent_declined',
  'customer_disconnected',
  'engineer_disconnected',
  'expired',
  'interrupted',
]);
export type EndReason = z.infer<typeof EndReason>;

export const Role = z.enum(['customer', 'engineer', 'admin']);
export type Role = z.infer<typeof Role>;

export const EngineerIdentity = z.object({
  id: z.string(),
  name: z.string(),
  organisation: z.string(),
});
export type EngineerIdentity = z.infer<typeof EngineerIdentity>;
/** Who an engineer is to customers and colleagues: a member of staff's name and organisation, nothing else. */
export const engineerIdentityOf = (user: EngineerIdentity): EngineerIdentity => ({
  id: user.id,
  name: user.name,
  organisation: user.organisation,
});

/**
 * A ticket's number as the customer was given it at the end of an earlier session ("#42"): what a
 * follow-up request names so the engineer can file it with the earlier one. The customer's word,
 * not a grant: it shows the engineer a number, and linking checks the engineer may open that ticket.
 */
export const TicketReference = z.number().int().positive().max(2_147_483_647);

/** Digits as Arabic (٠–٩, ۰–۹) and Chinese full-width (０–９) keyboards type them: each block starts at a multiple of 16. */
const TYPED_DIGITS = /[\u0660-\u0669\u06F0-\u06F9\uFF10-\uFF19]/g;

/** The reference in "#42" or "42", as a customer quotes it (in any of those digits); null when the text is not one. */
export function ticketReferenceIn(text: string): number | null {
  const ascii = text.replace(TYPED_DIGITS, (d) => String(d.charCodeAt(0) & 0xf)).replace('＃', '#');
  const digits = /^#?\s*(\d{1,10})$/.exec(ascii.trim())?.[1];
  const parsed = TicketReference.safeParse(Number(digits));
  return parsed.success ? parsed.data : null;
}

/** What the engineer's waiting queue shows for one session. */
export const QueueEntry = z.object({
  id: SessionId,
  customerName: z.string(),
  /** The language the customer's screens are in (null: one the product does not ship, or not said). */
  customerLanguage: ProductLanguage.nullable(),
  description: z.string(),
  /** The reference of the earlier request this one follows up, as the customer gave it. */
  earlierTicketId: TicketReference.nullable(),
  /** False: the customer's browser cannot share a screen (a phone or a tablet), only chat. */
  canShareScreen: z.boolean(),
  createdAt: z.number(),
  expiresAt: z.number(),
});
export type QueueEntry = z.infer<typeof QueueEntry>;

/** A change to the waiting queue, sent to the engineers watching it. */
export const QueueChange = z.discriminatedUnion('op', [
  z.object({ op: z.literal('added'), entry: QueueEntry }),
  /** A waiting session's entry changed (a new code, a new expiry). */
  z.object({ op: z.literal('updated'), entry: QueueEntry }),
  z.object({ op: z.literal('removed'), sessionId: SessionId, reason: z.enum(['claimed', 'ended']) }),
]);
export type QueueChange = z.infer<typeof QueueChange>;

/** A participant's view of the session it belongs to. */
export const SessionView = z.object({
  id: SessionId,
  status: SessionStatus,
  customerName: z.string(),
  customerLanguage: ProductLanguage.nullable(),
  description: z.string(),
  earlierTicketId: TicketReference.nullable(),
  canShareScreen: z.boolean(),
  createdAt: z.number(),
  expiresAt: z.number(),
  engineer: EngineerIdentity.nullable(),
  permissions: z.array(Permission),
  sharing: z.boolean(),
  /** The customer's app: only the desktop app can be remote-controlled. */
  client: CustomerClient,
  /** The largest file either member may send in this session, in bytes. */
  fileSizeLimit: z.number().int().min(0),
  /** The relay servers (with credentials for this session) and the transport policy for its peers. */
  ice: IceConfig,
});
export type SessionView = z.infer<typeof SessionView>;
