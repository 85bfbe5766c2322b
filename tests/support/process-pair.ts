import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import pg from 'pg';
import { startNginx, nginxUnavailable, type Nginx } from './nginx';
import { startServerProcess, type ServerProcess } from './server-process';

const { REDIS_URL, DATABASE_URL } = process.env;

/** Why two processes behind nginx cannot run here, or null when they can. */
export function processPairUnavailable(): string | null {
  return nginxUnavailable() ?? (!REDIS_URL || !DATABASE_URL ? 'REDIS_URL and DATABASE_URL are not both set' : null);
}

export interface ProcessPair {
  a: ServerProcess;
  b: ServerProcess;
  nginx: Nginx;
  /** The cluster's name: its keys in Redis start with it. */
  name: string;
  schema: string;
  stop(): Promise<void>;
}

/**
 * Two server processes on one PostgreSQL schema of their own and one Redis, as one cluster, behind
 * a real nginx; `stop` kills them and removes the schema and the cluster's keys.
 */
export async function startProcessPair(engineerEmail: string): Promise<ProcessPair> {
  const name = `fl-pair-${randomUUID().slice(0, 8)}`;
  const schema = `firstline_pair_${process.pid}_${Date.now()}`;
  const cluster = { databaseUrl: DATABASE_URL!, schema, redisUrl: REDIS_URL!, name };
  const dataDir = mkdtempSync(join(tmpdir(), 'firstline-pair-'));
  // One after the other: the first creates the schema, the second finds it.
  const a = await startServerProcess({ dataDir, engineerEmail, cluster });
  const b = await startServerProcess({ dataDir, engineerEmail, cluster }).catch(async (err: unknown) => {
    await a.kill();
    throw err;
  });
  const nginx = await startNginx({ a: a.url, b: b.url });
  return {
    a,
    b,
    nginx,
    name,
    schema,
    async stop() {
      await nginx.stop();
      await a.kill();
      await b.kill();
      rmSync(dataDir, { recursive: true, force: true });
      const redis = new Redis(REDIS_URL!);
      const keys = await redis.keys(`${name}*`);
      if (keys.length) await redis.del(...keys);
      redis.disconnect();
      const client = new pg.Client({ connectionString: DATABASE_URL });
      await client.connect();
      await client.query(`drop schema if exists "${schema}" cascade`);
      await client.end();
    },
  };
}
