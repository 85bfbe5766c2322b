import type { Page } from 'playwright';
import { afterAll, beforeAll } from 'vitest';
import { launchTestBrowser, type TestBrowser } from './browser';
import type { AppDeps } from '../../signaling-server/src/app';
import { createEngineer, startTestServer, type TestServer } from './test-server';
import { startSharedSession } from './session-flow';

export interface E2eFixture {
  server: TestServer;
  browser: TestBrowser;
  engineerEmail: string;
  engineerName: string;
  /** A page in a fresh browser context (its own cookies and storage), like a separate person. */
  newPage(width?: number, height?: number): Promise<Page>;
  close(): Promise<void>;
}

export const ENGINEER_PASSWORD = 'engineer-pass-123';

export async function startE2e(engineerName = 'Grace Hopper', overrides: Partial<AppDeps> = {}): Promise<E2eFixture> {
  const server = await startTestServer({ reconnectGraceMs: 1500, ...overrides });
  const engineerEmail = (await createEngineer(server, engineerName)).email;
  const browser = await launchTestBrowser();
  return {
    server,
    browser,
    engineerEmail,
    engineerName,
    async newPage(width = 1280, height = 880) {
      return (await browser.browser.newContext({ viewport: { width, height } })).newPage();
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** One fixture for a test file: started before its tests, closed after them. Read `.e2e` inside a test. */
export function withE2e(engineerName = 'Grace Hopper', overrides: Partial<AppDeps> = {}) {
  const context = { e2e: undefined as unknown as E2eFixture };
  beforeAll(async () => {
    context.e2e = await startE2e(engineerName, overrides);
  }, 60_000);
  afterAll(async () => context.e2e?.close());
  return context;
}

/** This fixture's engineer signs in and takes the request; the customer consents and shares. */
export function shareWithFixtureEngineer(
  e2e: E2eFixture,
  pages: { engineer: Page; customer: Page },
  request: { customerName: string; problem: string; systemInformation?: boolean },
): Promise<void> {
  return startSharedSession({
    ...pages,
    ...request,
    serverUrl: e2e.server.url,
    engineerEmail: e2e.engineerEmail,
    engineerPassword: ENGINEER_PASSWORD,
    engineerName: e2e.engineerName,
  });
}
