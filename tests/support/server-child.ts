/**
 * A Firstline server in a process of its own, for tests that kill it (kill -9) and start it again
 * on the same data and port. Prints one JSON line with its address once it listens.
 *
 * Environment: FIRSTLINE_TEST_DATA (folder), FIRSTLINE_TEST_PORT (0 for any), FIRSTLINE_TEST_ENGINEER
 * (email of an engineer to create if missing, password engineer-pass-123), FIRSTLINE_TEST_UNLIMITED=1
 * (no limits on new requests, for the benchmark). For several processes as one: FIRSTLINE_TEST_DATABASE_URL
 * with FIRSTLINE_TEST_PG_SCHEMA (PostgreSQL instead of the folder's SQLite file), FIRSTLINE_TEST_REDIS_URL
 * and FIRSTLINE_TEST_CLUSTER (the cluster's name).
 */
import { join, resolve } from 'node:path';
import { Redis } from 'ioredis';
import pino from 'pino';
import { createApp } from '../../signaling-server/src/app';
import { openPostgresStore } from '../../signaling-server/src/store/open-postgres';
import { openSqliteStore } from '../../signaling-server/src/store/open-sqlite';

const env = process.env;
const store = env.FIRSTLINE_TEST_DATABASE_URL
  ? await openPostgresStore(env.FIRSTLINE_TEST_DATABASE_URL, { schema: env.FIRSTLINE_TEST_PG_SCHEMA })
  : await openSqliteStore(join(env.FIRSTLINE_TEST_DATA!, 'firstline.sqlite'));
const redis = env.FIRSTLINE_TEST_REDIS_URL ? new Redis(env.FIRSTLINE_TEST_REDIS_URL) : undefined;
// The signalling benchmark opens thousands of requests from one address: it lifts the flood limits.
const unlimited = process.env.FIRSTLINE_TEST_UNLIMITED === '1';
const app = await createApp({
  store,
  log: pino({ level: 'silent' }),
  staticDir: resolve('dist/renderer'),
  reconnectGraceMs: 20_000,
  ...(redis && { cluster: { redis, name: env.FIRSTLINE_TEST_CLUSTER ?? 'firstline-test' } }),
  ...(unlimited && { creationLimits: { perAddress: 1_000_000, burst: 1_000_000, perSecond: 1_000_000 } }),
});
await app.users.ensureAdmin('admin@test.local', 'admin-password-123');
const email = process.env.FIRSTLINE_TEST_ENGINEER;
if (email && !(await store.users.findByEmail(email))) {
  await app.users.createUser({
    email,
    name: 'Ada Engineer',
    organisation: 'Acme Support',
    role: 'engineer',
    password: 'engineer-pass-123',
  });
}
const url = await app.listen(Number(process.env.FIRSTLINE_TEST_PORT ?? 0), '127.0.0.1');
console.log(JSON.stringify({ url }));
