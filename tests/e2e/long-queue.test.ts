import { afterAll, describe, expect, it } from 'vitest';
import { screenshot } from '../support/browser';
import { ENGINEER_PASSWORD, withE2e } from '../support/e2e-fixture';
import { signInStaff } from '../support/session-flow';
import { connectClient, request, type TestClient } from '../support/test-server';

const WAITING = 60;

/** A long queue is shown a page at a time, the longest waits first, and more on request. */
describe('a long queue', () => {
  const fixture = withE2e('Grace Hopper', { creationLimits: { perAddress: 1000, burst: 1000, perSecond: 1000 } });
  const customers: TestClient[] = [];
  afterAll(() => customers.forEach((c) => c.disconnect()));

  it('shows the first 50 waiting customers, then the rest on request', { timeout: 90_000 }, async () => {
    const { e2e } = fixture;
    for (let i = 0; i < WAITING; i += 1) {
      const customer = await connectClient(e2e.server.url);
      customers.push(customer);
      const created = await request(customer, 'session:create', {
        customerName: `Customer ${i + 1}`,
        description: `Problem number ${i + 1}`,
      });
      expect(created.ok).toBe(true);
    }
    const engineer = await e2e.newPage(1366, 900);
    await signInStaff(engineer, `${e2e.server.url}/engineer`, e2e.engineerEmail, ENGINEER_PASSWORD);
    await expect.poll(() => engineer.getByTestId('queue-row').count()).toBe(50);
    // The longest wait is first.
    expect(await engineer.getByTestId('queue-row').first().textContent()).toContain('Customer 1');
    const more = engineer.getByTestId('queue-more');
    expect(await more.textContent()).toBe('Show more (10 more waiting)');
    await screenshot(engineer, 'engineer-long-queue');
    await more.click();
    await expect.poll(() => engineer.getByTestId('queue-row').count()).toBe(WAITING);
    expect(await more.count()).toBe(0);
    // The count in the heading is the whole queue.
    expect(await engineer.locator('#queue-heading .count').textContent()).toBe(String(WAITING));
  });
});
