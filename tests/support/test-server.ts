import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pino from 'pino';
import { io as connect, type Socket } from 'socket.io-client';
import type {
  ClientEventName,
  ClientPayload,
  ClientResult,
  ClientToServerEvents,
  ServerEventName,
  ServerPayload,
  ServerToClientEvents,
} from '@firstline/protocol';
import { createApp, type App, type AppDeps } from '../../signaling-server/src/app';
import { openSqliteStore } from '../../signaling-server/src/store/open-sqlite';
import type { Store } from '../../signaling-server/src/store/store';
import type { Backend } from './store-backends';

export type TestClient = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface TestServer {
  app: App;
  store: Store;
  url: string;
  dataDir: string;
  adminPassword: string;
  close(): Promise<void>;
}

export const ADMIN_EMAIL = 'admin@test.local';

/** A real server on port 0 with a real SQLite file in a fresh temp dir. */
export async function startTestServer(
  overrides: Partial<AppDeps> = {},
  options: { dataDir?: string; keepData?: boolean; backend?: Backend; seedAdmin?: boolean; host?: string; port?: number } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'firstline-test-'));
  const opened = options.backend ? await options.backend.open() : null;
  const store = opened?.store ?? (await openSqliteStore(join(dataDir, 'firstline.sqlite')));
  const app = await createApp({
    store,
    log: pino({ level: 'silent' }),
    staticDir: resolve('dist/renderer'),
    reconnectGraceMs: 400,
    ...overrides,
  });
  const adminPassword = 'admin-password-123';
  if (options.seedAdmin !== false) await app.users.ensureAdmin(ADMIN_EMAIL, adminPassword);
  const url = await app.listen(options.port ?? 0, options.host);
  return {
    app,
    store,
    url,
    dataDir,
    adminPassword,
    async close() {
      await app.close();
      if (opened) await opened.dispose();
      else await store.close();
      if (!options.keepData) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function login(url: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`login failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers.get('set-cookie') ?? '';
  return cookie.split(';')[0]!;
}

let engineerCount = 0;
export async function createEngineer(server: TestServer, name = 'Ada Engineer'): Promise<{ cookie: string; email: string; id: string }> {
  engineerCount += 1;
  const email = `engineer${engineerCount}@test.local`;
  const user = await server.app.users.createUser({
    email,
    name,
    organisation: 'Acme Support',
    role: 'engineer',
    password: 'engineer-pass-123',
  });
  return { cookie: await login(server.url, email, 'engineer-pass-123'), email, id: user.id };
}

export async function connectClient(
  url: string,
  cookie?: string,
  options: { reconnecting?: boolean; query?: Record<string, string> } = {},
): Promise<TestClient> {
  const socket: TestClient = connect(url, {
    transports: ['websocket'],
    forceNew: true,
    // As the apps make it, when asked: it reconnects on its own after the server goes away.
    ...(options.reconnecting ? { reconnectionDelay: 200, reconnectionDelayMax: 500 } : { reconnection: false }),
    query: options.query,
    extraHeaders: cookie ? { cookie } : undefined,
  });
  await new Promise<void>((resolvePromise, reject) => {
    socket.once('connect', () => resolvePromise());
    socket.once('connect_error', reject);
  });
  return socket;
}

/** Resolves when the socket has reconnected after a drop. */
export const reconnected = (socket: TestClient) => new Promise<void>((resolve) => socket.io.once('reconnect', () => resolve()));

export function request<E extends ClientEventName>(socket: TestClient, event: E, payload: ClientPayload<E>): Promise<ClientResult<E>> {
  return (socket.timeout(5000).emitWithAck as (e: string, p: unknown) => Promise<ClientResult<E>>)(event, payload);
}

/** Sends anything at all, bypassing the contract types, as a hostile client would. */
export function sendRaw(socket: TestClient, event: string, payload: unknown): Promise<any> {
  return (socket.timeout(5000).emitWithAck as (e: string, p: unknown) => Promise<unknown>)(event, payload);
}

export function nextEvent<E extends ServerEventName>(socket: TestClient, event: E, timeoutMs = 5000): Promise<ServerPayload<E>> {
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${event}`)), timeoutMs);
    (socket.once as (e: string, f: (p: ServerPayload<E>) => void) => void)(event, (payload) => {
      clearTimeout(timer);
      resolvePromise(payload);
    });
  });
}

/** The timeline of a session that went all the way: shared, chatted once each way, ended. */
export const FULL_SESSION_TIMELINE = [
  'session.created',
  'session.claimed',
  'consent.granted',
  'share.started',
  'chat.message',
  'chat.message',
  'share.stopped',
  'session.ended',
];

/** An engineer and a customer in an active session (claimed by code, consent granted). */
export async function openActiveSession(
  server: TestServer,
  track: (client: TestClient) => TestClient,
  options: { consent?: boolean } = {},
) {
  const account = await createEngineer(server);
  const engineer = track(await connectClient(server.url, account.cookie));
  const customer = track(await connectClient(server.url));
  const created = await request(customer, 'session:create', { customerName: 'Lee', description: 'Screen flickers' });
  if (!created.ok) throw new Error(`create failed: ${created.error.message}`);
  await request(engineer, 'session:claim', { code: created.code });
  if (options.consent !== false) await request(customer, 'consent:respond', { granted: true });
  return { engineer, customer, created };
}

/** A whole session taken by the engineer with this cookie and ended by them: its id and its ticket. */
export async function finishedSession(
  server: TestServer,
  track: (c: TestClient) => TestClient,
  engineerCookie: string,
  description: string,
) {
  const engineer = track(await connectClient(server.url, engineerCookie));
  const customer = track(await connectClient(server.url));
  const created = await request(customer, 'session:create', { customerName: 'Lin Chen', description });
  if (!created.ok) throw new Error('create failed');
  await request(engineer, 'session:claim', { code: created.code });
  await request(customer, 'consent:respond', { granted: true });
  await request(engineer, 'session:end', {});
  const record = await server.store.sessions.get(created.session.id);
  return { sessionId: created.session.id, ticketId: record!.ticketId! };
}

/** A host ICE candidate as simple-peer signals it, numbered so a test can tell them apart. */
export const iceCandidate = (i: number) => ({
  type: 'candidate' as const,
  candidate: { candidate: `candidate:${i} 1 udp 1 10.0.0.1 ${5000 + i} typ host` },
});
