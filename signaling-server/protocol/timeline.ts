import { z } from 'zod';
import { DiagnosticsConsent, DiagnosticsSnapshot } from './diagnostics';
import { CLIPBOARD_MAX_CHARS, ClipboardDirection, ControlDeclineReason, ControlEndHow } from './remote-control';
import { FileDirection, FileOutcome, Sha256Hex } from './file-transfer';
import { EndReason, Permission, Role } from './session';
import { ColleagueMode, WatcherLeftHow } from './colleagues';

export const TimelineActor = z.object({ role: Role.or(z.literal('system')), name: z.string() });
export type TimelineActor = z.infer<typeof TimelineActor>;
/** Firstline itself, for what happens on no one's action (an expiry, a lost connection, a restart). */
export const SYSTEM_ACTOR: TimelineActor = { role: 'system', name: 'Firstline' };

/** Every kind of event appended to a session's log, with its own payload. */
export const TimelinePayload = z.discriminatedUnion('type', [
  z.object({ type: z.literal('session.created'), description: z.string() }),
  z.object({ type: z.literal('session.claimed'), engineerId: z.string() }),
  z.object({ type: z.literal('code.retired') }),
  z.object({ type: z.literal('consent.granted'), permissions: z.array(Permission), diagnostics: DiagnosticsConsent.optional() }),
  z.object({ type: z.literal('diagnostics.snapshot'), snapshot: DiagnosticsSnapshot }),
  z.object({ type: z.literal('consent.declined') }),
  z.object({ type: z.literal('share.started'), sourceLabel: z.string().optional() }),
  /** `withSession`: sharing stopped because whoever the actor is ended the session. */
  z.object({ type: z.literal('share.stopped'), withSession: z.boolean().optional() }),
  z.object({ type: z.literal('share.switched'), sourceLabel: z.string().optional() }),
  z.object({ type: z.literal('chat.message'), text: z.string() }),
  z.object({ type: z.literal('session.ended'), reason: EndReason }),
  z.object({ type: z.literal('note.added'), text: z.string().max(4000) }),
  z.object({
    type: z.literal('ticket.updated'),
    ticketId: z.number(),
    changes: z.record(z.string().max(32), z.union([z.string().max(4000), z.null()])),
  }),
  z.object({ type: z.literal('session.linked'), fromTicketId: z.number(), toTicketId: z.number() }),
  z.object({ type: z.literal('ticket.escalated'), ticketId: z.number(), assigneeName: z.string(), reason: z.string().max(1000) }),
  z.object({ type: z.literal('rating.given'), score: z.number().int().min(1).max(5), comment: z.string().max(2000).optional() }),
  z.object({ type: z.literal('control.requested') }),
  z.object({ type: z.literal('control.granted') }),
  z.object({ type: z.literal('control.declined'), reason: ControlDeclineReason }),
  z.object({ type: z.literal('control.revoked'), how: ControlEndHow }),
  z.object({ type: z.literal('control.paused') }),
  z.object({
    type: z.literal('file.transfer'),
    direction: FileDirection,
    name: z.string().max(255),
    size: z.number().int().min(0),
    outcome: FileOutcome,
    sha256: Sha256Hex.optional(),
  }),
  /** A colleague was asked to watch or take over; `name` is the colleague. */
  z.object({ type: z.literal('colleague.invited'), name: z.string(), mode: ColleagueMode }),
  /** The colleague said no. */
  z.object({ type: z.literal('colleague.declined'), mode: ColleagueMode }),
  /** The customer did not let the colleague in. */
  z.object({ type: z.literal('colleague.refused'), name: z.string(), mode: ColleagueMode }),
  z.object({ type: z.literal('watcher.joined') }),
  z.object({ type: z.literal('watcher.left'), name: z.string(), how: WatcherLeftHow }),
  z.object({ type: z.literal('session.handedOver'), fromName: z.string(), toName: z.string(), engineerId: z.string() }),
  z.object({ type: z.literal('clipboard.sent'), direction: ClipboardDirection, chars: z.number().int().min(1).max(CLIPBOARD_MAX_CHARS) }),
  // A knowledge-base article sent to the customer in chat, or marked as what solved the problem.
  z.object({ type: z.literal('article.sent'), articleId: z.string(), title: z.string().max(200) }),
  z.object({ type: z.literal('article.solved'), articleId: z.string(), title: z.string().max(200) }),
  /** The engineer kept a still of the shared screen with the ticket (the image: screenshotPath). */
  z.object({ type: z.literal('screenshot.taken'), screenshotId: z.string().uuid(), width: z.number().int(), height: z.number().int() }),
  /** An admin deleted that image; the line that it was taken stays. */
  z.object({ type: z.literal('screenshot.deleted'), screenshotId: z.string().uuid() }),
  /** The organisation's retention period (days) ran out for these screenshots: the images are gone, the lines stay. */
  z.object({ type: z.literal('screenshots.expired'), screenshotIds: z.array(z.string().uuid()).min(1), days: z.number().int().min(1) }),
]);
export type TimelinePayload = z.infer<typeof TimelinePayload>;
export type TimelineType = TimelinePayload['type'];

export const TimelineEvent = z.object({
  id: z.string(),
  sessionId: z.string(),
  at: z.number(),
  actor: TimelineActor,
  payload: TimelinePayload,
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;
