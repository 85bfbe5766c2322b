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
  REDIS_URL: z.string().url().optional(),
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
    redisUrl: e.REDIS_URL,
    databaseUrl: e.DATABASE_URL,
    logLevel: e.LOG_LEVEL,
  };
}
