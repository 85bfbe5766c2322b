import {
  clientEvents,
  failure,
  parseWith,
  type ClientEventName,
  type ClientResult,
  type Failure,
  type ParsedPayload,
  type StaffUser,
} from '../../protocol';
import type { SessionService } from './session-service';

export interface HandlerContext {
  socketId: string;
  /** The client's address, for per-address limits. */
  address: string;
  /** The signed-in staff member, or null for an anonymous customer. */
  staff: StaffUser | null;
  service: SessionService;
}

type Handler<E extends ClientEventName> = (ctx: HandlerContext, payload: ParsedPayload<E>) => Promise<ClientResult<E>> | ClientResult<E>;
export type HandlerTable = { [E in ClientEventName]: Handler<E> };

const staffOnly = failure('forbidden', 'Only signed-in engineers can do this');

/** One entry per event; each receives an already validated payload and returns the ack. */
export const socketHandlers: HandlerTable = {
  'session:create': (ctx, p) => ctx.service.create(ctx.socketId, ctx.address, p),
  'queue:watch': (ctx) => (ctx.staff ? ctx.service.watchQueue(ctx.socketId) : staffOnly),
  'session:claim': (ctx, p) => (ctx.staff ? ctx.service.claim(ctx.socketId, ctx.staff, p, ctx.address) : staffOnly),
  'consent:respond': (ctx, p) => ctx.service.respondConsent(ctx.socketId, p.granted, p.permissions, p.diagnostics),
  'signal:relay': (ctx, p) => ctx.service.relay(ctx.socketId, p.data, p.to),
  'share:report': (ctx, p) => ctx.service.reportShare(ctx.socketId, p.sharing, p.sourceLabel, p.switched),
  'chat:record': (ctx, p) => ctx.service.recordChat(ctx.socketId, p),
  'clipboard:record': (ctx, p) => ctx.service.recordClipboard(ctx.socketId, p),
  'file:record': (ctx, p) => ctx.service.recordFile(ctx.socketId, p),
  'diagnostics:record': (ctx, p) => ctx.service.recordDiagnostics(ctx.socketId, p),
  'session:end': (ctx) => ctx.service.end(ctx.socketId),
  'control:request': (ctx) => (ctx.staff ? ctx.service.requestControl(ctx.socketId) : staffOnly),
  'control:respond': (ctx, p) => ctx.service.respondControl(ctx.socketId, p.granted),
  'control:end': (ctx, p) => ctx.service.endControl(ctx.socketId, p.how),
  'control:paused': (ctx) => ctx.service.reportControlPause(ctx.socketId),
  'screenshot:delete': (ctx, p) => ctx.service.deleteScreenshot(ctx.socketId, p.screenshotId),
  'session:resume': (ctx, p) => ctx.service.resume(ctx.socketId, ctx.staff, p),
  'peer:restart': (ctx) => ctx.service.restartPeer(ctx.socketId),
  'colleagues:list': (ctx) => (ctx.staff ? ctx.service.listColleagues(ctx.staff) : staffOnly),
  'colleague:invite': (ctx, p) => (ctx.staff ? ctx.service.invite(ctx.socketId, p) : staffOnly),
  'invitation:answer': (ctx, p) => (ctx.staff ? ctx.service.answerInvitation(ctx.socketId, ctx.staff, p) : staffOnly),
  'colleague:respond': (ctx, p) => ctx.service.respondColleague(ctx.socketId, p.granted),
  'watcher:remove': (ctx, p) => ctx.service.removeWatcher(ctx.socketId, p.engineerId),
  'watch:leave': (ctx) => ctx.service.leaveWatch(ctx.socketId),
};

/** A client event's payload checked against its contract: the parsed value, or the typed refusal. */
export function parseClientPayload(name: ClientEventName, payload: unknown): { ok: true; data: unknown } | Failure {
  return parseWith(clientEvents[name].payload, payload, 'payload');
}

type Acked = { ok: boolean };

/**
 * Runs the handler of an event whose payload parseClientPayload accepted; its result is the ack,
 * there and then when the handler is synchronous (a relay), or a promise of it.
 */
export function callHandler(name: ClientEventName, ctx: HandlerContext, data: unknown): Acked | Promise<Acked> {
  const handler = socketHandlers[name] as (c: HandlerContext, p: unknown) => Acked | Promise<Acked>;
  return handler(ctx, data);
}

/** callHandler, always as a promise. */
export async function runHandler(name: ClientEventName, ctx: HandlerContext, data: unknown): Promise<Acked> {
  return await callHandler(name, ctx, data);
}
