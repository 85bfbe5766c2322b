import { join, resolve } from 'node:path';
import { z } from 'zod';
import { parseTrustedProxies } from './http/client-address';

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('127.0.0.1'),
  FIRSTLINE_DATA_DIR: z.string().default('./data'),
  FIRSTLINE_ADMIN_EMAIL: z.string().email().default('admin@firstline.local'),
  FIRSTLINE_ADMIN_PASSWORD: z.string().min(10).optional(),
  FIRSTLINE_STATIC_DIR: z.string().optional(),
  FIRSTLINE_SECURE_COOKIES: z.enum(['true', 'false']).default('false'),
  /** "false", "true" (one proxy in front), a hop count, or proxy addresses: see parseTrustedProxies. */
  FIRSTLINE_TRUST_PROXY: z.string().max(2000).default('false'),
  /** Other origins whose pages may use the consoles' API and sockets, comma-separated (e.g. https://support.example.com). */
  FIRSTLINE_ALLOWED_ORIGINS: z.string().max(4000).default(''),
  /** The largest file a member may send in a session, in MiB (default 2048, i.e. 2 GiB). */
  FIRSTLINE_FILE_SIZE_LIMIT_MB: z.coerce.number().int().min(1).max(1_048_576).default(2048),
  /** The bearer token Prometheus sends to GET /metrics; unset, only this machine may read them. */
  FIRSTLINE_METRICS_TOKEN: z.string().min(16).optional(),
  /** TURN relay addresses, comma-separated (turn:host:3478?transport=udp, turns:host:5349 …). */
  FIRSTLINE_TURN_URLS: z.string().max(4000).default(''),
  /** The secret shared with coturn (its static-auth-secret); credentials are minted per session. */
  FIRSTLINE_TURN_SECRET: z.string().min(16).optional(),
  FIRSTLINE_TURN_TTL_SECONDS: z.coerce.number().int().min(60).max(172_800).optional(),
  /** 'relay' sends all media through the TURN relay, so neither side learns the other's address. */
  FIRSTLINE_ICE_TRANSPORT_POLICY: z.enum(['all', 'relay']).default('all'),
  REDIS_URL: z.string().url().optional(),
  /** Processes on the same Redis with the same name share their sockets, sessions and queue. */
  FIRSTLINE_CLUSTER_NAME: z
    .string()
    .regex(/^[a-z0-9_-]{1,40}$/i)
    .default('firstline'),
  DATABASE_URL: z.string().url().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = ReturnType<typeof loadConfig>;

/** All configuration comes from the environment, validated once at start. */
export function loadConfig(env: NodeJS.ProcessEnv, projectRoot: string) {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid configuration: ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const e = parsed.data;
  const dataDir = resolve(projectRoot, e.FIRSTLINE_DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseFile: join(dataDir, 'firstline.sqlite'),
    adminEmail: e.FIRSTLINE_ADMIN_EMAIL,
    adminPassword: e.FIRSTLINE_ADMIN_PASSWORD,
    staticDir: resolve(projectRoot, e.FIRSTLINE_STATIC_DIR ?? 'dist/renderer'),
    secureCookies: e.FIRSTLINE_SECURE_COOKIES === 'true',
    trustProxy: parseTrustedProxies(e.FIRSTLINE_TRUST_PROXY),
    allowedOrigins: e.FIRSTLINE_ALLOWED_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    fileSizeLimit: e.FIRSTLINE_FILE_SIZE_LIMIT_MB * 1024 * 1024,
    metricsToken: e.FIRSTLINE_METRICS_TOKEN,
    turn: turnSettings(e.FIRSTLINE_TURN_URLS, e.FIRSTLINE_TURN_SECRET, e.FIRSTLINE_TURN_TTL_SECONDS),
    iceTransportPolicy: e.FIRSTLINE_ICE_TRANSPORT_POLICY,
    redisUrl: e.REDIS_URL,
    clusterName: e.FIRSTLINE_CLUSTER_NAME,
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
  };
}

/** A relay needs both its addresses and its secret; one without the other is a mistake, said at start. */
function turnSettings(urlList: string, secret: string | undefined, ttlSeconds: number | undefined) {
  const urls = urlList
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean);
  if (urls.length === 0 && !secret) return undefined;
  if (urls.length === 0 || !secret) throw new Error('Invalid configuration: FIRSTLINE_TURN_URLS and FIRSTLINE_TURN_SECRET go together');
  const wrong = urls.find((url) => !/^(turn|turns|stun|stuns):/.test(url));
  if (wrong) throw new Error(`Invalid configuration: FIRSTLINE_TURN_URLS: ${wrong} is not a turn:, turns:, stun: or stuns: address`);
  return { urls, secret, ttlSeconds };
}
