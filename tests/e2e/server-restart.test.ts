import { afterAll, describe, expect, it } from 'vitest';
import { launchTestBrowser, type TestBrowser } from '../support/browser';
import { ENGINEER_PASSWORD } from '../support/e2e-fixture';
import { expectPicture, framesDecoded } from '../support/remote-picture';
import { startSharedSession } from '../support/session-flow';
import { createEngineer, startTestServer, type TestServer } from '../support/test-server';

/**
 * The server restarts in the middle of a session (same data, same address): both pages reconnect
 * and resume the same session in the new process, the picture never stops (it is peer to peer),
 * and what either side does next reaches the other through the new process.
 */
describe('a server restart mid-session', () => {
  const running: TestServer[] = [];
  let browser: TestBrowser | undefined;
  afterAll(async () => {
    await browser?.close();
    for (const server of running.reverse()) await server.close().catch(() => undefined);
  });

  it('keeps the session: both sides resume it in the new process, with no new consent', { timeout: 120_000 }, async () => {
    const first = await startTestServer({ reconnectGraceMs: 20_000 }, { keepData: true });
    const engineerEmail = (await createEngineer(first, 'Grace Hopper')).email;
    browser = await launchTestBrowser();
    const engineer = await (await browser.browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
    const customer = await (await browser.browser.newContext({ viewport: { width: 1200, height: 860 } })).newPage();
    await startSharedSession({
      engineer,
      customer,
      serverUrl: first.url,
      engineerEmail,
      engineerPassword: ENGINEER_PASSWORD,
      engineerName: 'Grace Hopper',
      customerName: 'Lin',
      problem: 'Server restarts during my session',
    });
    await expectPicture(engineer);

    const port = Number(new URL(first.url).port);
    const stoppedAt = Date.now();
    await first.close();
    const second = await startTestServer({ reconnectGraceMs: 20_000 }, { dataDir: first.dataDir, port });
    running.push(second);
    // Both pages come back on their own (socket.io reconnects, then each resumes its session).
    await expect.poll(() => second.app.io.engine.clientsCount, { timeout: 30_000 }).toBeGreaterThanOrEqual(2);
    await customer.getByText('Connected with Grace Hopper.').waitFor();
    await expect.poll(() => customer.getByText(/Reconnecting to Firstline/).count(), { timeout: 20_000 }).toBe(0);
    console.log(`[e2e] server restart → both pages back in ${Date.now() - stoppedAt} ms`);

    // The picture went on (peer to peer) …
    const before = await framesDecoded(engineer);
    await expect.poll(() => framesDecoded(engineer), { timeout: 10_000 }).toBeGreaterThan(before);
    // … and what the customer does now reaches the engineer through the new process.
    await customer.getByRole('button', { name: 'Stop sharing' }).first().click();
    await engineer
      .getByTestId('engineer-status')
      .getByText(/is not sharing their screen/)
      .waitFor({ timeout: 20_000 });
    await customer.getByPlaceholder('Type a message').fill('Are you still there?');
    await customer.getByRole('button', { name: 'Send', exact: true }).click();
    await engineer.getByText('Are you still there?').waitFor();

    const { sessions } = await second.store.sessions.query({ sort: 'created', order: 'desc', page: 1, pageSize: 1 }, undefined, Date.now());
    expect(sessions[0]!.status).toBe('active');
    const types = (await second.store.sessions.timeline(sessions[0]!.id)).map((e) => e.payload.type);
    expect(types.filter((t) => t === 'consent.granted')).toHaveLength(1);
    expect(types.slice(-2)).toEqual(['share.stopped', 'chat.message']);
  });
});
