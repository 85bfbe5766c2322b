import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { createAuthService, SESSION_COOKIE, type AuthService } from './auth/auth-service';
import { registerAuthRoutes, registerUserRoutes } from './auth/auth-routes';
import { registerConsoleRoutes } from './http/console-routes';
import { installErrorHandler } from './http/http-errors';
import type { Redis } from 'ioredis';
import { clientAddress } from './http/client-address';
import { createFailureGuard, type FailureGuardOptions } from './security/failure-guard';
import { createSecurityLog } from './security/security-log';
import { createCodeProtection } from './sessions/code-protection';
import { recoverInterruptedSessions } from './sessions/recover-interrupted';
import { createSessionService, type SessionService } from './sessions/session-service';
import { SessionRegistry } from './sessions/session-registry';
import { createNotifier, createSocketServer, type FirstlineServer } from './sessions/socket-server';
import { registerTicketRoutes } from './tickets/ticket-routes';
import type { Store } from './tickets/store';

export interface AppDeps {
  store: Store;
  log: Logger;
  now?: () => number;
  staticDir: string;
  secureCookies?: boolean;
  codeTtlMs?: number;
  sweepIntervalMs?: number;
  reconnectGraceMs?: number;
  /** Shared rate-limit counters across processes. */
  redis?: Redis;
  /** Behind a reverse proxy: take the client address from X-Forwarded-For. */
  trustProxy?: boolean;
  /** Overrides for the wrong-code limit (tests raise it to reach other paths). */
  claimGuard?: Partial<FailureGuardOptions>;
}

export interface App {
  http: FastifyInstance;
  io: FirstlineServer;
  auth: AuthService;
  sessions: SessionService;
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

/** Builds the whole server from its dependencies; main.ts and the tests both call this. */
export async function createApp(deps: AppDeps): Promise<App> {
  const now = deps.now ?? Date.now;
  const http = Fastify({ loggerInstance: deps.log.child({ component: 'http' }, { level: 'warn' }) as FastifyBaseLogger, bodyLimit: 64 * 1024 });
  await http.register(fastifyCookie);
  const security = createSecurityLog(deps.log);
  installErrorHandler(http, security, (request) => clientAddress({ address: request.socket.remoteAddress ?? '', headers: request.headers }, deps.trustProxy ?? false));

  const recovered = await recoverInterruptedSessions(deps.store, now);
  if (recovered > 0) deps.log.warn({ recovered }, 'filed sessions left open by a previous run as interrupted');

  const auth = createAuthService({ store: deps.store, now });
  registerAuthRoutes(http, { auth, secureCookies: deps.secureCookies ?? false });
  registerUserRoutes(http, { auth, listUsers: () => deps.store.users.list() });
  registerTicketRoutes(http, { auth, store: deps.store });
  registerConsoleRoutes(http, deps.staticDir);

  let sessions: SessionService | undefined;
  const io = createSocketServer({
    httpServer: http.server,
    identify: (cookieHeader) => auth.userForToken(cookieHeader ? http.parseCookie(cookieHeader)[SESSION_COOKIE] : undefined),
    service: () => sessions!,
    log: deps.log,
    security,
    now,
    clientAddress: (handshake) => clientAddress(handshake, deps.trustProxy ?? false),
  });
  const registry = new SessionRegistry();
  sessions = createSessionService({
    registry,
    codeProtection: createCodeProtection({
      guard: createFailureGuard({ name: 'claim', failures: 6, windowSeconds: 60, redis: deps.redis, ...deps.claimGuard }),
      registry,
    }),
    store: deps.store,
    notifier: createNotifier(io),
    now,
    codeTtlMs: deps.codeTtlMs,
    reconnectGraceMs: deps.reconnectGraceMs,
    onError: (err, context) => deps.log.error({ err }, context),
  });
  const sweeper = setInterval(() => {
    sessions!.sweepExpired().catch((err) => deps.log.error({ err }, 'expiry sweep failed'));
  }, deps.sweepIntervalMs ?? 5000);
  sweeper.unref();

  return {
    http,
    io,
    auth,
    sessions,
    async listen(port, host = '127.0.0.1') {
      await http.listen({ port, host });
      const address = http.server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      return `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${actualPort}`;
    },
    async close() {
      clearInterval(sweeper);
      sessions!.dispose();
      await io.close();
      await http.close();
    },
  };
}
