import { Redis } from 'ioredis';
import pino from 'pino';
import { createApp } from './app';
import { loadConfig } from './config';
import { openPostgresStore } from './store/open-postgres';
import { openSqliteStore } from './store/open-sqlite';

/** Composition root: configuration → store → app → listen. */
async function main(): Promise<void> {
  const config = loadConfig(process.env, process.cwd());
  const log = pino({ level: config.logLevel });
  // The embedded default is SQLite; DATABASE_URL switches to PostgreSQL with the same store.
  const store = config.databaseUrl ? await openPostgresStore(config.databaseUrl) : await openSqliteStore(config.databaseFile);
  const redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 2 }) : undefined;
  const app = await createApp({
    store,
    log,
    redis,
    // With Redis, any number of processes behind a load balancer work as one (websocket only: no sticky sessions).
    cluster: redis && { redis, name: config.clusterName },
    staticDir: config.staticDir,
    secureCookies: config.secureCookies,
    trustProxy: config.trustProxy,
    allowedOrigins: config.allowedOrigins,
    fileSizeLimit: config.fileSizeLimit,
    metricsToken: config.metricsToken,
    turn: config.turn,
    iceTransportPolicy: config.iceTransportPolicy,
  });

  const admin = await app.users.ensureAdmin(config.adminEmail, config.adminPassword);
  if (admin.generatedPassword) {
    console.log(`[firstline] first run: admin account ${config.adminEmail} created with one-time password ${admin.generatedPassword}`);
  }

  const url = await app.listen(config.port, config.host);
  console.log(
    `[firstline] signalling server on ${url} — engineer ${url}/engineer · admin ${url}/admin · customer ${url}/join · data ${config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : config.databaseFile}`,
  );

  const shutdown = async () => {
    await app.close();
    await store.close();
    redis?.disconnect();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown());
  process.once('SIGTERM', () => void shutdown());
}

main().catch((err) => {
  console.error(`[firstline] failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
