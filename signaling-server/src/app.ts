import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { DEFAULT_FILE_SIZE_LIMIT } from '../protocol';
import { hashToken, SESSION_COOKIE } from './auth/session-tokens';
import { createSignIn, type SignIn } from './auth/sign-in';
import { createUserAdmin, type UserAdmin } from './auth/user-admin';
import type { Redis } from 'ioredis';
import { createClientAddress, type TrustedProxies } from './http/client-address';
import { installCrossSiteGuard } from './http/cross-site-guard';
import { installErrorHandler, typedFrameworkErrors } from './http/http-errors';
import { createOriginPolicy } from './http/origin-policy';
import { createMetrics } from './http/metrics';
import { registerMetricsRoute } from './http/metrics-route';
import { createFailureGuard, type FailureGuardOptions } from './security/failure-guard';
import { createSecurityLog } from './security/security-log';
import { createCodeProtection } from './sessions/code-protection';
import { createCreationLimits, DEFAULT_CREATION_LIMITS, type CreationLimitOptions } from './sessions/creation-limits';
import { createLiveState } from './sessions/live-state';
import { createSessionTakeover, LEASE_RENEW_MS, newOwnerId } from './sessions/session-takeover';
import { startClusterNode, type ClusterNode } from './cluster/cluster-node';
import { createSessionService, type SessionService } from './sessions/session-service';
import { allListeners, SessionRegistry } from './sessions/session-registry';
import { createStaffRevocation } from './sessions/staff-sockets';
import { createNotifier, createSocketServer, type FirstlineServer } from './sessions/socket-server';
import { createIceConfigs, type TurnSettings } from './sessions/turn-credentials';
import type { Store } from './store/store';
import { registerRestApi } from './rest-api';
import { startWebhookDispatcher, type DispatcherOptions } from './webhooks/webhook-dispatcher';

export interface AppDeps {
  store: Store;
  log: Logger;
  now?: () => number;
  staticDir: string;
  secureCookies?: boolean;
  codeTtlMs?: number;
  sweepIntervalMs?: number;
  reconnectGraceMs?: number;
  /** How long a request for remote control waits for the customer (default 30 s). */
  controlTimeoutMs?: number;
  /** The largest file either member may send in a session, in bytes (default 2 GiB). */
  fileSizeLimit?: number;
  /** The bearer token Prometheus sends to GET /metrics; without one, only loopback may read them. */
  metricsToken?: string;
  /** Shared rate-limit counters across processes. */
  redis?: Redis;
  /** Several processes working as one through Redis (REDIS_URL): sockets, sessions and the queue span them all. */
  cluster?: { redis: Redis; name: string };
  /** Behind reverse proxies: which to believe when reading X-Forwarded-For (the rightmost untrusted hop wins). */
  trustProxy?: TrustedProxies;
  /** Origins besides the server's own and the desktop app's whose pages may act with a staff cookie. */
  allowedOrigins?: string[];
  /** Overrides for the wrong-code limit (tests raise it to reach other paths). */
  claimGuard?: Partial<FailureGuardOptions>;
  /** Overrides for the limits on new help requests, per address and overall. */
  creationLimits?: Partial<CreationLimitOptions>;
  /** Overrides for the sign-in lockouts. */
  loginGuard?: Partial<FailureGuardOptions>;
  /** A TURN relay (coturn) for peers that cannot reach each other directly. */
  turn?: TurnSettings;
  /** 'relay' makes every session's media go through the relay (each side's address stays hidden). */
  iceTransportPolicy?: 'all' | 'relay';
  /** How long a process's lease lasts unrenewed, and how often it renews it (tests shorten them). */
  leaseMs?: number;
  leaseRenewMs?: number;
  /** How often the article index looks for changes other processes made (default 1 s). */
  knowledgeRefreshMs?: number;
  /** Overrides for requests without an account per address (tests lower them): help articles, and a customer's own session's. */
  helpGuard?: Partial<FailureGuardOptions>;
  customerGuard?: Partial<FailureGuardOptions>;
  /** Overrides for webhook polling and retry timing (tests shorten them). */
  webhookDispatch?: Partial<DispatcherOptions>;
}

export interface App {
  http: FastifyInstance;
  io: FirstlineServer;
  signIn: SignIn;
  users: UserAdmin;
  /** Every route registered, so tests can hold each one to the auth rules. */
  routes: ReadonlyArray<{ method: string; url: string }>;
  sessions: SessionService;
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

/** Builds the whole server from its dependencies; main.ts and the tests both call this. */
export async function createApp(deps: AppDeps): Promise<App> {
  const now = deps.now ?? Date.now;
  const http = Fastify({
    loggerInstance: deps.log.child({ component: 'http' }, { level: 'warn' }) as FastifyBaseLogger,
    bodyLimit: 64 * 1024,
    ...typedFrameworkErrors,
  });
  const routes: Array<{ method: string; url: string }> = [];
  http.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push({ method, url: route.url });
  });
  await http.register(fastifyCookie);
  const security = createSecurityLog(deps.log);
  const trustProxy = deps.trustProxy ?? false;
  const clientAddress = createClientAddress(trustProxy);
  const addressOf = (request: FastifyRequest) => clientAddress({ address: request.socket.remoteAddress ?? '', headers: request.headers });
  installErrorHandler(http, security, addressOf);
  const origins = createOriginPolicy({ allowedOrigins: deps.allowedOrigins ?? [], trustForwardedHost: trustProxy !== false });
  installCrossSiteGuard(http, { policy: origins, cookieName: SESSION_COOKIE });

  const guard = (name: string, failures: number) =>
    createFailureGuard({ name, failures, windowSeconds: 15 * 60, redis: deps.redis, ...deps.loginGuard });
  const signIn = createSignIn({
    store: deps.store,
    now,
    accountGuard: guard('login-account', 5),
    addressGuard: guard('login-address', 30),
  });
  let sessions: SessionService | undefined;
  const owner = newOwnerId();
  const cluster: ClusterNode | undefined =
    deps.cluster &&
    (await startClusterNode({
      ...deps.cluster,
      self: owner,
      service: () => sessions!,
      localQueue: () => registry.queueEntries(),
      takeOverGone: () => sweepLeases(),
      now,
      leaseMs: deps.leaseMs,
      closeSocket: (socketId) => io.sockets.sockets.get(socketId)?.conn.close(),
      onError: (err, context, sessionId) => deps.log.error({ err, sessionId }, context),
    }));
  const io = createSocketServer({
    adapter: cluster?.adapter,
    dispatch: cluster?.dispatch,
    departed: cluster?.departed,
    httpServer: http.server,
    // Staff still owing a password change or two-factor set-up connect as nobody in particular.
    identify: async (cookieHeader) => {
      const token = cookieHeader ? http.parseCookie(cookieHeader)[SESSION_COOKIE] : undefined;
      const session = await signIn.userForToken(token);
      return session && !session.setupRequired ? { user: session.user, loginId: hashToken(token!) } : undefined;
    },
    service: () => sessions!,
    log: deps.log,
    security,
    now,
    clientAddress,
    allowsOrigin: (headers) => origins.allows(headers),
  });
  // Taking staff rights away closes the sockets that held them, on every process.
  const revoke = createStaffRevocation(io);
  const users = createUserAdmin({ store: deps.store, revoke });
  const { retention } = registerRestApi(http, {
    ...deps,
    now,
    signIn,
    users,
    revoke,
    notifier: createNotifier(io),
    addressOf,
  });
  const metrics = createMetrics();
  registerMetricsRoute(http, { metrics, token: deps.metricsToken, addressOf });

  // Live sessions are saved as they change, under this process's lease, for whoever takes over.
  // With several processes, live state and leases are in Redis; the rest stays in the database.
  const liveStore: Store = cluster ? { ...deps.store, live: cluster.live } : deps.store;
  const live = createLiveState({
    store: liveStore,
    owner,
    now,
    onError: (err, context, sessionId) => deps.log.error({ err, sessionId }, context),
  });
  const registry = new SessionRegistry(cluster ? allListeners(live.listener, cluster.registryListener) : live.listener);
  const limits = { ...DEFAULT_CREATION_LIMITS, ...deps.creationLimits };
  sessions = createSessionService({
    registry,
    fileSizeLimit: deps.fileSizeLimit ?? DEFAULT_FILE_SIZE_LIMIT,
    codeProtection: createCodeProtection({
      guard: createFailureGuard({ name: 'claim', failures: 6, windowSeconds: 60, redis: deps.redis, ...deps.claimGuard }),
      registry,
    }),
    creationLimits: createCreationLimits({
      guard: createFailureGuard({
        name: 'create',
        failures: limits.perAddress + 1,
        windowSeconds: limits.windowSeconds,
        redis: deps.redis,
        now,
      }),
      options: limits,
      now,
    }),
    store: deps.store,
    notifier: createNotifier(io),
    now,
    codeTtlMs: deps.codeTtlMs,
    reconnectGraceMs: deps.reconnectGraceMs,
    controlTimeoutMs: deps.controlTimeoutMs,
    iceConfig: createIceConfigs({ turn: deps.turn, policy: deps.iceTransportPolicy, now }),
    live,
    queueBoard: cluster?.queueBoard,
    codeExpiredElsewhere: cluster?.codeExpired,
    // Every line about a session carries its id.
    onError: (err, context, sessionId) => deps.log.error({ err, sessionId }, context),
    metrics,
  });
  metrics.observe({
    sessionsByStatus: () => registry.countsByStatus(),
    queue: () => registry.queueSummary(),
    sockets: () => io.engine.clientsCount,
    now,
  });
  const takeover = createSessionTakeover({
    store: liveStore,
    registry,
    owner,
    now,
    leaseMs: deps.leaseMs,
    adopt: (session) => sessions?.awaitReturn(session),
    isGone: cluster?.isGone,
  });
  const sweepLeases = async (options: { orphans?: boolean } = {}) => {
    const taken = await takeover.sweep(options);
    if (taken.adopted.length + taken.interrupted.length > 0) deps.log.warn(taken, 'took over live sessions left by a process that is gone');
  };
  await sweepLeases({ orphans: true });
  const renewLeases = () => void sweepLeases().catch((err) => deps.log.error({ err }, 'lease renewal failed'));
  const leaseTimer = setInterval(renewLeases, deps.leaseRenewMs ?? LEASE_RENEW_MS).unref();
  const sweepExpired = () => void sessions.sweepExpired().catch((err) => deps.log.error({ err }, 'expiry sweep failed'));
  const sweeper = setInterval(sweepExpired, deps.sweepIntervalMs ?? 5000).unref();
  const dispatcher = startWebhookDispatcher({ webhooks: deps.store.webhooks, log: deps.log, now, options: deps.webhookDispatch });

  return {
    http,
    io,
    signIn,
    users,
    routes,
    sessions,
    async listen(port, host = '127.0.0.1') {
      await http.listen({ port, host });
      const address = http.server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      return `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${actualPort}`;
    },
    async close() {
      clearInterval(sweeper);
      clearInterval(leaseTimer);
      await Promise.all([dispatcher.stop(), retention.stop()]);
      sessions.dispose();
      await io.close();
      await http.close();
      // What is saved stays for the next process, which takes it over at once: this one is gone
      // (and, with others on Redis, seen gone only once its last state is saved).
      await live.flushAll();
      await takeover.release();
      await cluster?.close();
    },
  };
}
