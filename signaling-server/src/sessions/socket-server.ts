import type { Server as HttpServer } from 'node:http';
import type { Logger } from 'pino';
import { Server, type ServerOptions, type Socket } from 'socket.io';
import {
  ACK_OPTIONAL,
  clientEvents,
  engineerIdentityOf,
  type EngineerIdentity,
  failure,
  type ClientEventName,
  type Failure,
  type ClientToServerEvents,
  type ServerToClientEvents,
  type StaffUser,
} from '../../protocol';
import type { SecurityLog } from '../security/security-log';
import type { SessionNotifier } from './session-notifier';
import type { SessionService } from './session-service';
import { writeBatchesTogether, writeHandshakesTogether } from './batched-writes';
import { callHandler, parseClientPayload, runHandler, type HandlerContext } from './socket-handlers';
import { createTokenBucket } from '../../protocol';
import { staffRooms, stillSignedIn, userRoom, type StaffIdentity } from './staff-sockets';

interface SocketData {
  staff: StaffIdentity | null;
}
export type FirstlineServer = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
type FirstlineSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

const ENGINEERS_ROOM = 'engineers';
const customerRoom = (sessionId: string) => `customer-of:${sessionId}`;
/**
 * The hot path skips the per-action sign-in check: relaying needs no staff right (customers relay
 * too), reaches only the other member of the socket's own session, and a sign-out or a disabled
 * account closes the socket anyway.
 */
const NEEDS_NO_STAFF_RIGHTS: ReadonlySet<string> = new Set(['signal:relay']);

export function createNotifier(io: FirstlineServer): SessionNotifier {
  // socket.io's emit generics cannot follow a generic event name; the contract types the callers.
  const emitTo = (room: string, event: string, payload: unknown) => {
    const target = io.to(room) as unknown as { emit(e: string, p: unknown): boolean };
    target.emit(event, payload);
  };
  return {
    // A socket on this process is written to directly (the hot path); any other through its room.
    toSocket: (socketId, event, payload) => {
      const local = io.sockets.sockets.get(socketId) as unknown as { emit(e: string, p: unknown): boolean } | undefined;
      if (local) local.emit(event, payload);
      else emitTo(socketId, event, payload);
    },
    toUser: (userId, event, payload) => emitTo(userRoom(userId), event, payload),
    toEngineers: (event, payload) => emitTo(ENGINEERS_ROOM, event, payload),
    toCustomerOf: (sessionId, event, payload) => emitTo(customerRoom(sessionId), event, payload),
    joinAsCustomer: (socketId, sessionId) => {
      const local = io.sockets.sockets.get(socketId);
      if (local) void local.join(customerRoom(sessionId));
      else io.in(socketId).socketsJoin(customerRoom(sessionId));
    },
    watchQueue: (socketId) => io.in(socketId).socketsJoin(ENGINEERS_ROOM),
    async engineersWatching() {
      const here = io.sockets.adapter.rooms.get(ENGINEERS_ROOM)?.size ?? 0;
      if (here > 0) return here;
      // None here: with other processes, ask them (a process that does not answer counts for none).
      return (
        await io
          .in(ENGINEERS_ROOM)
          .fetchSockets()
          .catch(() => [])
      ).length;
    },
    async engineersOnline() {
      const online = new Map<string, EngineerIdentity>();
      for (const socket of await io.in(ENGINEERS_ROOM).fetchSockets()) {
        const user = socket.data.staff?.user;
        if (user) online.set(user.id, engineerIdentityOf(user));
      }
      return [...online.values()];
    },
  };
}

type Acked = { ok: boolean };
/** Where a validated event runs: `here`, or (with several processes) where its session lives. */
export type Dispatch = (
  name: string,
  origin: { socketId: string; address: string; staff: StaffUser | null },
  payload: unknown,
  here: () => Promise<Acked>,
) => Promise<Acked>;

export interface SocketServerDeps {
  httpServer: HttpServer;
  /** The signed-in member of staff a cookie header stands for, if any (staff owing set-up: none). */
  identify: (cookieHeader: string | undefined) => Promise<StaffIdentity | undefined>;
  service: () => SessionService;
  log: Logger;
  security: SecurityLog;
  now: () => number;
  /** Cross-site WebSocket hijacking: only pages we trust may open a socket (with the staff cookie or not). */
  allowsOrigin: (headers: Record<string, string | string[] | undefined>) => boolean;
  /** The client's address: the socket's peer, or the proxy's X-Forwarded-For when trusted. */
  clientAddress: (handshake: { address: string; headers: Record<string, string | string[] | undefined> }) => string;
  /** With several processes: the adapter that reaches their sockets, where events run, and who hears of a socket leaving. */
  adapter?: ServerOptions['adapter'];
  dispatch?: Dispatch;
  departed?: (socketId: string) => void;
}

/** socket.io with a small buffer, identity from the session cookie, and every event validated. */
export function createSocketServer(deps: SocketServerDeps): FirstlineServer {
  const io: FirstlineServer = new Server(deps.httpServer, {
    maxHttpBufferSize: 128 * 1024,
    serveClient: false,
    ...(deps.adapter && { adapter: deps.adapter }),
    // Checked on the handshake itself: a page on a sibling port or another subdomain is "same-site",
    // so the browser sends the staff cookie along; its Origin gives it away.
    allowRequest: (request, callback) => {
      if (deps.allowsOrigin(request.headers)) return callback(null, true);
      const address = deps.clientAddress({ address: request.socket.remoteAddress ?? '', headers: request.headers });
      const origin = String(request.headers.origin).slice(0, 200);
      deps.security.denied({
        channel: 'socket',
        action: 'handshake',
        reason: 'forbidden',
        message: `origin ${origin}`,
        address,
        userId: null,
      });
      callback('Origin not allowed', false);
    },
  });

  writeHandshakesTogether(io.engine);

  io.use((socket, next) => {
    deps.identify(socket.handshake.headers.cookie).then(
      (staff) => {
        socket.data.staff = staff ?? null;
        next();
      },
      (err: unknown) => {
        deps.log.error({ err }, 'socket identification failed');
        next(new Error('unavailable'));
      },
    );
  });

  io.on('connection', (socket: FirstlineSocket) => {
    writeBatchesTogether(socket.conn);
    if (socket.data.staff) void socket.join(staffRooms(socket.data.staff));
    const bucket = createTokenBucket({ capacity: 60, refillPerSecond: 30, now: deps.now });
    const ctx: HandlerContext = {
      socketId: socket.id,
      address: deps.clientAddress(socket.handshake),
      staff: socket.data.staff?.user ?? null,
      service: deps.service(),
    };
    const deny = (action: string, refusal: Failure) =>
      deps.security.denied({
        channel: 'socket',
        action,
        reason: refusal.error.code,
        message: refusal.error.message,
        address: ctx.address,
        userId: ctx.staff?.id ?? null,
        socketId: socket.id,
        sessionId: ctx.service.sessionIdOf(socket.id),
      });
    type Ack = ((result: unknown) => void) | undefined;
    // Answered through its acknowledgement; a relay sent without one hears only a refusal, as `signal:refused`.
    const answer = (ack: Ack, result: { ok: boolean }) => {
      if (ack) ack(result);
      else if (!result.ok) socket.emit('signal:refused', { error: (result as Failure).error });
    };
    const reply = (name: ClientEventName, ack: Ack, result: { ok: boolean }) => {
      if (!result.ok) deny(name, result as Failure);
      answer(ack, result);
    };
    const failed = (name: ClientEventName, ack: Ack, err: unknown) => {
      deps.log.error({ err, event: name, sessionId: ctx.service.sessionIdOf(socket.id) }, 'handler failed');
      answer(ack, failure('internal', 'Something went wrong on our side'));
    };
    /** One event: limited, checked against the contract, then run here or where its session lives. */
    const handle = (name: ClientEventName, payload: unknown, ack: Ack): void => {
      if (!ack && !ACK_OPTIONAL.has(name)) return deny(name, failure('invalid_payload', 'event sent without an acknowledgement'));
      if (!bucket.take()) return reply(name, ack, failure('rate_limited', 'Too many requests; slow down'));
      const parsed = parseClientPayload(name, payload);
      if (!parsed.ok) return reply(name, ack, parsed);
      // Staff rights are checked again on every action: a logout, a disabled account or a new
      // role takes effect at once even if the socket was opened before (and missed its close).
      const opened = socket.data.staff;
      const recheck = opened !== null && !NEEDS_NO_STAFF_RIGHTS.has(name);
      if (!recheck && !deps.dispatch) {
        // Nothing to wait for first: a synchronous handler (a relay, the hot path) answers in this
        // tick, with no promise or closure made for it.
        try {
          const result = callHandler(name, ctx, parsed.data);
          if (result instanceof Promise)
            result.then(
              (r) => reply(name, ack, r),
              (err: unknown) => failed(name, ack, err),
            );
          else reply(name, ack, result);
        } catch (err) {
          failed(name, ack, err);
        }
        return;
      }
      const checkedThenRun = async () => {
        if (opened && recheck) {
          const current = await deps.identify(socket.handshake.headers.cookie);
          if (!stillSignedIn(opened, current)) {
            reply(name, ack, failure('unauthorized', 'Your sign-in has ended; sign in again'));
            return void socket.disconnect(true);
          }
          ctx.staff = current.user;
        }
        const here = () => runHandler(name, ctx, parsed.data);
        const origin = { socketId: socket.id, address: ctx.address, staff: ctx.staff };
        reply(name, ack, deps.dispatch ? await deps.dispatch(name, origin, parsed.data, here) : await here());
      };
      checkedThenRun().catch((err: unknown) => failed(name, ack, err));
    };
    // One listener for every event, where one per event would cost each new connection forty: the
    // contract's events are handled, anything else gets a typed refusal (hasOwn: no inherited names).
    socket.onAny((event: unknown, ...args: unknown[]) => {
      const last = args.at(-1);
      const ack: Ack = typeof last === 'function' ? (last as (result: unknown) => void) : undefined;
      const payload = args.length > (ack ? 1 : 0) ? args[0] : undefined;
      if (typeof event !== 'string' || !Object.hasOwn(clientEvents, event)) {
        const refusal = failure('invalid_payload', 'Unknown event');
        deny(String(event).slice(0, 64), refusal);
        return ack?.(refusal);
      }
      handle(event as ClientEventName, payload, ack);
    });
    socket.on('disconnect', () => {
      ctx.service.disconnect(socket.id);
      deps.departed?.(socket.id);
    });
  });
  return io;
}
