import { afterAll, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright';
import { launchTestBrowser, screenshot, type TestBrowser } from '../support/browser';
import { processPairUnavailable, startProcessPair, type ProcessPair } from '../support/process-pair';
import { expectPicture, framesDecoded } from '../support/remote-picture';
import { startSharedSession } from '../support/session-flow';

const missing = processPairUnavailable();
if (missing) console.log(`[skip] two processes in the browser: ${missing}`);

/** One figure from a process's own /metrics (loopback may read them). */
async function metric(url: string, series: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.split(' ')[1]) : 0;
}

/** The chat lines the server recorded for the engineer's (only) session, as the session log shows them. */
async function chatOnRecord(page: Page, url: string): Promise<string[]> {
  const list = (await (await page.request.get(`${url}/api/sessions`)).json()) as { sessions: Array<{ id: string }> };
  const [only] = list.sessions;
  if (!only) return [];
  const detail = (await (await page.request.get(`${url}/api/sessions/${only.id}`)).json()) as {
    session: { timeline: Array<{ payload: { type: string; text?: string } }> };
  };
  return detail.session.timeline.flatMap((e) => (e.payload.type === 'chat.message' ? [e.payload.text ?? ''] : []));
}

const CHAT = ['Hello from the first process', 'Still here after the crash?', 'Yes, still with you'];

/** Sends this browser context's requests and sockets to one backend first (nginx reads the cookie). */
const pinTo = (context: BrowserContext, url: string, backend: 'a' | 'b') => context.addCookies([{ name: 'pin', value: backend, url }]);

/**
 * Real Chromium on both sides, through a real nginx in front of two server processes on
 * PostgreSQL and Redis: the customer's page talks to one process, the engineer's console to the
 * other. The customer's process is killed with SIGKILL mid-session; both pages resume the same
 * session through the survivor, the picture goes on, and chat still reaches the other side.
 */
describe.skipIf(missing)('a session across two processes behind nginx', () => {
  let pair: ProcessPair | undefined;
  let browser: TestBrowser | undefined;
  afterAll(async () => {
    await browser?.close();
    await pair?.stop();
  });

  it('keeps the picture and the chat when the customer’s process dies', { timeout: 150_000 }, async () => {
    const engineerEmail = 'cluster-e2e@test.local';
    pair = await startProcessPair(engineerEmail);
    const { a, b, nginx } = pair;

    browser = await launchTestBrowser();
    const customerContext = await browser.browser.newContext({ viewport: { width: 1200, height: 860 } });
    const engineerContext = await browser.browser.newContext({ viewport: { width: 1400, height: 1000 } });
    await pinTo(customerContext, nginx.url, 'a');
    await pinTo(engineerContext, nginx.url, 'b');
    const customer = await customerContext.newPage();
    const engineer = await engineerContext.newPage();
    await startSharedSession({
      engineer,
      customer,
      serverUrl: nginx.url,
      engineerEmail,
      engineerPassword: 'engineer-pass-123',
      engineerName: 'Ada Engineer',
      customerName: 'Lin',
      problem: 'Two servers, one session',
    });
    await expectPicture(engineer);
    // Each process holds one of the two pages' sockets, and the session lives on the customer's.
    expect(await metric(a.url, 'firstline_sockets')).toBe(1);
    expect(await metric(b.url, 'firstline_sockets')).toBe(1);
    expect(await metric(a.url, 'firstline_live_sessions{status="active"}')).toBe(1);
    await customer.getByPlaceholder('Type a message').fill('Hello from the first process');
    await customer.getByRole('button', { name: 'Send', exact: true }).click();
    await engineer.getByText('Hello from the first process').waitFor();

    const killedAt = Date.now();
    await a.kill();
    // The customer's page reconnects through nginx to the other process, which takes the session over.
    await customer.getByText(/Reconnecting to Firstline/).waitFor({ timeout: 10_000 });
    await expect.poll(() => customer.getByText(/Reconnecting to Firstline/).count(), { timeout: 30_000 }).toBe(0);
    console.log(`[e2e] customer's process killed → page back through the other process in ${Date.now() - killedAt} ms`);

    const before = await framesDecoded(engineer);
    await expect.poll(() => framesDecoded(engineer), { timeout: 10_000 }).toBeGreaterThan(before);
    await customer.getByPlaceholder('Type a message').fill('Still here after the crash?');
    await customer.getByRole('button', { name: 'Send', exact: true }).click();
    await engineer.getByText('Still here after the crash?').waitFor({ timeout: 20_000 });
    await engineer.getByPlaceholder('Type a message').fill('Yes, still with you');
    await engineer.getByRole('button', { name: 'Send', exact: true }).click();
    await customer.getByText('Yes, still with you').waitFor({ timeout: 20_000 });
    // The survivor holds the session now, and both pages (the engineer's socket, bound to the dead
    // owner, is let go once the session is taken over and comes back with a resume).
    expect(await metric(b.url, 'firstline_live_sessions{status="active"}')).toBe(1);
    await expect.poll(() => metric(b.url, 'firstline_sockets')).toBe(2);
    // Every line is on the ticket, those sent while a page was between its reconnect and its resume too.
    await expect.poll(() => chatOnRecord(engineer, nginx.url)).toEqual(CHAT);
    await screenshot(engineer, 'two-processes-engineer-after-kill');
  });
});
