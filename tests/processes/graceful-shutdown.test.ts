import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { startServerProcess, type ServerProcess } from '../support/server-process';
import { connectClient, request, type TestClient } from '../support/test-server';
import { openSqliteStore } from '../../signaling-server/src/store/open-sqlite';

/**
 * SIGTERM, as an orchestrator stops a server: the real entry point (main.ts) stops, writes what
 * it holds, releases its lease and exits 0; its clients see the transport close (so they
 * reconnect, rather than give up), and the next process takes their sessions over.
 */
describe('graceful shutdown on SIGTERM', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'firstline-sigterm-'));
  const clients: TestClient[] = [];
  let next: ServerProcess | undefined;
  afterAll(async () => {
    clients.forEach((c) => c.disconnect());
    await next?.kill();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('stops cleanly and hands its live sessions on', { timeout: 60_000 }, async () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      FIRSTLINE_DATA_DIR: dataDir,
      FIRSTLINE_ADMIN_PASSWORD: 'admin-password-123',
      LOG_LEVEL: 'silent',
      TSX_TSCONFIG_PATH: 'tests/tsconfig.json',
    };
    // The embedded default: no PostgreSQL or Redis even where the test run has them.
    delete env.DATABASE_URL;
    delete env.REDIS_URL;
    const server = spawn(process.execPath, ['--import', 'tsx', 'signaling-server/src/main.ts'], {
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const url = await new Promise<string>((resolve) =>
      createInterface({ input: server.stdout! }).on('line', (line) => {
        const found = /signalling server on (\S+)/.exec(line);
        if (found) resolve(found[1]!);
      }),
    );
    const customer = await connectClient(url);
    clients.push(customer);
    const created = await request(customer, 'session:create', { customerName: 'Lee', description: 'Before the deploy' });
    if (!created.ok) throw new Error('create failed');

    const reason = new Promise<string>((resolve) => customer.once('disconnect', resolve));
    const exited = new Promise<number | null>((resolve) => server.once('exit', resolve));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(await reason).toBe('transport close');

    const store = await openSqliteStore(join(dataDir, 'firstline.sqlite'));
    try {
      expect(await store.live.liveOwners(0)).toEqual(new Set());
      expect((await store.live.list()).map((row) => row.sessionId)).toEqual([created.session.id]);
    } finally {
      await store.close();
    }

    next = await startServerProcess({ dataDir });
    const again = await connectClient(next.url);
    clients.push(again);
    expect(await request(again, 'session:resume', { customerToken: created.customerToken })).toMatchObject({
      ok: true,
      code: created.code,
      session: { status: 'waiting' },
    });
  });
});
