import { afterEach, beforeEach } from 'vitest';
import type { AppDeps } from '../../signaling-server/src/app';
import type { Backend } from './store-backends';
import { startTestServer, type TestClient, type TestServer } from './test-server';

/**
 * A fresh real server per test, and the clients a test opened closed after it. `overrides` is read
 * at each start, so a test file can set a clock before each test.
 */
export function withTestServer(overrides: () => Partial<AppDeps> = () => ({}), backend?: Backend) {
  const context = {
    server: undefined as unknown as TestServer,
    clients: [] as TestClient[],
    track: (client: TestClient): TestClient => {
      context.clients.push(client);
      return client;
    },
  };
  let started: TestServer | undefined;
  beforeEach(async () => {
    started = context.server = await startTestServer(overrides(), { backend });
  });
  afterEach(async () => {
    for (const client of context.clients.splice(0)) client.disconnect();
    // A start that failed leaves nothing to close (and the last test's server is already closed).
    const server = started;
    started = undefined;
    await server?.close();
  });
  return context;
}
