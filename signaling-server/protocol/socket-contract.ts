import { z } from 'zod';
import { ErrorBody, resultOf } from './errors';
import {
  EndReason,
  EngineerIdentity,
  Permission,
  QueueChange,
  QueueEntry,
  SessionCodeInput,
  SessionId,
  SessionView,
  TicketReference,
} from './session';
import { SignalData } from './signal';
import { DiagnosticsConsent, DiagnosticsSnapshot } from './diagnostics';
import { CHAT_MAX_LENGTH } from './data-channel';
import { CLIPBOARD_MAX_CHARS, ControlState, CustomerClient } from './remote-control';
import { FileRecord } from './file-transfer';
import { colleagueClientEvents, colleagueServerEvents } from './colleagues';

/**
 * Client → server events. Each has a payload schema (validated on entry) and a result schema
 * (the ack). Names are `domain:verb` and exist only here.
 */
export const clientEvents = {
  'session:create': {
    payload: z.object({
      customerName: z.string().trim().min(1).max(80),
      /** For follow-up: where the ticket's updates and the satisfaction survey can reach the customer. */
      customerEmail: z.email().max(254).optional(),
      description: z.string().trim().min(1).max(2000),
      /** The language the customer's screens are in (a BCP 47 tag; one the product does not ship is kept as none). */
      language: z.string().max(35).optional(),
      /** The desktop app can be remote-controlled (with consent); a browser join cannot. */
      client: CustomerClient.default('browser'),
      /** False from a browser that cannot share its screen at all (a phone, a tablet): the session is chat only. */
      canShareScreen: z.boolean().default(true),
      /** A follow-up: the reference (ticket number) the customer was given for an earlier request. */
      earlierTicketId: TicketReference.optional(),
    }),
    result: resultOf({ session: SessionView, code: z.string(), customerToken: z.string() }),
  },
  'queue:watch': {
    payload: z.object({}),
    result: resultOf({ queue: z.array(QueueEntry) }),
  },
  'session:claim': {
    payload: z.union([z.object({ code: SessionCodeInput }), z.object({ sessionId: SessionId })]),
    result: resultOf({ session: SessionView }),
  },
  'consent:respond': {
    payload: z.object({
      granted: z.boolean(),
      permissions: z.array(Permission).max(4).default([]),
      diagnostics: DiagnosticsConsent.optional(),
    }),
    result: resultOf({ session: SessionView }),
  },
  /**
   * `to`: the customer's side connection to a watching colleague (their engineer id); absent for
   * the engineer. The one event that may go without an acknowledgement (see ACK_OPTIONAL).
   */
  'signal:relay': {
    payload: z.object({ data: SignalData, to: z.string().min(1).max(64).optional() }),
    result: resultOf({}),
  },
  'share:report': {
    /** `switched`: still sharing, now another screen (the track was replaced, no renegotiation). */
    payload: z.object({ sharing: z.boolean(), sourceLabel: z.string().max(200).optional(), switched: z.boolean().optional() }),
    result: resultOf({}),
  },
  'chat:record': {
    payload: z.object({ id: z.string().uuid(), text: z.string().min(1).max(CHAT_MAX_LENGTH), sentAt: z.number() }),
    result: resultOf({}),
  },
  /** The sender of clipboard text records that it did, and how much (the text itself stays peer to peer). */
  'clipboard:record': {
    payload: z.object({ id: z.string().uuid(), chars: z.number().int().min(1).max(CLIPBOARD_MAX_CHARS) }),
    result: resultOf({}),
  },
  /** The receiver of a file records how its transfer ended: name, size and, once checked, the SHA-256 (the bytes stay peer to peer). */
  'file:record': {
    payload: FileRecord,
    result: resultOf({}),
  },
  /** The customer files the (already redacted) inventory with the session. */
  'diagnostics:record': {
    payload: DiagnosticsSnapshot,
    result: resultOf({}),
  },
  'session:end': {
    payload: z.object({}),
    result: resultOf({}),
  },
  /** The engineer asks to control the customer's mouse and keyboard; the customer is asked separately. */
  'control:request': {
    payload: z.object({}),
    result: resultOf({ control: ControlState }),
  },
  /** The customer's answer to a request for control. */
  'control:respond': {
    payload: z.object({ granted: z.boolean() }),
    result: resultOf({ control: ControlState }),
  },
  /** Either side ends control: the customer takes it back (button or shortcut), or the engineer lets go. */
  'control:end': {
    payload: z.object({ how: z.enum(['button', 'shortcut', 'engineer']) }),
    result: resultOf({ control: ControlState }),
  },
  /** The customer deletes a screenshot of their screen that the engineer kept in this session: their screen, their call. */
  'screenshot:delete': {
    payload: z.object({ screenshotId: z.string().uuid() }),
    result: resultOf({}),
  },
  /** The customer's own mouse or keyboard paused remote input for a moment. */
  'control:paused': {
    payload: z.object({}),
    result: resultOf({}),
  },
  /**
   * After a dropped connection: the customer by its token, the engineer by its own identity.
   * `restart`: this side lost its peer connection too (the page was reloaded), so the other side
   * starts a new one. The waiting customer gets its code back.
   */
  'session:resume': {
    payload: z.union([
      z.object({ customerToken: z.string().min(16).max(128), restart: z.boolean().optional() }),
      z.object({ sessionId: SessionId, restart: z.boolean().optional() }),
    ]),
    result: resultOf({ session: SessionView, role: z.enum(['customer', 'engineer']), code: z.string().optional() }),
  },
  /** The connection between the peers failed for good: the other side is told to start a new one (no new consent). */
  'peer:restart': {
    payload: z.object({}),
    result: resultOf({}),
  },
  ...colleagueClientEvents,
} as const;

export type ClientEventName = keyof typeof clientEvents;

/**
 * Events a client may send without an acknowledgement. Relays are the hot path (a dozen ICE
 * candidates per connection, more on every restart): unacknowledged, each costs the server one
 * frame in and one out instead of three. A relay sent so is answered only when refused, with
 * `signal:refused`; one sent with an acknowledgement gets its result there, as every event does.
 */
export const ACK_OPTIONAL: ReadonlySet<ClientEventName> = new Set<ClientEventName>(['signal:relay']);
export type ClientPayload<E extends ClientEventName> = z.input<(typeof clientEvents)[E]['payload']>;
export type ParsedPayload<E extends ClientEventName> = z.output<(typeof clientEvents)[E]['payload']>;
export type ClientResult<E extends ClientEventName> = z.infer<(typeof clientEvents)[E]['result']>;

/** Server → client events, validated by clients on receipt. */
export const serverEvents = {
  /** One change to the waiting queue: its cost does not grow with the queue (queue:watch gives the whole of it once). */
  'queue:changed': QueueChange,
  'session:claimed': z.object({ session: SessionView, engineer: EngineerIdentity, permissions: z.array(Permission) }),
  'session:consent': z.object({ session: SessionView, granted: z.boolean() }),
  'session:share': z.object({ sharing: z.boolean() }),
  'session:ended': z.object({ reason: EndReason, ticketId: z.number().optional() }),
  'session:code': z.object({ code: z.string().regex(/^\d{9}$/) }),
  /**
   * The engineer kept a screenshot of the shared screen with the request (the customer is told every
   * time), and for how many days it is kept (null: until deleted).
   */
  'session:screenshot': z.object({ screenshotId: z.string().uuid(), takenAt: z.number(), keptDays: z.number().int().min(1).nullable() }),
  /** To the engineer: the customer deleted one of the session's screenshots. */
  'screenshot:deleted': z.object({ screenshotId: z.string().uuid() }),
  /** To a waiting customer: their place in the queue (1 is next) and, when known, about how long until their turn. */
  'session:position': z.object({ position: z.number().int().min(1), estimatedWaitMs: z.number().int().min(0).nullable() }),
  /** `restart`: the member came back without its peer connection (a reload): open a new one. */
  'session:presence': z.object({ role: z.enum(['customer', 'engineer']), connected: z.boolean(), restart: z.boolean().optional() }),
  /** `peer`: which side connection it belongs to (a watching colleague's id); absent for the session's own pair. */
  'signal:relay': z.object({ data: SignalData, peer: z.string().optional() }),
  /** A relay sent without an acknowledgement was refused (the other side away too long, no consent yet, too fast...). */
  'signal:refused': z.object({ error: ErrorBody }),
  /** Remote control changed: requested (the customer is asked), granted, or off again. */
  'control:changed': z.object({ control: ControlState, engineer: EngineerIdentity.nullable() }),
  ...colleagueServerEvents,
} as const;

export type ServerEventName = keyof typeof serverEvents;
export type ServerPayload<E extends ServerEventName> = z.infer<(typeof serverEvents)[E]>;

/** Typed maps for socket.io's generics. */
export type ClientToServerEvents = {
  [E in ClientEventName]: (payload: ClientPayload<E>, ack: (result: ClientResult<E>) => void) => void;
} & {
  'signal:relay': (payload: ClientPayload<'signal:relay'>, ack?: (result: ClientResult<'signal:relay'>) => void) => void;
};
export type ServerToClientEvents = {
  [E in ServerEventName]: (payload: ServerPayload<E>) => void;
};
